// The table's alt text, drafted from its cells: "Table: Rare earths by partner: United States:
// Reserves 1.9M t, Mine production 45,000 t; Australia: …". Used when the author wrote none.
import { formatCell, headerText, rowLabel } from './cells';
import type { TableProps } from './schema';
import { plural } from '../../format/plural';

const MAX_DESCRIBED = 8;

export function describeTable(props: TableProps, language: string): string {
  const { columns, rows } = props;
  const labelAt = columns.findIndex((c) => c.type === 'text');
  const items = rows.slice(0, MAX_DESCRIBED).map((row) => {
    const label = rowLabel(row, columns);
    const parts = columns
      .map((col, c) => (c === labelAt ? null : `${col.header} ${formatCell(row.cells[c] ?? null, col, language)}${col.type === 'number' && col.unit && typeof row.cells[c] === 'number' ? (col.unit === '%' ? '%' : ` ${col.unit}`) : ''}`))
      .filter((p): p is string => p !== null);
    return label ? `${label}: ${parts.join(', ')}` : parts.join(', ');
  });
  if (rows.length > MAX_DESCRIBED) items.push(plural(rows.length - MAX_DESCRIBED, { one: 'and # more row', other: 'and # more rows' }));
  const head = props.title.trim();
  const shape = `${plural(rows.length, { one: '# row', other: '# rows' })}, columns ${columns.map(headerText).join(', ')}`;
  return `Table${head ? `: ${head}` : ''} (${shape})${items.length > 0 ? `: ${items.join('; ')}` : ''}`;
}
