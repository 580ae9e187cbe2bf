// The chart's words for find and replace: its title, unit, column headings and the cells that
// hold text (category labels). Numbers are data, not words: replacing text never touches them.
import type { TextField, WidgetTextFields } from '../definition';
import { itemKey, parseItemKey } from '../textFields';
import type { ChartProps } from './schema';

export const chartTextFields: WidgetTextFields<ChartProps> = {
  read: (p) => {
    const { columns, rows } = p.table;
    const cells = rows.flatMap((row, r) =>
      row.flatMap((cell, c): TextField[] => (typeof cell === 'string' ? [{ key: itemKey('cell', r, c), label: `Row ${r + 1}, ${columns[c] ?? `column ${c + 1}`}`, value: cell }] : [])),
    );
    return [
      { key: 'title', label: 'Title', value: p.title },
      { key: 'unit', label: 'Unit', value: p.unit },
      ...columns.map((h, c) => ({ key: itemKey('column', c), label: `Column ${c + 1} heading`, value: h })),
      ...cells,
    ];
  },
  write: (p, key, value) => {
    if (key === 'title' || key === 'unit') return { ...p, [key]: value };
    const [c] = parseItemKey(key, 'column') ?? [];
    if (c !== undefined && c < p.table.columns.length) return { ...p, table: { ...p.table, columns: p.table.columns.map((h, i) => (i === c ? value : h)) } };
    const [r, cc] = parseItemKey(key, 'cell') ?? [];
    if (r === undefined || cc === undefined || typeof p.table.rows[r]?.[cc] !== 'string') return p;
    return { ...p, table: { ...p.table, rows: p.table.rows.map((row, i) => (i === r ? row.map((cell, j) => (j === cc ? value : cell)) : row)) } };
  },
};
