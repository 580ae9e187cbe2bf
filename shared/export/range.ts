// Page ranges as people type them ("3", "1-5", "4-"), parsed into the contract's 1-based
// inclusive range. One range, the same in the export dialog and the CLI's --range.
import type { ExportOptions } from '../api/contract';

export type SlideRange = NonNullable<ExportOptions['range']>;

export type RangeResult = { ok: true; range: SlideRange | null } | { ok: false; message: string };

/** Parses "", "all", "3", "1-5", "4-" or "-6". An empty string means every slide. */
export function parseRange(text: string): RangeResult {
  const t = text.trim().replace(/[\u2013\u2014]/g, '-');
  if (t === '' || t.toLowerCase() === 'all') return { ok: true, range: null };
  const m = /^(\d*)\s*(-?)\s*(\d*)$/.exec(t);
  if (!m || (m[1] === '' && m[3] === '')) {
    return { ok: false, message: `“${text}” is not a slide range. Use a number (3) or two numbers with a dash (1-5).` };
  }
  const [, a = '', dash = '', b = ''] = m;
  const from = a === '' ? 1 : Number(a);
  const to = dash === '' ? from : b === '' ? Number.MAX_SAFE_INTEGER : Number(b);
  if (from < 1 || to < 1) return { ok: false, message: `Slide numbers start at 1 (got “${text}”).` };
  if (to < from) return { ok: false, message: `The range “${text}” ends before it starts.` };
  return { ok: true, range: { from, to: Math.min(to, 100000) } };
}

export function formatRange(range: SlideRange | null): string {
  if (range === null) return '';
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
