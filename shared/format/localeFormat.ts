// How numbers and dates are written on slides, in the deck's language (issue #17 item 7). The
// one place that formats them: the editor, presenting, the PDF and the PowerPoint export all
// call these with deck.meta.language, so "1.234,5" reads the same on every surface.

import { readTypedNumber } from './localeNumbers';

/** Intl formatters are costly to build and immutable: one per language and style, kept. */
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: string, style: 'plain' | 'compact' | 'small' | 'map' | 'mapCompact'): Intl.NumberFormat {
  const key = `${language}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Record<typeof style, Intl.NumberFormatOptions> = {
      plain: { maximumFractionDigits: 1 },
      compact: { notation: 'compact', maximumFractionDigits: 1 },
      small: { maximumSignificantDigits: 2 },
      map: { maximumFractionDigits: 2 },
      mapCompact: { notation: 'compact', maximumFractionDigits: 1 },
    };
    f = new Intl.NumberFormat(language, options[style]);
    formatters.set(key, f);
  }
  return f;
}

/** A chart value: one decimal from 1 up; two significant digits below, so a 0.033% share
 * never reads "0"; compact from ten million ("12 Mio."). */
export function formatNumber(v: number, language: string): string {
  if (v !== 0 && Math.abs(v) < 1) return numberFormat(language, 'small').format(v);
  return numberFormat(language, Math.abs(v) >= 10_000_000 ? 'compact' : 'plain').format(v);
}

/** A table's number: as formatNumber, but every digit of a large number ("44,000,000", not
 * "44M"), so a column of numbers lines up and reads alike from row to row. */
export function formatFullNumber(v: number, language: string): string {
  return numberFormat(language, v !== 0 && Math.abs(v) < 1 ? 'small' : 'plain').format(v);
}

/** A map legend value: two decimals, compact when the scale reaches a million. */
export function formatScaleValue(v: number, max: number, language: string): string {
  return numberFormat(language, Math.abs(max) >= 1e6 ? 'mapCompact' : 'map').format(v);
}

/** A quote's date as typed (ISO "2021-02-24", "2021-02", or free text) in the deck's language:
 * "24 February 2021" / "24. Februar 2021"; free text is kept as typed. */
export function formatDate(date: string, language: string): string {
  const t = date.trim();
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (!m) return t;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return t;
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  if (day !== undefined && at.getUTCDate() !== day) return t;
  return dateFormat(language, day !== undefined).format(at);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** "24 February 2021" or "February 2021" in `language`, one formatter per language and form
 * (building one costs about 1 ms; a 100-slide deck's quotes and their alt texts asked for it
 * on every draw). */
function dateFormat(language: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${language}|${withDay}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(withDay ? { day: 'numeric' } : {}) });
    dateFormatters.set(key, f);
  }
  return f;
}

/** A number as an author edits it in the deck's language ("1.234,5" in German), every digit
 * kept. The first form readTypedNumber reads back as the same number: grouped, else ungrouped
 * (a language that does not group by threes), else the plain digits. */
export function formatEditableNumber(v: number, language: string): string {
  const grouped = new Intl.NumberFormat(language, { maximumFractionDigits: 20, numberingSystem: 'latn' });
  const ungrouped = new Intl.NumberFormat(language, { maximumFractionDigits: 20, numberingSystem: 'latn', useGrouping: false });
  return [grouped.format(v), ungrouped.format(v)].find((text) => readTypedNumber(text, language) === v) ?? String(v);
}
