// Pie label layout: outside labels stacked per side without overlap, tiny or crowded slices
// handed to the legend, leader lines that stay outside the circle.
import { describe, expect, it } from 'vitest';
import { MIN_LABEL_SHARE, layoutPieLabels, type PieLabelInput } from '../../../renderer/widgets/chart/pieLabels';

// USGS MCS 2025 rare-earth mine production, 2024 (t): one giant slice and many small ones.
const RARE_EARTHS = [270000, 45000, 31000, 13000, 13000, 13000, 2900, 2500, 2000, 300, 130, 20, 1100];

function input(values: number[], extra: Partial<PieLabelInput> = {}): PieLabelInput {
  return { values, heights: values.map(() => 50), cx: 600, cy: 250, outerRadius: 200, startAngle: 90, endAngle: -270, top: 0, bottom: 500, gap: 5, ...extra };
}

function overlaps(layout: ReturnType<typeof layoutPieLabels>, heights: readonly number[]): string[] {
  const out: string[] = [];
  for (const side of ['left', 'right'] as const) {
    const ys = layout.placed.filter((p) => p.side === side).sort((a, b) => a.y - b.y);
    for (let i = 1; i < ys.length; i++) {
      const a = ys[i - 1]!;
      const b = ys[i]!;
      if (a.y + heights[a.index]! / 2 > b.y - heights[b.index]! / 2) out.push(`${a.index}/${b.index}`);
    }
  }
  return out;
}

describe('layoutPieLabels', () => {
  it('labels the big slices, sends slices under 2 % to the legend, largest first, and never overlaps', () => {
    const layout = layoutPieLabels(input(RARE_EARTHS));
    const total = RARE_EARTHS.reduce((s, v) => s + v, 0);
    const placed = layout.placed.map((p) => p.index);
    expect(placed).toEqual([0, 1, 2, 3, 4, 5]);
    for (const i of layout.unlabelled) expect(RARE_EARTHS[i]! / total).toBeLessThan(MIN_LABEL_SHARE);
    expect(layout.unlabelled.map((i) => RARE_EARTHS[i])).toEqual([2900, 2500, 2000, 1100, 300, 130, 20]);
    expect(overlaps(layout, input(RARE_EARTHS).heights)).toEqual([]);
    // China (first slice, clockwise from 12 o'clock, 69 %) is labelled on the right; the rest on the left.
    expect(layout.placed.find((p) => p.index === 0)?.side).toBe('right');
    expect(layout.placed.filter((p) => p.side === 'left').map((p) => p.index).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('drops the smallest labels on a crowded side until the rest fit in the height', () => {
    const values = [40, ...Array.from({ length: 12 }, () => 5)];
    const tight = input(values, { bottom: 300 });
    const layout = layoutPieLabels(tight);
    expect(overlaps(layout, tight.heights)).toEqual([]);
    for (const p of layout.placed) {
      expect(p.y - 25).toBeGreaterThanOrEqual(-0.01);
      expect(p.y + 25).toBeLessThanOrEqual(300.01);
    }
    expect(layout.unlabelled.length).toBeGreaterThan(0);
    expect(layout.placed.length + layout.unlabelled.length).toBe(values.length);
  });

  it('leader lines start on the arc, never cut through the circle, and end at the label', () => {
    const layout = layoutPieLabels(input(RARE_EARTHS));
    for (const p of layout.placed) {
      const [first, ...rest] = p.points;
      expect(Math.hypot(first![0] - 600, first![1] - 250)).toBeCloseTo(200, 5);
      // Every point after the first is outside the circle, and so is every segment's midpoint.
      let prev = first!;
      for (const q of rest) {
        expect(Math.hypot(q[0] - 600, q[1] - 250)).toBeGreaterThan(199.9);
        const mid = [(prev[0] + q[0]) / 2, (prev[1] + q[1]) / 2];
        if (prev !== first) expect(Math.hypot(mid[0]! - 600, mid[1]! - 250)).toBeGreaterThan(200);
        prev = q;
      }
      const last = p.points[p.points.length - 1]!;
      expect(last[1]).toBeCloseTo(p.y, 5);
      expect(p.side === 'right' ? last[0] < p.x : last[0] > p.x).toBe(true);
    }
  });

  it('handles one slice and an empty pie', () => {
    expect(layoutPieLabels(input([5])).placed).toHaveLength(1);
    expect(layoutPieLabels(input([]))).toEqual({ placed: [], unlabelled: [] });
  });
});
