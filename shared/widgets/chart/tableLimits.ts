// Whether a table imported for a chart fits the chart's own table (CHART_TABLE_LIMITS), said in
// the file's words (its row or column), before the import changes anything. The deck's change
// check would refuse it too, but only in the deck format's words. Rows and columns are named
// from the dataset (the file's order), not from the chart's table, which leaves out code
// columns, totals and empty rows.
import { columnLetter } from '../../data/csvImport';
import type { Dataset } from '../../deck/schema';
import { CHART_TABLE_LIMITS as L, type Table } from './schema';

export function chartTableProblem(ds: Dataset, table: Table, fileName: string): string | null {
  if (table.rows.length > L.rows) {
    return `“${fileName}” has ${table.rows.length.toLocaleString('en-US')} rows of data; a chart draws up to ${L.rows.toLocaleString('en-US')}. Keep the rows the chart needs and import again.`;
  }
  if (table.columns.length > L.columns) {
    return `“${fileName}” has ${table.columns.length - 1} columns of numbers; a chart draws up to ${L.columns - 1}. Keep the columns the chart needs and import again.`;
  }
  const drawn = new Set(['label', ...ds.columns.filter((c) => c.type === 'number').map((c) => c.key)]);
  const longHeader = ds.columns.findIndex((c) => drawn.has(c.key) && c.label.length > L.headerChars);
  if (longHeader >= 0) {
    return `“${fileName}”, column ${columnLetter(longHeader + 1)}: the header is ${ds.columns[longHeader]!.label.length} characters long; a chart takes headers up to ${L.headerChars}. Shorten it and import again.`;
  }
  // Data row i is the file's row i + 2 (the header is row 1), as the CSV import counts them.
  const longLabel = ds.rows.findIndex((r) => typeof r.label === 'string' && r.label.length > L.labelChars);
  if (longLabel >= 0) {
    return `“${fileName}”, row ${longLabel + 2}: the label is ${String(ds.rows[longLabel]!.label).length} characters long; a chart takes labels up to ${L.labelChars}. Shorten it and import again.`;
  }
  return null;
}
