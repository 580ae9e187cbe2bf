import { geoPath, geoTransform } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import t110 from 'world-atlas/countries-110m.json';
import t50 from 'world-atlas/countries-50m.json';
import { boundsToView } from '../../../shared/geo/framing';
import { labelAnchors, placeLabels, staticMapGeometry } from '../../../shared/geo/staticMap';
import { estimateLabelWidth } from '../../../shared/geo/labelLayout';
import { buildWorld } from '../../../shared/geo/world';
import { MAP_PRESETS, type Bounds } from '../../../shared/widgets/map/schema';

const world110 = buildWorld(t110 as unknown as Topology);
const world50 = buildWorld(t50 as unknown as Topology);
const SIZE = { width: 1728, height: 720 };

/** Every straight segment of an SVG path made of M/L/Z commands (what d3 emits for polygons). */
export function segments(d: string): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  const re = /([MLZ])([^MLZ]*)/g;
  let start: [number, number] | null = null;
  let prev: [number, number] | null = null;
  for (const m of d.matchAll(re)) {
    const nums = (m[2] ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
    if (m[1] === 'Z') {
      if (prev && start) out.push([prev[0], prev[1], start[0], start[1]]);
      prev = start;
      continue;
    }
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const p: [number, number] = [nums[i]!, nums[i + 1]!];
      if (m[1] === 'M' && i === 0) start = p;
      else if (prev) out.push([prev[0], prev[1], p[0], p[1]]);
      prev = p;
    }
  }
  return out;
}

/** The widest horizontal step of any segment not lying along the frame's edge (clipping draws
 * long edges there on purpose). A streak across the antimeridian shows up here. */
function widestStep(paths: { d: string }[], w: number, h: number): number {
  const onEdge = (a: number, b: number, edge: number) => Math.abs(a - edge) < 0.2 && Math.abs(b - edge) < 0.2;
  let max = 0;
  for (const p of paths) {
    for (const [x0, y0, x1, y1] of segments(p.d)) {
      if (onEdge(y0, y1, 0) || onEdge(y0, y1, h)) continue;
      max = Math.max(max, Math.abs(x1 - x0));
    }
  }
  return max;
}

describe('static map geometry', () => {
  it.each([
    ['Pacific-centred world', MAP_PRESETS.world.bounds],
    ['Indo-Pacific (east > 180)', MAP_PRESETS.indoPacific.bounds],
    ['Pacific frame', [120, -50, 300, 70]],
  ])('%s: no path segment spans more than half the frame width', (_name, b) => {
    const g = staticMapGeometry([...b] as Bounds, SIZE, world110, [], []);
    expect(g.paths.length).toBeGreaterThan(50);
    expect(widestStep(g.paths, SIZE.width, SIZE.height)).toBeLessThan(SIZE.width / 2);
  });

  it('the streak check catches a naive planar drawing of the same rings', () => {
    const planar = geoPath(
      geoTransform({
        point(x, y) {
          this.stream.point(((x + 180) / 360) * SIZE.width, ((90 - y) / 180) * SIZE.height);
        },
      }),
    );
    const naive = world110.features.map((f) => ({ d: planar(f) ?? '' }));
    expect(widestStep(naive, SIZE.width, SIZE.height)).toBeGreaterThan(SIZE.width / 2);
  });

  it('clips to the frame: a Taiwan Strait map draws a few countries, not the world', () => {
    const g = staticMapGeometry([...MAP_PRESETS.taiwanStrait.bounds], SIZE, world50, ['158'], ['158']);
    const ids = new Set(g.paths.map((p) => p.id));
    expect(ids.has('158')).toBe(true);
    expect(ids.has('156')).toBe(true);
    expect(ids.has('840')).toBe(false);
    expect(ids.size).toBeLessThan(8);
    for (const p of g.paths) for (const s of segments(p.d)) for (const v of [s[0], s[2]]) expect(v).toBeGreaterThanOrEqual(-0.1);
  });

  it('repeats the world when the frame is wider than it, as MapLibre does', () => {
    const wide = { width: 3000, height: 600 };
    const g = staticMapGeometry([...MAP_PRESETS.world.bounds], wide, world110, [], []);
    expect(new Set(g.paths.map((p) => p.copy)).size).toBeGreaterThan(1);
  });

  it('takes small states from 50m when the 110m world lacks them', () => {
    expect(world110.byId.has('702')).toBe(false); // Singapore
    const g = staticMapGeometry([...MAP_PRESETS.indoPacific.bounds], SIZE, world110, ['702'], ['702'], world50);
    expect(g.paths.some((p) => p.id === '702')).toBe(true);
    expect(g.anchors.map((a) => a.id)).toEqual(['702']);
  });

  it('labels a country whose anchor is off-frame at the centre of its visible part', () => {
    const view = boundsToView([...MAP_PRESETS.taiwanStrait.bounds], SIZE);
    const [china] = labelAnchors(view, SIZE, ['156'], world50);
    expect(china).toBeDefined();
    expect(china!.x).toBeLessThan(SIZE.width / 2); // the mainland is on the west side
  });
});

