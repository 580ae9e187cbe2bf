import { describe, expect, it } from 'vitest';
import { formatValue, isHighlighted, rowCountry } from '../../../shared/widgets/chart/chartData';
import { formatNumber } from '../../../shared/format/localeFormat';
import { planAxes, seriesUnits, unitFromHeader } from '../../../shared/widgets/chart/units';
import type { ChartProps } from '../../../shared/widgets/chart/schema';

const table = (columns: string[]): ChartProps['table'] => ({ columns, rows: [['China', 1, 2, 3]], codes: ['CN'] });

describe('chart units', () => {
  it('reads a column header’s unit', () => {
    expect(unitFromHeader('Mine production, 2024 (t REO equivalent)')).toBe('t');
    expect(unitFromHeader('Share of world total (%) (derived)')).toBe('%');
    expect(unitFromHeader('Foundry revenue share, 4Q20 (%) (projection)')).toBe('%');
    expect(unitFromHeader('Revenue (US$ m)')).toBe('US$ m');
    expect(unitFromHeader('GDP, 2023 (current US$)')).toBe('US$');
    expect(unitFromHeader('Mine production, 2025 (t) (estimate)')).toBe('t');
    expect(unitFromHeader('Population, 2023')).toBeNull();
    expect(unitFromHeader('Taiwan')).toBeNull();
  });

  it('each series takes its header’s unit, else the chart’s', () => {
    expect(seriesUnits({ table: table(['Country', 'Mine production (t REO)', 'Share of world total (%)']), unit: 't' })).toEqual(['t', '%']);
    expect(seriesUnits({ table: table(['Year', 'Taiwan', 'Japan']), unit: '%' })).toEqual(['%', '%']);
  });

  it('one unit: one axis; two: a second axis; three, or stacked in two: refused with a reason', () => {
    const one = planAxes({ table: table(['Year', 'Taiwan', 'Japan']), unit: '%', type: 'line' });
    expect(one).toEqual({ ok: true, plan: { primary: { unit: '%', series: [0, 1] }, secondary: null } });
    const two = planAxes({ table: table(['Country', 'Production (t)', 'Share (%)']), unit: 't', type: 'column' });
    expect(two).toEqual({ ok: true, plan: { primary: { unit: 't', series: [0] }, secondary: { unit: '%', series: [1] } } });
    const stacked = planAxes({ table: table(['Country', 'Production (t)', 'Share (%)']), unit: 't', type: 'stackedColumn' });
    expect(stacked.ok ? '' : stacked.message).toMatch(/Stacked columns add their values up.*t, %/);
    const three = planAxes({ table: table(['Company', 'Share (%)', 'Revenue (US$ m)', 'Output (t)']), unit: '%', type: 'bar' });
    expect(three.ok ? '' : three.message).toMatch(/3 different units \(%, US\$ m, t\)/);
    // A pie draws its first series only.
    expect(planAxes({ table: table(['Country', 'Production (t)', 'Share (%)']), unit: 't', type: 'pie' }).ok).toBe(true);
  });
});

describe('small values keep their digits', () => {
  it('prints 0.033% and 0.0051%, never 0', () => {
    expect(formatValue(0.033, '%', 'en-US')).toBe('0.033%');
    expect(formatValue(0.0051, '%', 'en-US')).toBe('0.0051%');
    expect(formatValue(0.74, '%', 'en-US')).toBe('0.74%');
    expect(formatValue(69.23, '%', 'en-US')).toBe('69.2%');
    expect(formatNumber(0, 'en-US')).toBe('0');
    expect(formatNumber(270000, 'en-US')).toBe('270,000');
  });
});

describe('partner highlighting by country, not only by code', () => {
  const partners = ['US', 'JP', 'KR', 'TW', 'AU'];
  it('matches names and common aliases from the country registry', () => {
    for (const label of ['Australia', 'United States of America', 'USA', 'Korea, Rep.', 'Republic of Korea', 'Chinese Taipei', 'Japan']) {
      expect(isHighlighted({ label, code: null }, partners), label).toBe(true);
    }
    for (const label of ['China', 'Brazil', 'Other', 'Burma (Myanmar)']) expect(isHighlighted({ label, code: null }, partners), label).toBe(false);
    expect(rowCountry({ label: 'Burma (Myanmar)', code: null })).toBe('MM');
    // A row's own code still wins; a highlight may name a country too.
    expect(isHighlighted({ label: 'TSMC (HQ: Taiwan)', code: 'TW' }, partners)).toBe(true);
    expect(isHighlighted({ label: 'AU', code: null }, ['Australia'])).toBe(true);
    expect(isHighlighted({ label: 'Australia', code: null }, [])).toBe(false);
  });
});
