// CSV import (papaparse): a file's text -> a deck Dataset, or a message that names the file,
// the row and the column of the problem and says what to do. Pure: the caller reads the file.
import Papa from 'papaparse';
import { DATASET_LIMITS, type Dataset } from '../deck/schema';
import { fail, ok, type Result } from '../result';
import { languageName } from '../format/language';
import { formatNumber } from '../format/localeFormat';
import { parseLocaleNumber } from '../format/localeNumbers';

/** Files above this are refused before they are read or parsed: a chart table never needs
 * it, and parsing more would freeze the editor. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;
const MAX_ROWS = DATASET_LIMITS.rows;
/** How much of a file is looked at for signs that it is not text. */
const SNIFF_BYTES = 64 * 1024;

const CODE_HEADER = /^(iso|iso2|iso[ _-]?alpha[ _-]?2|alpha[ _-]?2|code|country[ _-]?code)$/i;
const OTHER_DELIMITERS = ['|', ':', '^', '~'];

/** Spreadsheet-style column name: 1 -> A, 27 -> AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function columnName(index: number, header: string | undefined): string {
  const h = header?.trim();
  return `column ${columnLetter(index + 1)}${h ? ` (“${h}”)` : ''}`;
}

/** Check the size before reading the file. */
export function checkCsvSize(bytes: number, fileName: string): Result<true> {
  if (bytes > MAX_CSV_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return fail('too_large', `“${fileName}” is ${mb} MB; CSV files up to 50 MB can be imported. It was not read. Cut it down to the rows the chart needs and import that.`);
  }
  return ok(true);
}

/**
 * A chosen file's bytes as CSV text: UTF-8 (a byte-order mark is fine), else Windows-1252, as
 * Excel on Windows saves "CSV" (so "Curaçao" is not turned into "Cura�ao"). Binary files (a
 * workbook chosen instead of its CSV, a picture) are refused with what to do.
 */
export function csvTextOf(bytes: Uint8Array, fileName: string): Result<string> {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // .xlsx and .ods are zip files: "PK\x03\x04".
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (zip || head.includes(0)) {
    const what = zip ? 'a spreadsheet workbook (such as .xlsx), not CSV text' : 'binary data, not CSV text';
    return fail('bad_request', `“${fileName}” is ${what}. Open it in its program, save or export it as CSV (comma-separated values), and import that file.`);
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return ok(new TextDecoder('windows-1252').decode(bytes));
  }
}

