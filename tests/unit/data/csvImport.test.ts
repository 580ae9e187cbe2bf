// CSV import: each bad case gets a message naming the file, the row and the column.
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, checkCsvSize, columnLetter, importCsv, parseNumber } from '../../../shared/data/csvImport';
import { datasetToTable } from '../../../shared/data/datasetTable';
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
