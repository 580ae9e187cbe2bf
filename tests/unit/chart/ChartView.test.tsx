// @vitest-environment jsdom
// The chart View renders from props: an SVG with each value as text, for every chart type.
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeck } from '../../../shared/deck/operations';
import { BRIEFING_THEME } from '../../../shared/theme';
import { CHART_TYPES, type ChartType } from '../../../shared/widgets/chart/schema';
import type { WidgetOf } from '../../../shared/widgets';
import { chartDefinition } from '../../../shared/widgets/chart/definition';
import { findDataset } from '../../../shared/data/datasets';
import { ChartView } from '../../../renderer/widgets/chart/ChartView';
import { autoTicks, toChartData, valueExtent } from '../../../shared/widgets/chart/chartData';
import { formatNumber } from '../../../shared/format/localeFormat';
import { chartWidget } from '../../../renderer/widgets/chart';
import { ReadinessContext, createReadinessTracker } from '../../../renderer/widgets/readiness';

afterEach(cleanup);

function chart(type: ChartType, extra: Partial<WidgetOf<'chart'>['props']> = {}): WidgetOf<'chart'> {
  return {
    id: 'w1',
    kind: 'chart',
    source: null,
    showSource: true,
    alt: null,
    props: {
      type,
      title: 'Share of global fab capacity',
      unit: '%',
      asOf: '2020',
      datasetId: null,
      table: { columns: ['Region', 'Share'], rows: [['Taiwan', 22], ['South Korea', 21], ['China (mainland)', 15]], codes: ['TW', 'KR', 'CN'] },
      showValues: true,
      highlight: [],
      ...extra,
    },
  };
}

function draw(widget: WidgetOf<'chart'>, mode: 'live' | 'static' | 'print' = 'print') {
  return render(
    <ChartView widget={widget} deck={createDeck('t')} theme={BRIEFING_THEME} width={1200} height={700} mode={mode} audience="page" readyKey="k" readyLabel="chart" />,
  );
}

describe('ChartView', () => {
  for (const type of CHART_TYPES) {
    it(`draws a ${type} chart as SVG with its values as text`, () => {
      const { container } = draw(chart(type));
      const surface = container.querySelector('svg.recharts-surface');
      expect(surface).not.toBeNull();
      // No tooltip to move between points: the plot is not a keyboard stop or an ARIA
      // "application" (the widget's alt text describes it; a tagged PDF keeps it a figure).
      expect(surface!.getAttribute('tabindex')).toBeNull();
      expect(surface!.getAttribute('role')).not.toBe('application');
      const text = container.textContent ?? '';
      for (const v of ['22%', '21%', '15%']) expect(text, type).toContain(v);
      expect(text).toContain('As of 2020');
      expect(text).toContain('Share of global fab capacity');
    });
  }

  it('hides value labels when showValues is off', () => {
    const { container } = draw(chart('bar', { showValues: false }));
    expect(container.textContent).not.toContain('22%');
  });

  it('colours highlighted partners and mutes the others', () => {
    const { container } = draw(chart('column', { highlight: ['TW', 'South Korea'] }));
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars.length).toBe(3);
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([
      BRIEFING_THEME.colors.roles.partner,
      BRIEFING_THEME.colors.roles.partner,
      BRIEFING_THEME.colors.roles.other,
    ]);
  });

  it('draws two series stacked with a legend', () => {
    const w = chart('stackedColumn', {
      table: { columns: ['Year', 'US', 'Japan'], rows: [['1990', 37, 19], ['2020', 12, 15]], codes: [null, null] },
    });
    const { container } = draw(w);
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(4);
    expect(container.textContent).toContain('37%');
    expect(container.textContent).toContain('Japan');
  });

  it('says so when there is nothing to chart', () => {
    const { container } = draw(chart('column', { table: { columns: ['A'], rows: [], codes: [] } }));
    expect(container.textContent).toContain('No data to chart');
  });

  it('drafts alt text from the data', () => {
    expect(chartDefinition.describe(chart('column'), { deck: createDeck('t'), findDataset: (id) => findDataset(id, null) })).toBe(
      'Column chart: Share of global fab capacity, 2020: Taiwan 22%, South Korea 21%, China (mainland) 15%',
    );
  });
});

describe('chart alt text', () => {
  it('does not repeat the year when the title already names it', () => {
    const w = chart('bar', { title: 'Share of global fab capacity, 2020' });
    expect(chartDefinition.describe(w, { deck: createDeck('t'), findDataset: (id) => findDataset(id, null) })).toMatch(/^Bar chart: Share of global fab capacity, 2020: Taiwan 22%/);
  });
});

describe('chart readiness', () => {
  it('reports ready once its marks are in the DOM', async () => {
    const tracker = createReadinessTracker();
    const { container } = render(
      <ReadinessContext.Provider value={tracker}>
        <ChartView widget={chart('column')} deck={createDeck('t')} theme={BRIEFING_THEME} width={900} height={600} mode="print" audience="page" readyKey="c" readyLabel="chart" />
      </ReadinessContext.Provider>,
    );
    expect(tracker.pending()).toEqual([{ key: 'c', label: 'chart' }]);
    await waitFor(() => expect(tracker.pending()).toEqual([]));
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(3);
  });
});

