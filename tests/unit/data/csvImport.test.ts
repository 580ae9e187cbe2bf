// CSV import: each bad case gets a message naming the file, the row and the column.
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, checkCsvSize, columnLetter, csvTextOf, importCsv, parseNumber } from '../../../shared/data/csvImport';
import { chartTableProblem } from '../../../shared/widgets/chart/tableLimits';
import { datasetToTable, numberColumns } from '../../../shared/data/datasetTable';
import { DatasetSchema } from '../../../shared/deck/schema';

const run = (text: string, bytes?: number) => importCsv(text, 'data.csv', { id: 'ds_1', bytes });
const message = (text: string, bytes?: number) => {
  const r = run(text, bytes);
  if (r.ok) throw new Error('expected a failure');
  return r.error.message;
};

describe('importCsv', () => {
  it('imports labels, ISO codes and numbers (thousands separators, %, empty = no data)', () => {
    const r = run('Country,ISO,Production (t),Share\nChina,cn,"270,000",69.2%\nAustralia,AU,"13,000",\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => DatasetSchema.parse(r.data)).not.toThrow();
    expect(r.data.columns.map((c) => [c.key, c.type])).toEqual([
      ['label', 'string'],
      ['code', 'string'],
      ['production_t', 'number'],
      ['share', 'number'],
    ]);
    expect(r.data.rows[1]).toEqual({ label: 'Australia', code: 'AU', production_t: 13000, share: null });
    expect(datasetToTable(r.data, { valueColumns: ['production_t'] })).toEqual({
      columns: ['Country', 'Production (t)'],
      rows: [['China', 270000], ['Australia', 13000]],
      codes: ['CN', 'AU'],
    });
    expect(r.data.source.title).toBe('Imported from data.csv');
  });

  it('reads semicolon files with decimal commas', () => {
    const r = run('Land;Anteil\nTaiwan;22,5\n');
    expect(r.ok && r.data.rows[0]).toEqual({ label: 'Taiwan', anteil: 22.5 });
  });

  it('wrong delimiter: names row 1, column A and the separator it saw', () => {
    const m = message('Country|Share\nTaiwan|22\n');
    expect(m).toMatch(/“data\.csv”, row 1, column A/);
    expect(m).toMatch(/wrong delimiter/);
    expect(m).toMatch(/“\|”/);
  });

  it('ragged rows: names the row and the extra or missing column', () => {
    expect(message('Country,Share\nTaiwan,22\nKorea,21,9\n')).toMatch(/row 3 has 3 cells but the header has 2; column C is extra/);
    expect(message('Country,Share,Year\nTaiwan,22,2020\nKorea,21\n')).toMatch(/row 3 has 2 cells but the header has 3; column C \(“Year”\) is missing/);
  });

  it('non-numeric values: names the row, the column and the cell', () => {
    const m = message('Country,Share\nTaiwan,22\nKorea,n/a\n');
    expect(m).toMatch(/row 3, column B \(“Share”\): “n\/a” is not a number/);
  });

  it('empty file and header-only file', () => {
    expect(message('')).toMatch(/“data\.csv” is empty/);
    expect(message('  \n\n')).toMatch(/is empty/);
    expect(message('Country,Share\n')).toMatch(/header row but no data rows/);
  });

  it('refuses a file over 50 MB before parsing', () => {
    const big = MAX_CSV_BYTES + 1;
    expect(message('Country,Share\nTaiwan,22\n', big)).toMatch(/50\.0 MB; CSV files up to 50 MB/);
    const r = checkCsvSize(60 * 1024 * 1024, 'huge.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('too_large');
    expect(checkCsvSize(1024, 'small.csv').ok).toBe(true);
  });

  it('an unclosed quote names the row', () => {
    expect(message('Country,Share\n"Taiwan,22\nKorea,21\n')).toMatch(/row \d+: a quoted cell is not closed/);
  });

  it('helpers', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(27)).toBe('AA');
    expect(parseNumber('1,234.5', ',')).toBe(1234.5);
    expect(parseNumber('12abc', ',')).toBeNull();
  });
});

