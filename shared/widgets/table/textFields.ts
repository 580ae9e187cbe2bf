// The table's words for find and replace: its title, column headers and units, and the cells of
// text columns. Numbers are data, not words: replacing text never touches them.
import type { TextField, WidgetTextFields } from '../definition';
import { itemKey, parseItemKey } from '../textFields';
import type { TableProps } from './schema';

export const tableTextFields: WidgetTextFields<TableProps> = {
  read: (p) => [
    { key: 'title', label: 'Title', value: p.title },
    ...p.columns.flatMap((col, c): TextField[] => [
      { key: itemKey('header', c), label: `Column ${c + 1} header`, value: col.header },
      { key: itemKey('unit', c), label: `Column ${c + 1} unit`, value: col.unit },
    ]),
    ...p.rows.flatMap((row, r) =>
      row.cells.flatMap((cell, c): TextField[] => (typeof cell === 'string' && p.columns[c]?.type === 'text' ? [{ key: itemKey('cell', r, c), label: `Row ${r + 1}, ${p.columns[c]?.header || `column ${c + 1}`}`, value: cell }] : [])),
    ),
  ],
  write: (p, key, value) => {
    if (key === 'title') return { ...p, title: value };
    for (const part of ['header', 'unit'] as const) {
      const [c] = parseItemKey(key, part) ?? [];
      if (c !== undefined && c < p.columns.length) return { ...p, columns: p.columns.map((col, i) => (i === c ? { ...col, [part]: value } : col)) };
    }
    const [r, c] = parseItemKey(key, 'cell') ?? [];
    if (r === undefined || c === undefined || p.columns[c]?.type !== 'text' || typeof p.rows[r]?.cells[c] !== 'string') return p;
    return { ...p, rows: p.rows.map((row, i) => (i === r ? { ...row, cells: row.cells.map((cell, j) => (j === c ? value : cell)) } : row)) };
  },
};
