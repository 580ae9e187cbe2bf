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
    return label ? [{ id: a.id, text: label.text, x: a.x, y: a.y, priority: areaOf(a.id) ?? 0, ...(a.extent ? { extent: a.extent } : {}) }] : [];
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

/**
 * Where each label goes, in frame pixels, for a camera: the country's anchor when it is in the
 * frame, else the centre of the country's visible part (China in a Taiwan Strait frame).
 * Countries not visible get no label. The live map calls this with its current camera.
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
    if (!f || clipped.area(f) < 1) continue;
    const [x, y] = clipped.centroid(f);
    if (Number.isFinite(x) && Number.isFinite(y) && inside(x, y)) out.push({ id, x, y, ...(extent ? { extent } : {}) });
  }
  return out;
}
