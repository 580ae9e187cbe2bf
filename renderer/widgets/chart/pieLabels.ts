// Pie and donut slice labels: outside the circle with leader lines, stacked per side so no
// two labels overlap. Slices too small to label (under MIN_LABEL_SHARE of the total, or
// left over when a side has no more room) are returned as `unlabelled`; the View names
// them in a legend under the chart instead. Pure maths, so it is tested without a DOM.

/** Slices under this share of the total get no label on the circle (legend only). */
export const MIN_LABEL_SHARE = 0.02;

export interface PieLabelInput {
  /** Slice values in drawing order (all > 0). */
  values: readonly number[];
  /** Height of each slice's label block in px (lines × line height). */
  heights: readonly number[];
  cx: number;
  cy: number;
  outerRadius: number;
  /** Angle of the first slice's start, degrees, counter-clockwise from 3 o'clock (recharts' convention). */
  startAngle: number;
  /** Angle of the last slice's end (startAngle - 360 draws clockwise). */
  endAngle: number;
  /** Vertical room for labels: [top, bottom] in px. */
  top: number;
  bottom: number;
  /** Space between two stacked labels, px. */
  gap: number;
}

export interface PlacedLabel {
  index: number;
  side: 'left' | 'right';
  /** Where the text block is centred vertically, and where its near edge sits. */
  x: number;
  y: number;
  /** Leader line points, from the slice's arc to the label. */
  points: [number, number][];
}

export interface PieLabelLayout {
  placed: PlacedLabel[];
  /** Indices of slices without a label on the circle, largest first. */
  unlabelled: number[];
}

const RAD = Math.PI / 180;

interface Item {
  index: number;
  share: number;
  h: number;
  want: number;
  y: number;
  mid: number;
}

/** Stacks items (sorted by wanted y) inside [top, bottom]; false when they cannot all fit. */
function stack(items: Item[], top: number, bottom: number, gap: number): boolean {
  const total = items.reduce((s, it) => s + it.h, 0) + gap * Math.max(0, items.length - 1);
  if (total > bottom - top + 0.5) return false;
  let next = top;
  for (const it of items) {
    it.y = Math.max(it.want, next + it.h / 2);
    next = it.y + it.h / 2 + gap;
  }
  let limit = bottom;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i]!;
    it.y = Math.min(it.y, limit - it.h / 2);
    limit = it.y - it.h / 2 - gap;
  }
  return true;
}

/** Leader line from the slice's arc to a label at (x, y): out to a ring just outside the
 * circle, along that ring to the label's height (so a label pushed up or down never draws
 * its line across other slices), then level to the text. */
function leader(cx: number, cy: number, r: number, mid: number, side: 'left' | 'right', x: number, y: number): [number, number][] {
  const ring = r + 12;
  const sign = side === 'right' ? 1 : -1;
  // Screen angles (y down); the left side is kept in (π/2, 3π/2) so angles interpolate.
  const norm = (a: number) => (side === 'left' && a < 0 ? a + 2 * Math.PI : a);
  const from = norm(Math.atan2(Math.sin(-mid * RAD), Math.cos(-mid * RAD)));
  const s = Math.max(-1, Math.min(1, (y - cy) / ring));
  const to = side === 'right' ? Math.asin(s) : Math.PI - Math.asin(s);
  const pts: [number, number][] = [[cx + r * Math.cos(from), cy + r * Math.sin(from)]];
  const steps = Math.max(1, Math.ceil(Math.abs(to - from) / (8 * RAD)));
  for (let i = 0; i <= steps; i++) {
    const a = from + ((to - from) * i) / steps;
    pts.push([cx + ring * Math.cos(a), cy + ring * Math.sin(a)]);
  }
  pts.push([x - sign * 4, y]);
  return pts;
}

export function layoutPieLabels(input: PieLabelInput): PieLabelLayout {
  const { values, heights, cx, cy, outerRadius: r, startAngle, endAngle, top, bottom, gap } = input;
  const total = values.reduce((s, v) => s + v, 0);
  const unlabelled = new Set<number>();
  const sides: Record<'left' | 'right', Item[]> = { left: [], right: [] };
  if (total <= 0) return { placed: [], unlabelled: [] };
  let acc = 0;
  values.forEach((v, index) => {
    const a0 = startAngle + ((endAngle - startAngle) * acc) / total;
    acc += v;
    const a1 = startAngle + ((endAngle - startAngle) * acc) / total;
    const mid = (a0 + a1) / 2;
    const share = v / total;
    if (share < MIN_LABEL_SHARE) {
      unlabelled.add(index);
      return;
    }
    const dx = Math.cos(-mid * RAD);
    const dy = Math.sin(-mid * RAD);
    const item: Item = { index, share, h: heights[index] ?? 0, want: cy + (r + 14) * dy, y: 0, mid };
    (dx >= 0 ? sides.right : sides.left).push(item);
  });

  const placed: PlacedLabel[] = [];
  for (const side of ['left', 'right'] as const) {
    let items = sides[side].sort((a, b) => a.want - b.want);
    // Drop the smallest slices on this side until the rest stack without overlapping.
    while (items.length > 0 && !stack(items, top, bottom, gap)) {
      const smallest = items.reduce((m, it) => (it.share < m.share ? it : m), items[0]!);
      unlabelled.add(smallest.index);
      items = items.filter((it) => it !== smallest);
    }
    const sign = side === 'right' ? 1 : -1;
    const x = cx + sign * (r + 26);
    for (const it of items) placed.push({ index: it.index, side, x, y: it.y, points: leader(cx, cy, r, it.mid, side, x, it.y) });
  }
  const order = [...unlabelled].sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  return { placed: placed.sort((a, b) => a.index - b.index), unlabelled: order };
}
