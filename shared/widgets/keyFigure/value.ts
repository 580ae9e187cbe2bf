// How a key figure's value reads on a slide, in the deck's language (issue #17 item 7): the one
// function the slide view, presenting, the PDF, the alt text and PowerPoint all call.
//
// The value stays stored as the author typed it ("1900000", "$1.2bn", "~55.6", "Q3"), and is
// read each time it is shown. Why read, not convert once on typing: the file keeps the author's
// words (find and replace, the inspector and editing on the slide show them unchanged), and a
// value that is not a number is never touched. The rule:
// - a value that is one number, with anything that is not a digit before or after it ("$",
//   "~", "+", "%", " bn", " t"), is read as the deck's language writes numbers ("1.234,5" in
//   German), else in the plain form ("1,234.5"), as CSV import and the chart grid read cells;
//   the number is written the deck's way and what stood around it is kept as typed;
// - the decimals typed are kept ("55.60" stays two decimals); a four-digit number typed without
//   a separator ("2030", a year as often as a count) is not grouped; a number with more digits
//   than a double holds exactly (16 or more) is left as typed, so no digit changes;
// - anything else (ranges "10-20", "Q3 2024", words, two numbers) is shown exactly as typed.
import { readTypedNumber } from '../../format/localeNumbers';

/** Prefix without digits, the number (digits and the separators any language uses), suffix. */
const ONE_NUMBER = /^(\D*?)(\d(?:[\d.,'’\u00a0\u202f\u2009 ]*\d)?)(\D*)$/u;

/** The value as the slide shows it in `language`: "1900000" reads "1.900.000" in German. */
export function keyFigureValue(value: string, language: string): string {
  const m = ONE_NUMBER.exec(value);
  if (!m) return value;
  const [, prefix = '', core = '', suffix = ''] = m;
  // ".5" or "1.": a separator next to the number belongs to it; read no half-number.
  if (/[.,]$/u.test(prefix) || /^[.,]\d/u.test(suffix)) return value;
  // "007" keeps its zeros.
  if (/^0\d/u.test(core)) return value;
  const n = readTypedNumber(core, language);
  const digits = core.replace(/\D/gu, '');
  if (n === null || digits.length > 15) return value;
  const whole = Math.trunc(n).toString();
  const wholeDigits = whole === '0' ? (digits.startsWith('0') ? 1 : 0) : whole.length;
  const decimals = Math.max(0, digits.length - wholeDigits);
  const separators = core.length - digits.length - (decimals > 0 ? 1 : 0);
  return `${prefix}${valueFormat(language, decimals, separators > 0).format(n)}${suffix}`;
}

const valueFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per language, decimals and grouping: building one costs about 1 ms. */
function valueFormat(language: string, decimals: number, grouped: boolean): Intl.NumberFormat {
  const key = `${language}|${decimals}|${grouped}`;
  let f = valueFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped ? 'always' : 'min2' });
    valueFormats.set(key, f);
  }
  return f;
}
