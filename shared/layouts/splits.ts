// Adjustable layouts (issue #17 item 2): a layout whose slots form columns (and rows) lets a slide
// move the split between them. The slide stores the columns' and rows' shares per layout
// (Slide.splits); slotRects() is the one function that turns a layout and a slide's split into
// slot rectangles, and every surface (editor, presenting, PDF, PowerPoint) calls it.
import type { Layout, Rect } from './types';

/** Shares of the slot area, each column's (left to right) and each row's (top to bottom); each
 * list sums to 1. */
export interface Split {
  cols: number[];
  rows: number[];
}

/** No column or row narrower than this share: a slot still holds a readable widget. */
export const MIN_SHARE = 0.15;
/** Where a dragged boundary snaps: quarters, thirds and halves of the slot area. */
export const SNAP_POINTS = [1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4] as const;
/** How near (share of the area) a boundary must come to a snap point to take it. */
export const SNAP_DISTANCE = 0.02;

export interface Axis {
  start: number;
  end: number;
  gap: number;
  /** The layout's own shares. */
  shares: number[];
}

interface Grid {
  x: Axis;
  y: Axis;
  /** Each slot's column and row. */
  cells: Map<string, { col: number; row: number }>;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function axisOf(starts: number[], sizes: Map<number, number>): Axis {
  const start = starts[0]!;
  const last = starts[starts.length - 1]!;
  const end = last + sizes.get(last)!;
  const total = starts.reduce((sum, s) => sum + sizes.get(s)!, 0);
  const gap = starts.length > 1 ? (end - start - total) / (starts.length - 1) : 0;
  return { start, end, gap, shares: starts.map((s) => sizes.get(s)! / total) };
}

/** The layout's columns and rows, read from its slots (every slot is one cell). */
function gridOf(layout: Layout): Grid {
  const xs = new Map<number, number>();
  const ys = new Map<number, number>();
  for (const s of layout.slots) {
    xs.set(round(s.rect.x), s.rect.w);
    ys.set(round(s.rect.y), s.rect.h);
  }
  const colStarts = [...xs.keys()].sort((a, b) => a - b);
  const rowStarts = [...ys.keys()].sort((a, b) => a - b);
  const cells = new Map(layout.slots.map((s) => [s.id, { col: colStarts.indexOf(round(s.rect.x)), row: rowStarts.indexOf(round(s.rect.y)) }]));
  return { x: axisOf(colStarts, xs), y: axisOf(rowStarts, ys), cells };
}

/** The slot area's extent and gaps across (x: columns) and down (y: rows), in slide fractions. */
export function layoutAxes(layout: Layout): { x: Axis; y: Axis } {
  const g = gridOf(layout);
  return { x: g.x, y: g.y };
}

/** Where boundary `index` of an axis sits (slide fraction, the gap's middle) for `shares`. */
export function boundaryAt(axis: Axis, shares: readonly number[], index: number): number {
  const room = axis.end - axis.start - axis.gap * (shares.length - 1);
  const before = shares.slice(0, index + 1).reduce((a, b) => a + b, 0);
  return axis.start + room * before + axis.gap * (index + 0.5);
}

/** The share position (0..1 of the room) a pointer at slide fraction `p` puts boundary `index` at. */
export function shareAtPointer(axis: Axis, count: number, index: number, p: number): number {
  const room = axis.end - axis.start - axis.gap * (count - 1);
  return (p - axis.start - axis.gap * (index + 0.5)) / room;
}

/** The layout's own split (what a slide without one shows). */
export function defaultSplit(layout: Layout): Split {
  const g = gridOf(layout);
  return { cols: g.x.shares, rows: g.y.shares };
}

/** Whether a stored split fits the layout (a split for another shape of grid is ignored). */
function fits(split: Split | undefined, layout: Layout): split is Split {
  if (!split) return false;
  const d = defaultSplit(layout);
  const sumsToOne = (shares: number[]) => Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 0.01;
  return split.cols.length === d.cols.length && split.rows.length === d.rows.length && sumsToOne(split.cols) && sumsToOne(split.rows);
}

/** The split a slide shows in `layout`: its own when it has one that fits, else the layout's. */
export function splitOf(layout: Layout, splits: Readonly<Record<string, Split>> | undefined): Split {
  const own = splits && Object.prototype.hasOwnProperty.call(splits, layout.id) ? splits[layout.id] : undefined;
  return layout.adjustable && fits(own, layout) ? own : defaultSplit(layout);
}

function place(axis: Axis, shares: number[]): { pos: number; size: number }[] {
  const room = axis.end - axis.start - axis.gap * (shares.length - 1);
  let pos = axis.start;
  return shares.map((share) => {
    const cell = { pos, size: room * share };
    pos += cell.size + axis.gap;
    return cell;
  });
}

/** Each slot's rectangle (slide fractions) in `layout` with the slide's splits. */
export function slotRects(layout: Layout, splits: Readonly<Record<string, Split>> | undefined): Record<string, Rect> {
  const split = splitOf(layout, splits);
  const g = gridOf(layout);
  const cols = place(g.x, split.cols);
  const rows = place(g.y, split.rows);
  const out: Record<string, Rect> = {};
  for (const s of layout.slots) {
    const cell = g.cells.get(s.id)!;
    out[s.id] = { x: cols[cell.col]!.pos, y: rows[cell.row]!.pos, w: cols[cell.col]!.size, h: rows[cell.row]!.size };
  }
  return out;
}

/** Boundary `index` (between share index and index+1) moved to `at` (share of the area from the
 * start), kept so that neither neighbour is narrower than MIN_SHARE; `snap` pulls it onto a
 * quarter, third or half when near one. Returns the new shares. */
export function moveBoundary(shares: readonly number[], index: number, at: number, snap: boolean): number[] {
  const before = shares.slice(0, index).reduce((a, b) => a + b, 0);
  const pair = shares[index]! + shares[index + 1]!;
  let pos = at;
  if (snap) {
    const near = SNAP_POINTS.find((p) => Math.abs(p - pos) <= SNAP_DISTANCE);
    if (near !== undefined) pos = near;
  }
  const lo = before + MIN_SHARE;
  const hi = before + pair - MIN_SHARE;
  pos = Math.min(hi, Math.max(lo, pos));
  const next = [...shares];
  next[index] = round(pos - before);
  next[index + 1] = round(pair - (pos - before));
  return next;
}

/** "60/40" for shares, in whole percent. */
export function formatShares(shares: readonly number[]): string {
  return shares.map((s) => String(Math.round(s * 100))).join('/');
}

/** "60/40", "60 / 40", "25/50/25" or "2:1" as `count` shares summing to 1, or why not. */
export function parseShares(text: string, count: number): { ok: true; value: number[] } | { ok: false; message: string } {
  const parts = text.split(/[/:]/).map((p) => p.trim().replace(/%$/, ''));
  const example = count === 2 ? '60/40' : count === 3 ? '25/50/25' : Array(count).fill(Math.round(100 / count)).join('/');
  if (parts.length !== count || parts.some((p) => !/^\d+(\.\d+)?$/.test(p))) {
    return { ok: false, message: `Type ${count} numbers separated by “/”, for example ${example}.` };
  }
  const values = parts.map(Number);
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return { ok: false, message: `Type ${count} numbers above zero, for example ${example}.` };
  const shares = values.map((v) => round(v / total));
  if (shares.some((s) => s < MIN_SHARE - 1e-9)) {
    return { ok: false, message: `Each part needs at least ${Math.round(MIN_SHARE * 100)}% so its widget stays readable.` };
  }
  return { ok: true, value: shares };
}
