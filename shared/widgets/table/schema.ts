// Table widget props: columns (header, unit, text or numbers, the dataset a column's numbers
// came from) and rows of cells, with a header row, striping and partner rows highlighted.
import { z } from 'zod';
import { IdSchema } from '../../deck/idSchema';
import type { KindWidget } from '../definition';

/** Most columns and rows a table holds: a slide table past these is a spreadsheet. */
export const MAX_TABLE_COLUMNS = 12;
export const MAX_TABLE_ROWS = 200;

export const TableColumnSchema = z.object({
  // The header cell's text.
  header: z.string().max(200),
  // Unit of the column's numbers ("t", "%"), shown in the header; empty for none.
  unit: z.string().max(40).default(''),
  // 'number' cells are numbers, right-aligned in the deck's number format; 'text' is as typed.
  type: z.enum(['text', 'number']),
  // The built-in or deck dataset this column's numbers were copied from (their source), or
  // null when typed or pasted.
  datasetId: IdSchema.nullable().default(null),
});
export type TableColumn = z.infer<typeof TableColumnSchema>;

/** A cell: text in a text column; a number or null (no data) in a number column. */
export const TableCellSchema = z.union([z.number().finite(), z.string().max(500), z.null()]);
export type TableCell = z.infer<typeof TableCellSchema>;

export const TableRowSchema = z.object({
  // One cell per column, in column order.
  cells: z.array(TableCellSchema).max(MAX_TABLE_COLUMNS),
  // ISO alpha-2 code of the country the row stands for (from a dataset), so partner rows are
  // found whatever the label says; null: the first cell is read as a country name.
  code: z.string().max(10).nullable().default(null),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TablePropsSchema = z.object({
  // Heading drawn above the table; empty for none.
  title: z.string().max(300).default(''),
  // The columns, left to right.
  columns: z.array(TableColumnSchema).min(1).max(MAX_TABLE_COLUMNS),
  // The rows, top to bottom (the header row is drawn from the columns).
  rows: z.array(TableRowSchema).max(MAX_TABLE_ROWS),
  // Whether the header row is drawn (off for a plain list of values).
  headerRow: z.boolean().default(true),
  // Alternate rows shaded, so a wide row is easy to follow.
  striped: z.boolean().default(true),
  // Rows drawn in the partner colour: ISO codes or row names (the country registry matches
  // "USA", "Korea, Rep." and codes alike).
  highlight: z.array(z.string().max(200)).max(100).default([]),
});
export type TableProps = z.infer<typeof TablePropsSchema>;
/** A table widget as stored in a deck. */
export type TableWidget = KindWidget<'table', TableProps>;

export function defaultTableProps(): TableProps {
  return {
    title: '',
    columns: [
      { header: 'Country', unit: '', type: 'text', datasetId: null },
      { header: 'Value', unit: '', type: 'number', datasetId: null },
    ],
    rows: [
      { cells: ['', null], code: null },
      { cells: ['', null], code: null },
    ],
    headerRow: true,
    striped: true,
    highlight: [],
  };
}
