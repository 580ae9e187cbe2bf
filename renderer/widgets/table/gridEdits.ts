// The grid editor's structural edits on a table's props (in a draft): rows and columns added
// and removed with their cells kept aligned, and a column's kind changed only when every
// cell can follow (a word in a column made numeric is named, not dropped).
import type { Parsed } from '../../../shared/fieldParsers';
import { cellText, parseCell } from '../../../shared/widgets/table/cells';
import type { TableCell, TableColumn, TableProps } from '../../../shared/widgets/table/schema';

const emptyCell = (col: TableColumn): TableCell => (col.type === 'number' ? null : '');

export function addRow(p: TableProps, after: number): void {
  p.rows.splice(after + 1, 0, { cells: p.columns.map(emptyCell), code: null });
}

export function removeRow(p: TableProps, at: number): void {
  p.rows.splice(at, 1);
}

export function addColumn(p: TableProps, after: number): void {
  const col: TableColumn = { header: `Column ${p.columns.length + 1}`, unit: '', type: 'text', datasetId: null };
  p.columns.splice(after + 1, 0, col);
  for (const row of p.rows) row.cells.splice(after + 1, 0, '');
}

export function removeColumn(p: TableProps, at: number): void {
  p.columns.splice(at, 1);
  for (const row of p.rows) row.cells.splice(at, 1);
}

/** The columns and rows with column `c` made text or numbers, or why it cannot be. */
export function setColumnType(p: TableProps, c: number, type: TableColumn['type'], language: string): Parsed<Pick<TableProps, 'columns' | 'rows'>> {
  const col = p.columns[c];
  if (!col || col.type === type) return { ok: true, value: { columns: p.columns, rows: p.rows } };
  const next: TableColumn = { ...col, type };
  const rows = [];
  for (let r = 0; r < p.rows.length; r++) {
    const row = p.rows[r]!;
    const text = cellText(row.cells[c] ?? null, language);
    const parsed = parseCell(text, next, language);
    if (!parsed.ok) return { ok: false, message: `Column ${c + 1} cannot hold only numbers: row ${r + 1} has “${text}”. Change or empty that cell first.` };
    rows.push({ ...row, cells: row.cells.map((v, i) => (i === c ? parsed.value : v)) });
  }
  return { ok: true, value: { columns: p.columns.map((x, i) => (i === c ? next : x)), rows } };
}
