// Chart props schema: defaults are valid, bad props are rejected, old tables without codes still load.
import { describe, expect, it } from 'vitest';
import { ChartPropsSchema, defaultChartProps } from '../../../shared/widgets/chart/schema';
import { WidgetSchema, defaultWidget } from '../../../shared/widgets';

describe('chart schema', () => {
  it('defaults are valid', () => {
    expect(ChartPropsSchema.parse(defaultChartProps())).toEqual(defaultChartProps());
    expect(WidgetSchema.safeParse(defaultWidget('chart', 'w1')).success).toBe(true);
  });

  it('fills defaults for missing optional fields and accepts a table without codes', () => {
    const p = ChartPropsSchema.parse({ table: { columns: ['A', 'B'], rows: [['x', 1]] } });
    expect(p.type).toBe('column');
    expect(p.showValues).toBe(true);
    expect(p.highlight).toEqual([]);
    expect(p.table.codes).toBeUndefined();
  });

  it('rejects bad props', () => {
    const good = defaultChartProps();
    expect(ChartPropsSchema.safeParse({ ...good, type: 'radar' }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, table: { columns: [], rows: [] } }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, table: { columns: ['A'], rows: [[{}]] } }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, highlight: 'TW' }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, table: { ...good.table, codes: [42] } }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, showValues: 'yes' }).success).toBe(false);
    expect(ChartPropsSchema.safeParse({ ...good, title: 'x'.repeat(301) }).success).toBe(false);
  });
});
