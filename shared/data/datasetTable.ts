// Dataset -> chart table: the small table a chart widget copies from a built-in or deck
// dataset (label column, one or more number columns, ISO alpha-2 code per row).
import type { Dataset } from '../deck/schema';
import type { Table } from '../widgets/chart/schema';

/** Row keys of totals in built-in datasets: kept in the dataset, left out of charts
 * (a world bar would dwarf every country). */
export const TOTAL_ROW_KEYS: readonly string[] = ['WORLD'];

const HELPER_KEYS = new Set(['key', 'code', 'hq', 'note']);

export function isTotalRow(row: Dataset['rows'][number]): boolean {
  return typeof row.key === 'string' && TOTAL_ROW_KEYS.includes(row.key);
}

/** The column holding category labels: `label`, else the first string column that is
 * not a helper (key, code, hq, note), else the first column. */
export function labelColumn(ds: Dataset): Dataset['columns'][number] {
  const cols = ds.columns;
  return cols.find((c) => c.key === 'label') ?? cols.find((c) => c.type === 'string' && !HELPER_KEYS.has(c.key)) ?? (cols[0] as Dataset['columns'][number]);
}

export function numberColumns(ds: Dataset): Dataset['columns'] {
  return ds.columns.filter((c) => c.type === 'number');
}

/** ISO alpha-2 code of a row: its own `code`, else the HQ country of a company row. */
export function rowCode(row: Dataset['rows'][number]): string | null {
  for (const k of ['code', 'hq']) {
    const v = row[k];
    if (typeof v === 'string' && /^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  }
  return null;
}

export interface TableOptions {
  /** Number columns to chart (keys); default: the first number column. */
  valueColumns?: readonly string[];
  /** Keep total rows (world totals); default false. */
  includeTotals?: boolean;
}

export function datasetToTable(ds: Dataset, opts: TableOptions = {}): Table {
  const label = labelColumn(ds);
  const nums = numberColumns(ds);
  const chosen = opts.valueColumns?.length ? nums.filter((c) => opts.valueColumns?.includes(c.key)) : nums.slice(0, 1);
  const rows: Table['rows'] = [];
  const codes: (string | null)[] = [];
  for (const row of ds.rows) {
    if (!opts.includeTotals && isTotalRow(row)) continue;
    const values = chosen.map((c) => {
      const v = row[c.key];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    if (values.every((v) => v === null)) continue;
    const name = row[label.key];
    rows.push([name === null || name === undefined ? '' : String(name), ...values]);
    codes.push(rowCode(row));
  }
  return { columns: [label.label, ...chosen.map((c) => c.label)], rows, codes };
}
