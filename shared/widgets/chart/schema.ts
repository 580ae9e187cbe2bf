// Chart widget props: a chart type and its data (a dataset reference or an inline table).
// Rendered by recharts at a fixed pixel size inside the slide.
import { z } from 'zod';
import type { KindWidget } from '../definition';
import { IdSchema } from '../../deck/idSchema';

export const CHART_TYPES = ['bar', 'column', 'stackedColumn', 'line', 'pie', 'donut'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** The most a chart's own table holds (its importers check them first, with the file's words). */
export const CHART_TABLE_LIMITS = { columns: 50, rows: 5000, headerChars: 200, labelChars: 500 } as const;
const L = CHART_TABLE_LIMITS;

export const TableSchema = z.object({
  // Column headers; the first column holds category labels, the rest numbers.
  columns: z.array(z.string().max(L.headerChars)).min(1).max(L.columns),
  // Rows of cells aligned with columns: the label, then numbers (null = no data).
  rows: z
    .array(z.array(z.union([z.number(), z.string().max(L.labelChars), z.null()])).max(L.columns))
    .max(L.rows),
  // ISO alpha-2 code per row (aligned with rows; null for regions, companies, totals), so
  // partner countries can be highlighted by code whatever the label says. Optional: older
  // tables and hand-typed ones have none.
  codes: z.array(z.string().max(10).nullable()).max(5000).optional(),
});
export type Table = z.infer<typeof TableSchema>;

export const ChartPropsSchema = z.object({
  // Which chart is drawn.
  type: z.enum(CHART_TYPES).default('column'),
  // Heading drawn above the chart.
  title: z.string().max(300).default(''),
  // Unit shown on the value axis and in labels (e.g. "%", "t").
  unit: z.string().max(100).default(''),
  // The year the data describes, shown as "as of"; empty for none.
  asOf: z.string().max(50).default(''),
  // Built-in or deck dataset the table came from; null when typed in by hand.
  datasetId: IdSchema.nullable().default(null),
  // The data drawn (a copy, so a deck stays readable if a built-in dataset changes).
  table: TableSchema,
  // Whether each bar/point carries its value.
  showValues: z.boolean().default(true),
  // Fixed top of the value axis, so charts compared side by side share a scale; absent or
  // null = automatic. Optional so older decks and tables stay valid.
  valueMax: z.number().positive().max(1e15).nullable().optional(),
  // ISO alpha-2 codes (or category labels) drawn in the partner colour.
  highlight: z.array(z.string().max(200)).max(100).default([]),
});
export type ChartProps = z.infer<typeof ChartPropsSchema>;
/** A chart widget as stored in a deck. */
export type ChartWidget = KindWidget<'chart', ChartProps>;

export function defaultChartProps(): ChartProps {
  return {
    type: 'column',
    title: 'New chart',
    unit: '',
    asOf: '',
    datasetId: null,
    table: {
      columns: ['Country', 'Value'],
      rows: [
        ['Taiwan', 3],
        ['Japan', 2],
        ['South Korea', 2],
        ['Australia', 1],
      ],
      codes: ['TW', 'JP', 'KR', 'AU'],
    },
    showValues: true,
    highlight: [],
  };
}