describe('chart code split', () => {
  it('the registered view loads the chart code, and the slide is ready only once the chart has drawn', async () => {
    const tracker = createReadinessTracker();
    const View = chartWidget.View;
    const { container } = render(
      <ReadinessContext.Provider value={tracker}>
        <View widget={chart('column')} deck={createDeck('t')} theme={BRIEFING_THEME} width={900} height={600} mode="print" audience="page" readyKey="c" readyLabel="chart" />
      </ReadinessContext.Provider>,
    );
    const idle = await tracker.whenIdle(10_000);
    expect(idle).toEqual({ ok: true });
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBe(3);
  });

  it('a view handing over to another in one commit does not count as idle', async () => {
    const tracker = createReadinessTracker();
    const doneLoader = tracker.register('c:code', 'chart');
    let idle = false;
    void tracker.whenIdle(10_000).then(() => (idle = true));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // React runs every cleanup of a commit before any new effect: the loader's done comes
    // first, then the chart it loaded registers.
    doneLoader();
    const doneChart = tracker.register('c', 'chart');
    await new Promise((r) => setTimeout(r, 20));
    expect(idle).toBe(false);
    doneChart();
    await new Promise((r) => setTimeout(r, 20));
    expect(idle).toBe(true);
  });
});

describe('automatic value axis', () => {
  it('uses round steps that read exactly (never 0.8 for 0.75) and reaches past the largest value', () => {
    expect(autoTicks(3)).toEqual([0, 1, 2, 3]);
    expect(autoTicks(2.9)).toEqual([0, 1, 2, 3]);
    expect(autoTicks(22)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(autoTicks(270000)).toEqual([0, 100000, 200000, 300000]);
    expect(autoTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(autoTicks(0)).toBeUndefined();
    for (const max of [0.3, 0.75, 1.3, 7, 48, 99, 101, 1234, 5e6]) {
      const t = autoTicks(max)!;
      expect(t.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(t.length).toBeGreaterThanOrEqual(3);
      expect(t.length).toBeLessThanOrEqual(7);
      // Every tick prints exactly with the axis's one-decimal format (data under 0.1 is out of its reach).
      for (const v of t) expect(Number(formatNumber(v, 'en-US').replace(/,/g, ''))).toBe(v);
    }
  });

  it('stacked columns scale to the row totals', () => {
    const { series, rows } = toChartData({ columns: ['Year', 'US', 'Japan'], rows: [['1990', 37, 19], ['2020', 12, 15]] });
    expect(valueExtent(rows, series, true)).toEqual({ min: 0, max: 56 });
    expect(valueExtent(rows, series, false)).toEqual({ min: 0, max: 37 });
  });

  it('reaches below 0 for negative values, with room under the lowest bar for its label', () => {
    expect(autoTicks(15, -8)).toEqual([-10, -5, 0, 5, 10, 15]);
    // -9.5 is too close to -10 for a label below its bar: one step more.
    expect(autoTicks(15, -9.5)).toEqual([-15, -10, -5, 0, 5, 10, 15]);
    expect(autoTicks(0, -3)).toEqual([-4, -3, -2, -1, 0]);
    const { series, rows } = toChartData({ columns: ['Year', 'Up', 'Down'], rows: [['2020', 5, -7], ['2021', 3, -2]] });
    expect(valueExtent(rows, series, true)).toEqual({ min: -7, max: 5 });
  });

  for (const type of ['column', 'line'] as const) {
    it(`a ${type} chart with a negative value: the axis has negative ticks and the value's label stays above the category labels`, () => {
      const table = { columns: ['Region', 'Change'], rows: [['Taiwan', 12], ['Japan', -8], ['Korea', 5]], codes: ['TW', 'JP', 'KR'] };
      const { container } = draw(chart(type, { table, unit: '%' }));
      const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')].map((t) => t.textContent);
      expect(ticks).toEqual(['-10', '-5', '0', '5', '10', '15']);
      expect(container.querySelectorAll('.recharts-reference-line'), 'the zero line').toHaveLength(1);
      const label = [...container.querySelectorAll('.recharts-label-list text')].find((t) => t.textContent === '-8%')!;
      const category = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].find((t) => t.textContent?.includes('Japan'))!;
      // Labels hang below their y (the top of the text) on a negative bar; the category's y is its top too.
      expect(Number(label.getAttribute('y')) + 24).toBeLessThan(Number(category.getAttribute('y')));
    });
  }

  it('draws the default chart with whole-number ticks', () => {
    const { container } = draw(chart('column', { table: { columns: ['Country', 'Fabs'], rows: [['Taiwan', 3], ['Japan', 2], ['Australia', 1]], codes: [null, null, null] } }));
    const ticks = [...container.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')].map((t) => t.textContent);
    expect(ticks).toEqual(['0', '1', '2', '3']);
    expect(container.querySelector('.recharts-reference-line'), 'no zero line: the axis is at 0').toBeNull();
  });
});
