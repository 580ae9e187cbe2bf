// Data into a table: pasted cells (the clipboard with the table selected, or the inspector's
// paste box) replace its cells in one undo step; a dataset column joins its rows by country.
import { labelColumn, rowCode } from '../../../shared/data/datasetTable';
import { resolveCountry } from '../../../shared/countries';
import type { Dataset } from '../../../shared/deck/schema';
import { own } from '../../../shared/ids';
import { fail, ok, type Result } from '../../../shared/result';
import type { WidgetOf } from '../../../shared/widgets';
import { rowLabel } from '../../../shared/widgets/table/cells';
import { tableFromCells } from '../../../shared/widgets/table/pastedCells';
import { columnUnit } from '../../../shared/widgets/table/fromDatasets';
import { MAX_TABLE_COLUMNS, type TableProps } from '../../../shared/widgets/table/schema';
import type { EditDeck } from '../types';
import { rowsAndColumns } from '../../../shared/data/dataMessages';

/** Pasted cells become the table's cells; returns what was pasted, or the cell at fault. */
export function pasteCellsInto(widget: WidgetOf<'table'>, text: string, editDeck: EditDeck): Result<string> {
  const cells = tableFromCells(text);
  if (!cells.ok) return cells;
  const done = editDeck('Paste cells', (d) => {
    const w = own(d.widgets, widget.id);
    if (w?.kind !== 'table') return false;
    w.props.columns = cells.data.columns;
    w.props.rows = cells.data.rows;
    return true;
  });
  if (!done) return fail('not_found', 'The table is no longer on the slide; nothing was pasted.');
  return ok(`Pasted ${rowsAndColumns(cells.data.rows.length, cells.data.columns.length)} into the table`);
}

/** Adds a dataset column (in a draft), its numbers placed on the rows of the same country (by
 * the row's code, else its name through the country registry); rows it has no number for stay empty. */
export function joinDatasetColumn(p: TableProps, ds: Dataset, column: string): void {
  if (p.columns.length >= MAX_TABLE_COLUMNS) return;
  const col = ds.columns.find((c) => c.key === column);
  const byCountry = new Map<string, Dataset['rows'][number]>();
  const label = labelColumn(ds).key;
  for (const r of ds.rows) {
    const code = rowCode(r) ?? resolveCountry(typeof r[label] === 'string' ? (r[label] as string) : null)?.a2;
    if (code) byCountry.set(code, r);
  }
  p.columns.push({ header: col?.label ?? column, unit: columnUnit(ds, col?.label ?? ''), type: 'number', datasetId: ds.id });
  for (const row of p.rows) {
    const code = row.code ?? resolveCountry(rowLabel(row, p.columns))?.a2 ?? null;
    const v = code ? byCountry.get(code)?.[column] : undefined;
    row.cells.push(typeof v === 'number' && Number.isFinite(v) ? v : null);
  }
}