describe('labels of countries beyond the frame', () => {
  // A map slot beside a text column, as on the sample deck's partners slide.
  const SIZE = { width: 1000, height: 700 };
  it('the United States on an Indo-Pacific map is labelled on the east edge with an arrow, not over open sea', () => {
    const view = boundsToView([...MAP_PRESETS.indoPacific.bounds] as Bounds, SIZE);
    const [us] = labelAnchors(view, SIZE, ['840'], world110);
    expect(us).toMatchObject({ id: '840', x: SIZE.width, arrow: '→' });
    const [placed] = placeLabels([us!], [{ id: '840', text: 'United States' }], (id) => world110.areas.get(id), 24, SIZE);
    expect(placed!.text).toBe('United States →');
    // Kept inside the frame, against its east edge.
    expect(placed!.x + (estimateLabelWidth(placed!.text, 24) + 24 * 0.4) / 2).toBeCloseTo(SIZE.width, 0);
  });

  it('points west, north-west… toward the country: Europe’s Germany from an Indo-Pacific frame reads “← Germany”', () => {
    const view = boundsToView([...MAP_PRESETS.indoPacific.bounds] as Bounds, SIZE);
    const [de] = labelAnchors(view, SIZE, ['276'], world110);
    expect(de?.x).toBe(0);
    expect(['←', '↖']).toContain(de?.arrow);
    const [placed] = placeLabels([de!], [{ id: '276', text: 'Germany' }], () => undefined, 24, SIZE);
    expect(placed!.text).toMatch(/^[←↖] Germany$/);
  });

  it('a country mostly in the frame keeps its label on itself (no arrow)', () => {
    const view = boundsToView([...MAP_PRESETS.indoPacific.bounds] as Bounds, SIZE);
    const anchors = labelAnchors(view, SIZE, ['036', '392'], world110);
    expect(anchors.map((a) => [a.id, a.arrow])).toEqual([
      ['036', undefined],
      ['392', undefined],
    ]);
  });
});

describe('labels beside small countries', () => {
  it('an Indo-Pacific partners map keeps Taiwan visible: its label goes beside the island, Japan’s stays on Japan', () => {
    const view = boundsToView([...MAP_PRESETS.indoPacific.bounds] as Bounds, SIZE);
    const ids = ['158', '392'];
    const anchors = labelAnchors(view, SIZE, ids, world110);
    const taiwan = anchors.find((a) => a.id === '158')!;
    expect(taiwan.extent).toBeDefined();
    const size = 24;
    const placed = placeLabels(anchors, [{ id: '158', text: 'Taiwan' }, { id: '392', text: 'Japan' }], (id) => world110.areas.get(id), size, SIZE);
    const tw = placed.find((p) => p.id === '158')!;
    const e = taiwan.extent!;
    const w = estimateLabelWidth('Taiwan', size) + size * 0.4;
    const h = size * 1.15;
    // The label's box does not touch the island's box.
    const overlaps = tw.x - w / 2 < e.x1 && e.x0 < tw.x + w / 2 && tw.y - h / 2 < e.y1 && e.y0 < tw.y + h / 2;
    expect(overlaps).toBe(false);
    // Right beside it, not somewhere else on the map.
    expect(Math.hypot(tw.x - taiwan.x, tw.y - taiwan.y)).toBeLessThan(w);
    // Japan is bigger than its label: the label sits on its anchor.
    const jp = placed.find((p) => p.id === '392')!;
    const jpAnchor = anchors.find((a) => a.id === '392')!;
    expect([jp.x, jp.y]).toEqual([jpAnchor.x, jpAnchor.y]);
  });
});
