// Slide ranges as people type them ("3", "1-5", "4-", "1-5, 8, 10-12"), parsed into the
// contract's 1-based inclusive spans. The same parser in the export dialog, the CLI's --range
// and the print route's address, so all three select the same slides.
import type { ExportOptions } from '../api/contract';

export type SlideRange = NonNullable<ExportOptions['range']>;
export interface SlideSpan {
  from: number;
  to: number;
}

export type RangeResult = { ok: true; range: SlideRange | null } | { ok: false; message: string };

/** Where an open range ("4-") ends: far past any real deck. */
export const RANGE_END = 100000;
const MAX_SPANS = 500;

/** The spans of a range, whichever shape it came in (one span, as older callers send, or a list). */
export function rangeSpans(range: SlideRange): SlideSpan[] {
  return Array.isArray(range) ? range : [range];
}

/** Whether slide `number` (1-based) is in the range; every slide is when there is none. */
export function inRange(range: SlideRange | null, number: number): boolean {
  return range === null || rangeSpans(range).some((s) => number >= s.from && number <= s.to);
}

type SpanResult = { ok: true; span: SlideSpan } | { ok: false; message: string };

function parseSpan(part: string, whole: string): SpanResult {
  const m = /^(\d*)\s*(-?)\s*(\d*)$/.exec(part);
  const where = part === whole ? `“${whole}”` : `“${part}” in “${whole}”`;
  if (!m || (m[1] === '' && m[3] === '')) {
    return { ok: false, message: `${where} is not a slide range. Use a number (3), two numbers with a dash (1-5), or a list (1-5, 8, 10-12).` };
  }
  const [, a = '', dash = '', b = ''] = m;
  const from = a === '' ? 1 : Number(a);
  const to = dash === '' ? from : b === '' ? Number.MAX_SAFE_INTEGER : Number(b);
  if (from < 1 || to < 1) return { ok: false, message: `Slide numbers start at 1 (got ${where}).` };
  if (to < from) return { ok: false, message: `The range ${where} ends before it starts.` };
  return { ok: true, span: { from: Math.min(from, RANGE_END), to: Math.min(to, RANGE_END) } };
}

/** Sorted, with overlapping and touching spans joined ("1-5, 3-8, 9" -> 1-9). */
export function normalizeSpans(spans: readonly SlideSpan[]): SlideSpan[] {
  const sorted = [...spans].sort((x, y) => x.from - y.from || x.to - y.to);
  const out: SlideSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.from <= last.to + 1) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Parses "", "all", "3", "1-5", "4-", "-6", or a comma-separated list of those
 * ("1-5, 8, 10-12"). An empty string means every slide. One span comes back as one span
 * (the shape older files and callers use); several as a sorted, merged list.
 */
export function parseRange(text: string): RangeResult {
  const t = text.trim().replace(/[\u2013\u2014]/g, '-');
  if (t === '' || t.toLowerCase() === 'all') return { ok: true, range: null };
  // A trailing or doubled comma is a typo, not a mistake worth stopping for.
  const parts = t.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return { ok: false, message: `“${text}” is not a slide range. Use a number (3), two numbers with a dash (1-5), or a list (1-5, 8, 10-12).` };
  if (parts.length > MAX_SPANS) return { ok: false, message: `“${text.slice(0, 40)}…” lists more than ${MAX_SPANS} ranges. Join neighbouring slides into ranges (1-20).` };
  const spans: SlideSpan[] = [];
  for (const part of parts) {
    const r = parseSpan(part, t);
    if (!r.ok) return r;
    spans.push(r.span);
  }
  const merged = normalizeSpans(spans);
  return { ok: true, range: merged.length === 1 ? merged[0]! : merged };
}

function formatSpan(s: SlideSpan): string {
  if (s.from === s.to) return String(s.from);
  return s.to >= RANGE_END ? `${s.from}-` : `${s.from}-${s.to}`;
}

/** The range as parseRange reads it back: "3", "1-5", "4-", "1-5, 8, 10-12"; "" for all. */
export function formatRange(range: SlideRange | null): string {
  if (range === null) return '';
  return rangeSpans(range).map(formatSpan).join(', ');
}
