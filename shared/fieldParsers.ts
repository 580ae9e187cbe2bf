// What a typed field means, decided when the person commits it (blur or Enter), never per
// keystroke (issue 11: "2", "20", "202" were each refused as a year and the field cleared).
// Each parser turns the text into a value or a message that says what to type instead.
import { resolveCountry } from './countries';
import { DEFAULT_LANGUAGE, languageName } from './format/language';
import { formatNumber } from './format/localeFormat';
import { readTypedNumber } from './format/localeNumbers';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (message: string): Parsed<never> => ({ ok: false, message });

/** A year 1000–3000, or blank for none. */
export function parseYear(text: string): Parsed<number | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  if (!/^\d+$/.test(t)) return no(`“${t}” is not a year. Type four digits, such as 2024, or leave it empty.`);
  const n = Number(t);
  if (n < 1000 || n > 3000) return no(`${t} is outside 1000–3000. Type a four-digit year, such as 2024.`);
  return ok(n);
}

/** Any number, or blank for "no data": written as the deck's language writes numbers
 * ("1.234,5" in German), or in the plain form ("1,234.5", "-3", "1e3"). */
export function parseOptionalNumber(text: string, language: string = DEFAULT_LANGUAGE): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const n = readTypedNumber(text, language);
  if (n !== null) return ok(n);
  const how = language === DEFAULT_LANGUAGE ? '' : ` as ${languageName(language)}, the deck’s language, writes them`;
  return no(`“${text.trim()}” is not a number. Type digits such as ${formatNumber(1234.5, language)}${how}, or leave it empty.`);
}

/** A number above zero (at most 1e15), or blank for automatic. */
export function parseOptionalPositive(text: string, language: string = DEFAULT_LANGUAGE): Parsed<number | null> {
  const r = parseOptionalNumber(text, language);
  if (!r.ok || r.value === null) return r;
  if (r.value <= 0) return no(`The maximum must be above zero (got ${text.trim()}). Leave it empty for automatic.`);
  if (r.value > 1e15) return no(`${text.trim()} is too large. Type a number up to 1e15.`);
  return r;
}

/** A web address (http or https), or blank for none. "www.x.org" is read as https://www.x.org. */
export function parseOptionalUrl(text: string): Parsed<string | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  const withScheme = /^www\./i.test(t) ? `https://${t}` : t;
  if (!/^https?:\/\//i.test(withScheme)) return no(`“${t}” is not a web address. Type one starting with https:// (or http://), or leave it empty.`);
  try {
    const url = new URL(withScheme);
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') throw new Error('no domain');
    return ok(withScheme);
  } catch {
    return no(`“${t}” is not a complete web address. Check it, e.g. https://www.example.org/report.`);
  }
}

/** "#rrggbb" (also "rrggbb" or "#rgb"), lower-cased. */
export function parseHexColor(text: string): Parsed<string> {
  const t = text.trim().replace(/^#?/, '#').toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(t)) return ok(t);
  if (/^#[0-9a-f]{3}$/.test(t)) return ok(`#${[...t.slice(1)].map((c) => c + c).join('')}`);
  return no(`“${text.trim()}” is not a colour. Type six hex digits such as #e08a00.`);
}

/** A calendar date as ISO: 2021, 2021-02 or 2021-02-24 (a real day), or blank. */
export function parseIsoDate(text: string): Parsed<string> {
  const t = text.trim();
  if (t === '') return ok('');
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
  const help = 'Type the date as 2021-02-24, 2021-02 or 2021.';
  if (!m) return no(`“${t}” is not a date in the form this field uses. ${help}`);
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return no(`Month ${mo} does not exist. ${help}`);
  if (d !== undefined) {
    const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (day.getUTCMonth() !== Number(mo) - 1 || Number(d) < 1) return no(`${t} is not a day of the calendar. ${help}`);
  }
  return ok(t);
}

/** A country as its ISO alpha-2 code: "AU", "aus", "036" or a name ("Australia"); blank for none. */
export function parseCountryCode(text: string): Parsed<string | null> {
  const t = text.trim();
  if (t === '') return ok(null);
  const c = resolveCountry(t);
  if (c) return ok(c.a2);
  if (/^[a-z]{2}$/i.test(t)) return ok(t.toUpperCase());
  return no(`“${t}” is not a country code. Type two letters such as AU, or the country’s name.`);
}

/** Text that must not be blank (a marking's label). */
export function parseRequired(what: string): (text: string) => Parsed<string> {
  return (text) => (text.trim() === '' ? no(`${what} cannot be empty.`) : ok(text.trim()));
}

/** A list of nations as alpha-3 codes ("AUS, JPN", "Australia; jp"), for REL TO lists and the
 * nations in an audience's room; blank for none. Commas, semicolons or slashes separate. */
export function parseNationList(text: string): Parsed<string[]> {
  const parts = text
    .split(/[,;/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const out: string[] = [];
  for (const p of parts) {
    const c = resolveCountry(p);
    if (!c) return no(`“${p}” is not a country. Type three-letter codes such as AUS, JPN, or names, separated by commas.`);
    if (!out.includes(c.a3)) out.push(c.a3);
  }
  return ok(out);
}
