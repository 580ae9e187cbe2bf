// What a person's clipboard text is: cells copied from a spreadsheet (tab-separated) or CSV
// lines become table data; anything else is text. Pure, so the rule is unit-tested.
import Papa from 'papaparse';

/** Characters a paste never needs: C0 controls other than tab and newline, and NUL. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Line endings made \n, controls removed, trailing blank lines dropped. */
export function cleanPastedText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/^\uFEFF/, '').replace(/\s+$/, '');
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?([.,]\d+)?%?$/;

/**
 * Whether the text is a block of table cells: at least two lines, and either every line has a
 * tab (a spreadsheet's cells), or every line has the same number (2 or more) of comma- or
 * semicolon-separated cells with a number after the first column (CSV; prose with commas is not
 * a table).
 */
export function looksTabular(text: string): boolean {
  const lines = cleanPastedText(text).split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  if (lines.every((l) => l.includes('\t'))) return true;
  const parsed = Papa.parse<string[]>(lines.join('\n'), { delimitersToGuess: [',', ';'] });
  if (parsed.errors.length > 0 || !/[,;]/.test(parsed.meta.delimiter)) return false;
  const width = parsed.data[0]?.length ?? 0;
  if (width < 2 || parsed.data.some((row) => row.length !== width)) return false;
  return parsed.data.slice(1).some((row) => row.slice(1).some((cell) => cell.trim() !== '' && NUMBER.test(cell.trim())));
}

/** Whether cells pasted onto a widget that takes table data (a selected chart) should go to it:
 * a table, or anything whose first line is tab-separated cells (the import then says what is
 * wrong with the rest, row and column, instead of the cells becoming text elsewhere). */
export function meantAsCells(text: string): boolean {
  const lines = cleanPastedText(text).split('\n').filter((l) => l.trim() !== '');
  return looksTabular(text) || (lines.length >= 2 && (lines[0] ?? '').includes('\t'));
}
