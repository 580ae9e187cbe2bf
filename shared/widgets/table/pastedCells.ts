// Cells pasted from a spreadsheet (tab-separated) or CSV text -> a table's columns and rows, or
// a message naming the row and column of a malformed cell. Apart from cells.ts so that the
// table's definition (loaded everywhere the widget kinds are listed) does not load papaparse.
import Papa from 'papaparse';
import { cleanPastedText } from '../../clipboard/pastedText';
import { columnLetter, parseNumber } from '../../data/csvImport';
import { fail, ok, type Result } from '../../result';
import { NO_DATA } from './cells';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, type TableColumn, type TableProps, type TableRow } from './schema';

/** "column C (“Reserves”)", as the CSV import names columns. */
export function columnName(index: number, header?: string): string {
  const h = header?.trim();
  return `column ${columnLetter(index + 1)}${h ? ` (“${h}”)` : ''}`;
}

/** A number cell read from pasted text: a number, null for empty or "no data", or undefined
 * when it is not a number. */
function pastedNumber(raw: string, delimiter: string): number | null | undefined {
  const t = raw.trim();
  if (t === '' || NO_DATA.test(t)) return null;
  return parseNumber(t, delimiter) ?? undefined;
}

/**
 * Props for a new table from pasted cells: the first row is the header (unless every cell of it
 * is a number), a column whose cells are mostly numbers is a number column, and any cell in it
 * that is not a number is refused with its row and column; a ragged row likewise.
 */
export function tableFromCells(text: string): Result<Pick<TableProps, 'columns' | 'rows'>> {
  const clean = cleanPastedText(text);
  if (clean.trim() === '') return fail('bad_request', 'The pasted cells are empty; nothing was pasted.');
  const firstLine = clean.split('\n', 1)[0] ?? '';
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', ...(firstLine.includes('\t') ? { delimiter: '\t' } : { delimitersToGuess: [',', ';', '\t'] }) });
  const delimiter = parsed.meta.delimiter;
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return fail('bad_request', `Pasted cells, row ${(quoteError.row ?? 0) + 1}: a quoted cell is not closed. Fix the quotes in that row and paste again.`);
  // A last column empty in every row (a spreadsheet's selection one column too wide) is no column.
  let width = Math.max(...parsed.data.map((r) => r.length));
  while (width > 1 && parsed.data.every((row) => (row[width - 1] ?? '').trim() === '')) width--;
  const data = parsed.data.map((row) => (row.length > width ? row.slice(0, width) : row));
  if (width > MAX_TABLE_COLUMNS) return fail('too_large', `The pasted cells have ${width} columns; a slide table takes up to ${MAX_TABLE_COLUMNS}. Copy fewer columns and paste again.`);
  const headerIsData = (data[0] ?? []).every((c) => pastedNumber(c, delimiter) !== undefined && c.trim() !== '');
  const header = headerIsData ? [] : (data[0] ?? []);
  const body = headerIsData ? data : data.slice(1);
  if (body.length === 0) return fail('bad_request', 'The pasted cells are a header row with no rows under it. Copy the header and the rows together and paste again.');
  if (body.length > MAX_TABLE_ROWS) return fail('too_large', `The pasted cells have ${body.length} rows; a slide table takes up to ${MAX_TABLE_ROWS}. Copy fewer rows (or split them over slides) and paste again.`);
  const rowNumber = (r: number) => r + (headerIsData ? 1 : 2);
  for (let r = 0; r < body.length; r++) {
    const cells = body[r] as string[];
    if (cells.length < width) return fail('bad_request', `Pasted cells, row ${rowNumber(r)}: ${columnName(cells.length, header[cells.length])} is missing (the row has ${cells.length} of ${width} cells; ragged rows). Copy a rectangle of cells and paste again.`);
  }
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const raw = body.map((row) => (row[c] ?? '').trim());
    const filled = raw.filter((v) => v !== '' && !NO_DATA.test(v));
    const numbers = filled.filter((v) => pastedNumber(v, delimiter) !== undefined);
    const numeric = numbers.length > 0 && numbers.length * 2 >= filled.length;
    if (numeric) {
      const bad = raw.findIndex((v) => pastedNumber(v, delimiter) === undefined);
      if (bad >= 0) {
        return fail('bad_request', `Pasted cells, row ${rowNumber(bad)}, ${columnName(c, header[c])}: “${raw[bad]!.slice(0, 40)}” is not a number, but the column’s other cells are. Fix that cell (leave it empty for no data) and paste again.`);
      }
    }
    const percent = numeric && numbers.every((v) => v.endsWith('%'));
    columns.push({ header: (header[c] ?? '').trim() || `Column ${columnLetter(c + 1)}`, unit: percent ? '%' : '', type: numeric ? 'number' : 'text', datasetId: null });
  }
  const rows: TableRow[] = body.map((cells) => ({
    cells: columns.map((col, c) => {
      const v = (cells[c] ?? '').trim();
      return col.type === 'number' ? (pastedNumber(v, delimiter) ?? null) : v.slice(0, 500);
    }),
    code: null,
  }));
  return ok({ columns, rows });
}
