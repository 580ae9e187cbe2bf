// Whether a table imported for a chart fits the chart's own table (CHART_TABLE_LIMITS), said in
// the file's words (its row or column), before the import changes anything. The deck's change
// check would refuse it too, but only in the deck format's words.
import { columnLetter } from '../../data/csvImport';
import { CHART_TABLE_LIMITS as L, type Table } from './schema';

export function chartTableProblem(table: Table, fileName: string): string | null {
  if (table.rows.length > L.rows) {
    return `“${fileName}” has ${table.rows.length.toLocaleString('en-US')} rows of data; a chart draws up to ${L.rows.toLocaleString('en-US')}. Keep the rows the chart needs and import again.`;
  }
  if (table.columns.length > L.columns) {
    return `“${fileName}” has ${table.columns.length - 1} columns of numbers; a chart draws up to ${L.columns - 1}. Keep the columns the chart needs and import again.`;
  }
  const longHeader = table.columns.findIndex((c) => c.length > L.headerChars);
  if (longHeader >= 0) {
    return `“${fileName}”, column ${columnLetter(longHeader + 1)}: the header is ${table.columns[longHeader]!.length} characters long; a chart takes headers up to ${L.headerChars}. Shorten it and import again.`;
  }
  const longLabel = table.rows.findIndex((r) => typeof r[0] === 'string' && r[0].length > L.labelChars);
  if (longLabel >= 0) {
    return `“${fileName}”, row ${longLabel + 2}: the label is ${String(table.rows[longLabel]![0]).length} characters long; a chart takes labels up to ${L.labelChars}. Shorten it and import again.`;
  }
  return null;
}
