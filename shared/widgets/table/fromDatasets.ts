// A table from built-in or deck datasets: a label column, then chosen number columns, each
// keeping the dataset it came from (so its source follows each number to the slide's source
// line and the Sources page). Columns from several datasets are joined by the row's country
// code (or key), so reserves and production of the same countries share one row.
import { isTotalRow, labelColumn, rowCode } from '../../data/datasetTable';
import type { Dataset } from '../../deck/schema';
import { unitFromHeader } from '../chart/units';
import type { TableColumn, TableProps, TableRow } from './schema';

export interface DatasetColumnPick {
  dataset: Dataset;
  /** The dataset column's key. */
  column: string;
  /** The header to show; default the dataset column's label. */
  header?: string;
}

export interface FromDatasetsOptions {
  /** Only these rows (country codes or row keys), in this order; default every row with data. */
  rows?: readonly string[];
  /** Keep total rows (the world); default false. */
  includeTotals?: boolean;
}

const rowId = (row: Dataset['rows'][number]) => rowCode(row) ?? (typeof row.key === 'string' ? row.key : null);

/** The unit a dataset column's numbers are in: its header's "(…)" if it names one, else the dataset's. */
export function columnUnit(ds: Dataset, label: string): string {
  return unitFromHeader(label) ?? ds.unit;
}

/** Columns and rows for the picks; rows no pick has a number for are left out. */
export function tableFromDatasets(picks: readonly DatasetColumnPick[], opts: FromDatasetsOptions = {}): Pick<TableProps, 'columns' | 'rows'> {
  const first = picks[0];
  if (!first) return { columns: [], rows: [] };
  const label = labelColumn(first.dataset);
  const columns: TableColumn[] = [
    { header: label.label, unit: '', type: 'text', datasetId: null },
    ...picks.map((p): TableColumn => {
      const col = p.dataset.columns.find((c) => c.key === p.column);
      const header = p.header ?? col?.label ?? p.column;
      return { header, unit: columnUnit(p.dataset, col?.label ?? ''), type: 'number', datasetId: p.dataset.id };
    }),
  ];
  // Row order: the wanted list, else the first dataset's order then rows only later ones have.
  const order: string[] = opts.rows ? [...opts.rows] : [];
  const names = new Map<string, string>();
  for (const p of picks) {
    for (const row of p.dataset.rows) {
      const id = rowId(row);
      if (id === null || (!opts.includeTotals && isTotalRow(row) && !opts.rows?.includes(id))) continue;
      if (!opts.rows && !order.includes(id)) order.push(id);
      const name = row[labelColumn(p.dataset).key];
      if (!names.has(id) && typeof name === 'string') names.set(id, name);
    }
  }
  const rows: TableRow[] = [];
  for (const id of order) {
    const values = picks.map((p) => {
      const row = p.dataset.rows.find((r) => rowId(r) === id);
      const v = row?.[p.column];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    if (values.every((v) => v === null)) continue;
    const code = /^[A-Z]{2}$/.test(id) ? id : null;
    rows.push({ cells: [names.get(id) ?? id, ...values], code });
  }
  return { columns, rows };
}

/** The datasets the table's numbers come from, each once, in column order. */
export function tableDatasetIds(props: Pick<TableProps, 'columns'>): string[] {
  return [...new Set(props.columns.map((c) => c.datasetId).filter((id): id is string => id !== null))];
}
