// The static (no WebGL) map as data: SVG path strings per country and label positions, from
// the same Web Mercator framing as the live map (framing.ts). d3-geo works on the sphere and
// cuts polygons at the frame's antimeridian, so Pacific-centred frames never smear; frames
// wider than the world repeat it, as MapLibre's world copies do. Everything is clipped to
// the frame (clipExtent) so off-frame coastline never reaches the PDF.
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import { boundsToView, nearestLongitude, viewToBounds, viewToProjection, type FrameSize, type MapView } from './framing';
import { layoutLabels, type Box, type PlacedLabel } from './labelLayout';
import type { CountryFeature, World } from './world';
import type { Bounds } from '../widgets/map/schema';

export interface StaticPath {
  /** ISO numeric id, or null for unnamed land (Kosovo, N. Cyprus...). */
  id: string | null;
  /** Which world copy (0 = the one centred in the frame); keys React lists. */
  copy: number;
  d: string;
}

export interface StaticLabelPosition {
  id: string;
  x: number;
  y: number;
  /** The country's visible extent in frame pixels. */
  extent?: Box;
  /** The country lies beyond the frame: the label sits on the edge and points this way. */
  arrow?: EdgeArrow;
}

export type EdgeArrow = '←' | '→' | '↑' | '↓' | '↖' | '↗' | '↙' | '↘';

/** A label for a country beyond the frame reads toward it: "← Europe", "United States →". */
export function arrowLabel(text: string, arrow: EdgeArrow | undefined): string {
  if (!arrow) return text;
  return arrow === '←' || arrow === '↖' || arrow === '↙' ? `${arrow} ${text}` : `${text} ${arrow}`;
}

/** Lay out labels at projected anchors, small countries first (see labelLayout.ts). */
export function placeLabels(
  anchors: readonly StaticLabelPosition[],
  labels: readonly { id: string; text: string }[],
  areaOf: (id: string) => number | undefined,
  size: number,
  frame: FrameSize,
): PlacedLabel[] {
  const requests = anchors.flatMap((a) => {
    const label = labels.find((l) => l.id === a.id);
    if (!label) return [];
    // Edge labels go last: they can move along the edge, a country's own label cannot.
    const priority = a.arrow ? Number.MAX_SAFE_INTEGER : (areaOf(a.id) ?? 0);
    return [{ id: a.id, text: arrowLabel(label.text, a.arrow), x: a.x, y: a.y, priority, ...(a.extent ? { extent: a.extent } : {}) }];
  });
  return layoutLabels(requests, size, frame);
}

export interface StaticMapGeometry {
  view: MapView;
  paths: StaticPath[];
  /** Anchors of the requested ids that fall inside the frame, in frame pixels. */
  anchors: StaticLabelPosition[];
}

/** Geographic bounding box per feature (d3 geoBounds: west > east when it crosses ±180°). */
const bboxes = new WeakMap<CountryFeature, [[number, number], [number, number]]>();
const MARGIN_DEGREES = 1;

/**
 * Cheap pre-filter before projecting and clipping: skip features whose bounding box cannot
 * touch the frame. A zoomed 50m map then projects a handful of countries, not 240.
 */
function mayIntersect(f: CountryFeature, frame: Bounds): boolean {
  let box = bboxes.get(f);
  if (!box) {
    box = geoBounds(f) as [[number, number], [number, number]];
    bboxes.set(f, box);
  }
  const [[fw, fs], [fe0, fn]] = box;
  const [w, s, e, n] = frame;
  if (fn < s - MARGIN_DEGREES || fs > n + MARGIN_DEGREES) return false;
  if (e - w >= 360 - 2 * MARGIN_DEGREES) return true;
  const fe = fe0 < fw ? fe0 + 360 : fe0;
  if (fe - fw >= 360 - 2 * MARGIN_DEGREES) return true;
  for (let k = -2; k <= 2; k++) {
    if (fw + 360 * k <= e + MARGIN_DEGREES && fe + 360 * k >= w - MARGIN_DEGREES) return true;
  }
  return false;
}

/** Digits kept in path coordinates: 0.1 px at slide size is far below what prints. */
const PATH_DIGITS = 1;

/**
 * @param world geometry at the detail chosen for this frame
 * @param extra geometry to take highlighted countries from when `world` lacks them (small
 *              states exist only at 50m)
 */