/** A number as people type it: "1,234", "22.5", "22%", "-3"; with ';' files also "22,5". */
export function parseNumber(cell: string, delimiter: string): number | null {
  let t = cell.trim().replace(/%$/, '').trim();
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (delimiter !== ',' && /^[-+]?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function slug(header: string, taken: Set<string>): string {
  // Keys are for the file, not for people: short enough for any header.
  const base = header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '').slice(0, 60) || 'column';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}_${i}`;
  taken.add(key);
  return key;
}

export interface CsvImportOptions {
  /** Id for the new deck dataset. */
  id: string;
  /** File size in bytes when known (refused above MAX_CSV_BYTES before parsing). */
  bytes?: number;
  /** The cell separator when known (cells pasted from a spreadsheet are tab-separated); else guessed. */
  delimiter?: ',' | ';' | '\t';
  /** The deck's language: numbers are read as it writes them ("1.234,5" in German), then as
   * plain "1234.5". Absent: the plain forms only. */
  language?: string;
}

/**
 * Parses CSV text into a deck dataset. The first row is the header; the first column
 * holds category labels; a column of numbers becomes a number column; a column headed
 * "code"/"ISO" holds ISO alpha-2 codes for highlighting.
 */
export function importCsv(text: string, fileName: string, opts: CsvImportOptions): Result<Dataset> {
  const size = checkCsvSize(opts.bytes ?? text.length, fileName);
  if (!size.ok) return size;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return fail('bad_request', `“${fileName}” is empty: there is nothing to import. Choose a CSV file with a header row and at least one row of data.`);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    ...(opts.delimiter ? { delimiter: opts.delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
  });
  const data = parsed.data;
  const delimiter = parsed.meta.delimiter;
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    return fail('bad_request', `“${fileName}”, row ${row}: a quoted cell is not closed (${quoteError.message}). Fix the quotes in that row and import again.`);
  }
  const header = data[0] ?? [];
  if (header.length <= 1) {
    const line = text.split(/\r?\n/, 1)[0] ?? '';
    const other = OTHER_DELIMITERS.find((d) => line.includes(d));
    const hint = other ? `It looks separated by “${other}”.` : 'No comma, semicolon or tab was found.';
    return fail(
      'bad_request',
      `“${fileName}”, row 1, column A: the header has a single column, so the file does not seem to use commas between cells (wrong delimiter). ${hint} Save it as comma-separated values (CSV) and import again.`,
    );
  }
  if (data.length < 2) {
    return fail('bad_request', `“${fileName}” has a header row but no data rows. Add at least one row below the header.`);
  }
  if (data.length - 1 > MAX_ROWS) {
    return fail('too_large', `“${fileName}” has ${data.length - 1} data rows; a deck’s data table holds up to ${MAX_ROWS.toLocaleString('en-US')}. Cut it down and import again.`);
  }
  const width = header.length;
  if (width > DATASET_LIMITS.columns) {
    return fail('too_large', `“${fileName}” has ${width} columns; a deck’s data table holds up to ${DATASET_LIMITS.columns} (the labels and ${DATASET_LIMITS.columns - 1} columns of numbers). Keep the columns the chart needs and import again.`);
  }
  const longHeader = header.findIndex((h) => h.trim().length > DATASET_LIMITS.labelChars);
  if (longHeader >= 0) {
    return fail('too_large', `“${fileName}”, row 1, ${columnName(longHeader, undefined)}: the header is ${header[longHeader]!.trim().length} characters long; headers up to ${DATASET_LIMITS.labelChars} fit. Shorten it and import again.`);
  }
  for (let r = 1; r < data.length; r++) {
    const cells = data[r] ?? [];
    if (cells.length !== width) {
      const col = cells.length > width ? width : cells.length;
      const what = cells.length > width ? `has ${cells.length} cells but the header has ${width}; ${columnName(col, undefined)} is extra` : `has ${cells.length} cells but the header has ${width}; ${columnName(col, header[col])} is missing`;
      return fail('bad_request', `“${fileName}”, row ${r + 1} ${what} (ragged rows). Make every row have the same number of cells as the header, then import again.`);
    }
  }
  // Column types: the first column labels categories; a code column holds text; every
  // other column must be numbers (empty cells allowed, shown as "no data").
  const taken = new Set<string>();
  const columns: Dataset['columns'] = header.map((h, c) => {
    const label = h.trim() || columnLetter(c + 1);
    if (c === 0) {
      taken.add('label');
      return { key: 'label', label, type: 'string' as const };
    }
    if (CODE_HEADER.test(h.trim()) && !taken.has('code')) {
      taken.add('code');
      return { key: 'code', label, type: 'string' as const };
    }
    return { key: slug(label, taken), label, type: 'number' as const };
  });
  const rows: Dataset['rows'] = [];
  for (let r = 1; r < data.length; r++) {
    const cells = data[r] as string[];
    const row: Dataset['rows'][number] = {};
    for (let c = 0; c < width; c++) {
      const col = columns[c] as Dataset['columns'][number];
      const raw = (cells[c] ?? '').trim();
      if (col.type === 'string') {
        if (raw.length > DATASET_LIMITS.cellChars) {
          return fail('too_large', `“${fileName}”, row ${r + 1}, ${columnName(c, header[c])}: the cell is ${raw.length} characters long; cells up to ${DATASET_LIMITS.cellChars} fit. Shorten it and import again.`);
        }
        row[col.key] = col.key === 'code' ? (raw === '' ? null : raw.toUpperCase()) : raw;
        continue;
      }
      if (raw === '') {
        row[col.key] = null;
        continue;
      }
      const n = (opts.language ? parseLocaleNumber(raw, opts.language) : null) ?? parseNumber(raw, delimiter);
      if (n === null) {
        const asWritten = opts.language ? ` as ${languageName(opts.language)}, the deck’s language, writes numbers (such as “${formatNumber(1234.5, opts.language)}”)` : '';
        return fail(
          'bad_request',
          `“${fileName}”, row ${r + 1}, ${columnName(c, header[c])}: “${raw.slice(0, 40)}” is not a number${asWritten}. Every column after the first must hold numbers (leave a cell empty for no data); fix that cell and import again.`,
        );
      }
      row[col.key] = n;
    }
    rows.push(row);
  }
  if (!columns.some((c) => c.type === 'number')) {
    return fail('bad_request', `“${fileName}” has no column of numbers to chart. Put labels in column A and numbers in column B onwards.`);
  }
  const title = fileName.replace(/\.(csv|txt|tsv)$/i, '');
  return ok({
    id: opts.id,
    title,
    unit: '',
    year: '',
    source: { publisher: '', title: `Imported from ${fileName}`, year: null, url: null, accessed: null, note: 'Imported CSV: add the original publisher, title and year.' },
    columns,
    rows,
  });
}