// Each limit of the deck format is checked here with the file's words: past it, every save of the
// deck would have failed after the import (a 100-column CSV did that, and 3,000 columns crashed the tab).
describe('what a deck holds', () => {
  const wide = (n: number) => `Label,${Array.from({ length: n }, (_, i) => `S${i}`).join(',')}\nA,${Array.from({ length: n }, () => '1').join(',')}\n`;

  it('refuses more columns than a data table holds, and takes the most it holds', () => {
    expect(message(wide(50))).toBe('“data.csv” has 51 columns; a deck’s data table holds up to 50 (the labels and 49 columns of numbers). Keep the columns the chart needs and import again.');
    const most = run(wide(49));
    expect(most.ok).toBe(true);
    if (most.ok) expect(DatasetSchema.safeParse(most.data).success).toBe(true);
  });

  it('refuses a header or a cell longer than a data table holds, naming where', () => {
    expect(message(`Label,${'h'.repeat(301)}\nA,1\n`)).toBe('“data.csv”, row 1, column B: the header is 301 characters long; headers up to 300 fit. Shorten it and import again.');
    expect(message(`Label,Value\nA,1\n${'l'.repeat(2001)},2\n`)).toBe('“data.csv”, row 3, column A (“Label”): the cell is 2001 characters long; cells up to 2000 fit. Shorten it and import again.');
  });

  it('keeps column keys short whatever the header', () => {
    const r = run(`Label,${'v'.repeat(300)}\nA,1\n`);
    expect(r.ok).toBe(true);
    if (r.ok) expect(DatasetSchema.safeParse(r.data).success).toBe(true);
  });

  it('a chart takes up to 5,000 rows and 500-character labels, and says so for more', () => {
    const rows = (n: number) => `Label,Value\n${Array.from({ length: n }, (_, i) => `R${i},${i}`).join('\n')}\n`;
    const problem = (text: string) => {
      const r = run(text);
      if (!r.ok) throw new Error(r.error.message);
      return chartTableProblem(r.data, datasetToTable(r.data, { valueColumns: numberColumns(r.data).map((c) => c.key) }), 'data.csv');
    };
    expect(problem(rows(5000))).toBeNull();
    expect(problem(rows(5001))).toBe('“data.csv” has 5,001 rows of data; a chart draws up to 5,000. Keep the rows the chart needs and import again.');
    expect(problem(`Label,Value\n${'l'.repeat(501)},1\n`)).toBe('“data.csv”, row 2: the label is 501 characters long; a chart takes labels up to 500. Shorten it and import again.');
    expect(problem(`Label,${'h'.repeat(201)}\nA,1\n`)).toBe('“data.csv”, column B: the header is 201 characters long; a chart takes headers up to 200. Shorten it and import again.');
    // Named where they are in the file: a code column before the numbers and an empty row (both
    // left out of the chart's table) do not shift the column letter or the row number.
    expect(problem(`Label,ISO,${'h'.repeat(201)}\nA,AU,1\nB,JP,\n${'l'.repeat(501)},KR,2\n`)).toBe('“data.csv”, column C: the header is 201 characters long; a chart takes headers up to 200. Shorten it and import again.');
    expect(problem(`Label,ISO,Value\nA,AU,1\nB,JP,\n${'l'.repeat(501)},KR,2\n`)).toBe('“data.csv”, row 4: the label is 501 characters long; a chart takes labels up to 500. Shorten it and import again.');
  });
});

describe('csvTextOf (the chosen file’s bytes)', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  it('reads UTF-8, with or without a byte-order mark (dropped)', () => {
    for (const text of ['\uFEFFCountry,Share\nCuraçao,1\n', 'Country,Share\nCuraçao,1\n']) {
      const r = csvTextOf(new TextEncoder().encode(text), 'ok.csv');
      expect(r.ok && r.data).toBe('Country,Share\nCuraçao,1\n');
    }
  });
  it('reads Windows-1252, as Excel on Windows saves CSV, without replacement characters', () => {
    // "Curaçao" with ç as the single byte 0xE7.
    const r = csvTextOf(bytes(...new TextEncoder().encode('Country,Share\nCura'), 0xe7, ...new TextEncoder().encode('ao,1\n')), 'excel.csv');
    expect(r.ok && r.data).toBe('Country,Share\nCuraçao,1\n');
  });
  it('refuses a workbook and other binary files with what to do', () => {
    const xlsx = csvTextOf(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'figures.csv');
    expect(!xlsx.ok && xlsx.error.message).toBe('“figures.csv” is a spreadsheet workbook (such as .xlsx), not CSV text. Open it in its program, save or export it as CSV (comma-separated values), and import that file.');
    const png = csvTextOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), 'chart.csv');
    expect(!png.ok && png.error.message).toBe('“chart.csv” is binary data, not CSV text. Open it in its program, save or export it as CSV (comma-separated values), and import that file.');
  });
});