export function staticMapGeometry(
  bounds: Bounds,
  size: FrameSize,
  world: World,
  highlighted: readonly string[],
  labelIds: readonly string[],
  extra?: World,
): StaticMapGeometry {
  const view = boundsToView(bounds, size);
  const params = viewToProjection(view, size);
  const worldWidth = 2 * Math.PI * params.scale;
  const spill = Math.max(0, size.width / 2 - worldWidth / 2);
  const copiesEachSide = Math.ceil(spill / worldWidth);
  const paths: StaticPath[] = [];
  const missing = extra ? highlighted.filter((id) => !world.byId.has(id)).map((id) => extra.byId.get(id)).filter((f) => f !== undefined) : [];
  const frame = viewToBounds(view, size);
  const features = [...world.features, ...missing].filter((f) => mayIntersect(f, frame));
  for (let copy = -copiesEachSide; copy <= copiesEachSide; copy++) {
    const projection = geoMercator()
      .rotate(params.rotate)
      .scale(params.scale)
      .translate([params.translate[0] + copy * worldWidth, params.translate[1]])
      .clipExtent([
        [0, 0],
        [size.width, size.height],
      ]);
    const path = geoPath(projection).digits(PATH_DIGITS);
    for (const f of features) {
      const d = path(f);
      if (d) paths.push({ id: f.properties.id, copy, d });
    }
  }
  const anchors = labelAnchors(view, size, labelIds, world, extra);
  return { view, paths, anchors };
}

function pixelExtent([[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Box | undefined {
  return [x0, y0, x1, y1].every(Number.isFinite) && x1 >= x0 && y1 >= y0 ? { x0, y0, x1, y1 } : undefined;
}

/** Below this share of the frame, a country's visible part is a sliver (Hawaii and the
 * Aleutians in an Indo-Pacific frame): a label there would float over open sea. */
const MIN_VISIBLE_SHARE = 0.005;

/** The point `p` (beyond the frame) pulled onto the frame's edge, and the arrow toward it. */
function edgeAnchor(p: [number, number], size: FrameSize): { x: number; y: number; arrow: EdgeArrow } {
  const h = p[0] < 0 ? -1 : p[0] > size.width ? 1 : 0;
  const v = p[1] < 0 ? -1 : p[1] > size.height ? 1 : 0;
  const arrows: Record<string, EdgeArrow> = { '-1,-1': '↖', '0,-1': '↑', '1,-1': '↗', '-1,0': '←', '1,0': '→', '-1,1': '↙', '0,1': '↓', '1,1': '↘' };
  return {
    x: Math.min(size.width, Math.max(0, p[0])),
    y: Math.min(size.height, Math.max(0, p[1])),
    arrow: arrows[`${h},${v}`] ?? '→',
  };
}

/**
 * Where each label goes, in frame pixels, for a camera: the country's anchor when it is in the
 * frame, else the centre of the country's visible part (China in a Taiwan Strait frame). A
 * country beyond the frame, or showing only a sliver of itself, is labelled on the frame's edge
 * with an arrow toward it (the United States on an Indo-Pacific map), so the reader learns
 * where it is instead of seeing its name over open sea. The live map calls this with its
 * current camera.
 */
export function labelAnchors(view: MapView, size: FrameSize, ids: readonly string[], world: World, extra?: World): StaticLabelPosition[] {
  const params = viewToProjection(view, size);
  const primary = geoMercator().rotate(params.rotate).scale(params.scale).translate(params.translate);
  const clipped = geoPath(
    geoMercator()
      .rotate(params.rotate)
      .scale(params.scale)
      .translate(params.translate)
      .clipExtent([
        [0, 0],
        [size.width, size.height],
      ]),
  );
  const inside = (x: number, y: number) => x >= 0 && x <= size.width && y >= 0 && y <= size.height;
  const out: StaticLabelPosition[] = [];
  for (const id of ids) {
    const a = world.anchors.get(id) ?? extra?.anchors.get(id);
    const p = a ? primary([nearestLongitude(a[0], view.center[0]), a[1]]) : null;
    const f = world.byId.get(id) ?? extra?.byId.get(id);
    const extent = f ? pixelExtent(clipped.bounds(f)) : undefined;
    if (p && inside(p[0], p[1])) {
      out.push({ id, x: p[0], y: p[1], ...(extent ? { extent } : {}) });
      continue;
    }
    if (f && clipped.area(f) >= size.width * size.height * MIN_VISIBLE_SHARE) {
      const [x, y] = clipped.centroid(f);
      if (Number.isFinite(x) && Number.isFinite(y) && inside(x, y)) {
        out.push({ id, x, y, ...(extent ? { extent } : {}) });
        continue;
      }
    }
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) out.push({ id, ...edgeAnchor([p[0], p[1]], size) });
  }
  return out;
}
