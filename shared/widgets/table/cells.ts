// A table's cells: what a typed cell means in its column (checked when it is committed), how a
// cell reads on the slide (numbers in the deck's number format), and which rows are partners'.
// Pasted cells are read in pastedCells.ts (papaparse stays out of what the definition loads).
import { parseOptionalNumber, type Parsed } from '../../fieldParsers';
import { isHighlighted } from '../chart/chartData';
import { formatEditableNumber, formatFullNumber } from '../../format/localeFormat';
import { DEFAULT_LANGUAGE } from '../../format/language';
import { unitFromHeader } from '../chart/units';
import type { TableCell, TableColumn, TableRow } from './schema';

/** Cells that mean "no data" in a number column ("–", "n/a", "..", as statistics tables print it). */
export const NO_DATA = /^(?:[-–—]|n\/?a|na|\.\.|…|x)$/i;

/** A typed cell, read in its column when committed: text as typed, or a number as the deck's
 * language writes it ("1.234,5" in German; the plain "1234.5" too), empty for no data. */
export function parseCell(text: string, column: TableColumn, language: string = DEFAULT_LANGUAGE): Parsed<TableCell> {
  if (column.type === 'text') return { ok: true, value: text.trim().slice(0, 500) };
  if (NO_DATA.test(text.trim())) return { ok: true, value: null };
  const r = parseOptionalNumber(text.replace(/%\s*$/, ''), language);
  return r.ok ? r : { ok: false, message: `${r.message} This column holds numbers; make it a text column to type words.` };
}

/** The cell as an author edits it: a number with every digit (plainly, or as the deck's
 * language writes it when given: "1.234,5"), no data as empty. */
export function cellText(cell: TableCell, language?: string): string {
  if (cell === null) return '';
  return typeof cell === 'number' && language !== undefined ? formatEditableNumber(cell, language) : String(cell);
}

/** The cell as the slide shows it: numbers in the deck's language ("1.234,5" in German), no data as a dash. */
export function formatCell(cell: TableCell, column: TableColumn, language: string): string {
  if (column.type === 'number') return typeof cell === 'number' ? formatFullNumber(cell, language) : cell === null || cell.trim() === '' ? '–' : cell;
  return cell === null ? '' : String(cell);
}

/** The header as shown: "Reserves (t)"; a header that names its unit already is left as it is
 * ("Reserves (t REO equivalent)"). */
export function headerText(column: TableColumn): string {
  const unit = column.unit.trim();
  return unit === '' || unitFromHeader(column.header) === unit ? column.header : `${column.header} (${unit})`;
}

/** The row's label: its first text cell. */
export function rowLabel(row: TableRow, columns: readonly TableColumn[]): string {
  const c = columns.findIndex((col) => col.type === 'text');
  const v = c >= 0 ? row.cells[c] : null;
  return typeof v === 'string' ? v : '';
}

/** Whether a row is drawn in the partner colour: its code or label (a country name or code,
 * matched through the country registry) is highlighted. */
export function isPartnerRow(row: TableRow, columns: readonly TableColumn[], highlight: readonly string[]): boolean {
  return isHighlighted({ label: rowLabel(row, columns), code: row.code }, highlight);
}
