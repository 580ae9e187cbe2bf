// Chart maths without React or recharts: table -> rows, number and unit formatting, partner
// highlighting, and the alt text drafted from the data (the chart view and the PowerPoint export).
import { resolveCountry } from '../../countries';
import { datasetToTable } from '../../data/datasetTable';
import { unitFromHeader } from './units';
import type { Dataset } from '../../deck/schema';
import type { ChartProps, ChartType, Table } from './schema';
import type { WidgetOf } from '../index';
import { formatNumber as formatInLanguage } from '../../format/localeFormat';

export interface Series {
  /** recharts dataKey ("s0", "s1", …): stable whatever the header says. */
  key: string;
  name: string;
}

export interface ChartRow {
  label: string;
  code: string | null;
  [series: string]: string | number | null;
}

export function toChartData(table: Table): { series: Series[]; rows: ChartRow[] } {
  const series = table.columns.slice(1).map((name, i) => ({ key: `s${i}`, name }));
  const rows = table.rows.map((cells, r) => {
    const row: ChartRow = { label: cells[0] === null || cells[0] === undefined ? '' : String(cells[0]), code: table.codes?.[r] ?? null };
    series.forEach((s, i) => {
      const v = cells[i + 1];
      row[s.key] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    return row;
  });
  return { series, rows };
}

/** What follows a value: "%" sticks to it, short units ("t", "US$ m") get a space, long
 * units are left to the axis title so labels stay readable. */
export function unitSuffix(unit: string): string {
  const u = unit.trim();
  if (u === '') return '';
  if (u === '%') return '%';
  return u.length <= 6 ? ` ${u}` : '';
}

/** A value with its unit, written in the deck's language (shared/format/localeFormat.ts). */
export function formatValue(v: number | null | undefined, unit: string, language: string): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  return `${formatInLanguage(v, language)}${unitSuffix(unit)}`;
}

/** The ISO alpha-2 code a row stands for: its own code, else its label read as a country name
 * or alias from the registry ("Australia", "USA", "Korea, Rep." in imported CSV data). */
export function rowCountry(row: Pick<ChartRow, 'label' | 'code'>): string | null {
  return row.code ?? resolveCountry(row.label)?.a2 ?? null;
}

/** A row is highlighted when its label is listed, or its country is (listed by code or name). */
export function isHighlighted(row: Pick<ChartRow, 'label' | 'code'>, highlight: readonly string[]): boolean {
  if (highlight.length === 0) return false;
  const label = row.label.trim().toLowerCase();
  const country = rowCountry(row);
  return highlight.some((h) => h.trim().toLowerCase() === label || (country !== null && (h.trim().toUpperCase() === country || resolveCountry(h)?.a2 === country)));
}

export const CHART_TYPE_NAMES: Record<ChartType, string> = {
  bar: 'Bar chart',
  column: 'Column chart',
  stackedColumn: 'Stacked column chart',
  line: 'Line chart',
  pie: 'Pie chart',
  donut: 'Donut chart',
};

const MAX_DESCRIBED = 8;

/** "Column chart: Share of global fab capacity, 2020: Taiwan 22%, South Korea 21%, …" */
export function describeChart(props: ChartProps, language: string): string {
  const { series, rows } = toChartData(props.table);
  const asOf = props.asOf.trim();
  const head = [props.title.trim(), asOf !== '' && !props.title.includes(asOf) ? asOf : ''].filter(Boolean).join(', ');
  const items = rows.slice(0, MAX_DESCRIBED).map((row) => {
    if (series.length === 1) return `${row.label} ${formatValue(row.s0 as number | null, props.unit, language) || 'no data'}`;
    const parts = series.map((s) => `${s.name} ${formatValue(row[s.key] as number | null, props.unit, language) || 'no data'}`);
    return `${row.label} (${parts.join(', ')})`;
  });
  if (rows.length > MAX_DESCRIBED) items.push('…');
  const body = items.length > 0 ? items.join(', ') : 'no data';
  return `${CHART_TYPE_NAMES[props.type]}${head ? `: ${head}` : ''}: ${body}`;
}

/** Splits a category label into lines of about `maxChars` characters (at most `maxLines`). */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= maxChars) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** Copies a dataset into a chart (in a draft): table, title, unit, as-of, provenance and
 * source, so the slide's source line and the Sources page follow the data. */
export function copyDatasetIntoChart(w: WidgetOf<'chart'>, ds: Dataset, valueColumns?: readonly string[]): void {
  w.props.datasetId = ds.id;
  w.props.table = datasetToTable(ds, valueColumns ? { valueColumns } : {});
  w.props.title = ds.title;
  // The unit of the first column charted ("%" for a share column), not the dataset's first unit.
  w.props.unit = unitFromHeader(w.props.table.columns[1] ?? '') ?? ds.unit;
  w.props.asOf = ds.year;
  // New data, new scale: a fixed axis maximum from the previous data would mislead.
  w.props.valueMax = null;
  w.source = { ...ds.source };
}

/** Ticks `step` apart from the first multiple of `step` at or below `min` to `top`. A negative
 * value's label sits below its bar, so the lowest tick leaves it room above the category axis. */
function stepTicks(min: number, top: number, step: number): number[] {
  let bottom = min < 0 ? Math.floor(min / step + 1e-9) * step : 0;
  if (min < 0 && min - bottom < step * 0.3) bottom -= step;
  const ticks: number[] = [];
  for (let v = bottom; v <= top + step * 1e-9; v += step) ticks.push(Math.round(v * 1e9) / 1e9 || 0);
  return ticks;
}

/** Evenly spaced round ticks up to a fixed axis maximum (about five steps above 0), reaching
 * below 0 when the data does. */
export function fixedTicks(max: number, dataMin = 0): number[] {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw);
  const ticks = stepTicks(Math.min(0, dataMin), max, step);
  if ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(max);
  return ticks;
}

/** Round ticks from 0 (or just below the smallest negative value) to just above `dataMax` (step
 * 1, 2, 2.5 or 5 × 10^n; no 2.5 below 1, since labels keep one decimal), so an automatic axis
 * never reads 0.8 for 0.75. Undefined when there is nothing to scale (recharts then picks its own). */
export function autoTicks(dataMax: number, dataMin = 0): number[] | undefined {
  const max = Math.max(0, dataMax);
  const min = Math.min(0, dataMin);
  const span = max - min;
  if (!(span > 0) || !Number.isFinite(span)) return undefined;
  const raw = span / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = mag < 1 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  const step = steps.map((m) => m * mag).find((s) => s >= raw * (1 - 1e-9)) ?? raw;
  return stepTicks(min, Math.ceil(max / step - 1e-9) * step, step);
}

/** The values the value axis must show: per row, the sums of the positive and of the negative
 * series when stacked, else the largest and smallest single values; 0 is always inside. */
export function valueExtent(rows: readonly ChartRow[], series: readonly Series[], stacked: boolean): { min: number; max: number } {
  let max = 0;
  let min = 0;
  for (const r of rows) {
    const vals = series.map((s) => r[s.key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const sum = (keep: (v: number) => boolean) => vals.filter(keep).reduce((a, b) => a + b, 0);
    max = Math.max(max, stacked ? sum((v) => v > 0) : Math.max(0, ...vals));
    min = Math.min(min, stacked ? sum((v) => v < 0) : Math.min(0, ...vals));
  }
  return { min, max };
}
