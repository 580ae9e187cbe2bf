// Reading numbers as people write them in a language (issue #17 item 7): a German CSV's
// "1.234,5", a French "1 234,5", a Swiss "1'234.5", "−3" with a real minus sign, "€1,234" or
// "22 %". The language's own separators come from Intl, so any language works, not a list.

interface Separators {
  decimal: string;
  group: string;
}

const separatorsByLanguage = new Map<string, Separators>();

function separatorsOf(language: string): Separators {
  let s = separatorsByLanguage.get(language);
  if (!s) {
    const parts = new Intl.NumberFormat(language, { useGrouping: true }).formatToParts(1234567.5);
    s = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
    separatorsByLanguage.set(language, s);
  }
  return s;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Spaces a group separator may be typed as: space, no-break space, narrow no-break, thin. */
const SPACES = ' \u00a0\u202f\u2009';
/** Currency signs and codes people put before or after an amount. */
const CURRENCY = /^(?:[A-Z]{3}|US\$|[$€£¥₩₹]|NT\$|A\$|C\$|HK\$|S\$)|(?:[A-Z]{3}|[$€£¥₩₹])$/u;

/** The number `cell` holds as written in `language`, or null when it is not one. Empty is null
 * too: the caller decides what an empty cell means. */
export function parseLocaleNumber(cell: string, language: string): number | null {
  const { decimal, group } = separatorsOf(language);
  let t = cell.trim().replace(/[\u2212\u2012\u2013\ufe63\uff0d]/gu, '-');
  const sign = /^[-+]/.exec(t)?.[0] ?? '';
  t = t.slice(sign.length).trim();
  t = t.replace(/%$/u, '').trim();
  t = t.replace(CURRENCY, '').trim();
  const lead = /^[-+]/.exec(t)?.[0];
  if (lead && sign === '') t = t.slice(1).trim();
  const negative = (sign || lead) === '-';
  // Groups of three split by the language's separator or by a space (any language writes
  // "1 234"); one kind of separator per number. An apostrophe (de-CH) may be ' or ’.
  const own = group === '’' || group === "'" ? "['’]" : SPACES.includes(group) ? '' : escape(group);
  const separator = own === '' ? `[${SPACES}]` : `${own}|[${SPACES}]`;
  const dec = escape(decimal);
  const grouped = new RegExp(`^\\d{1,3}(${separator})\\d{3}(?:\\1\\d{3})*(?:${dec}\\d+)?$`, 'u');
  const plain = new RegExp(`^(?:\\d+(?:${dec}\\d*)?|${dec}\\d+)$`, 'u');
  let digits: string;
  const m = grouped.exec(t);
  if (m) digits = t.split(m[1] ?? '').join('').replace(decimal, '.');
  else if (plain.test(t)) digits = t.replace(decimal, '.');
  else return null;
  const n = Number(digits);
  return Number.isFinite(n) ? (negative ? -n : n) : null;
}

const MINUS_SIGNS = /[\u2212\u2012\u2013\ufe63\uff0d]/gu;

/** The plain form any language's files and most people's habits use: "1234.5", "1,234.5",
 * "-3", "1e6". Commas must group threes, so "1,5" is not read as 15. */
function parsePlainNumber(text: string): number | null {
  let t = text.trim().replace(MINUS_SIGNS, '-');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/u.test(t)) t = t.replace(/,/gu, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/iu.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A number an author typed in a deck written in `language`: as the language writes it first
 * ("1.234,5" in German, so "1,234" there is one point two three four), else the plain form
 * ("1,234.5", "1234.5", "1e6"), as CSV import reads cells. Null when it is neither. */
export function readTypedNumber(text: string, language: string): number | null {
  return parseLocaleNumber(text, language) ?? parsePlainNumber(text);
}
