// The static (no WebGL) map as data: SVG path strings per country and label positions, from
// the same Web Mercator framing as the live map (framing.ts). d3-geo works on the sphere and
// cuts polygons at the frame's antimeridian, so Pacific-centred frames never smear; frames
// wider than the world repeat it, as MapLibre's world copies do. Everything is clipped to
// the frame (clipExtent) so off-frame coastline never reaches the PDF.
import { geoMercator, geoPath } from 'd3-geo';
import { boundsToView, nearestLongitude, viewToProjection, type FrameSize, type MapView } from './framing';
import type { World } from './world';
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
}

export interface StaticMapGeometry {
  view: MapView;
  paths: StaticPath[];
  /** Anchors of the requested ids that fall inside the frame, in frame pixels. */
  anchors: StaticLabelPosition[];
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
  const features = [...world.features, ...missing];
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
  const primary = geoMercator().rotate(params.rotate).scale(params.scale).translate(params.translate);
  const anchors: StaticLabelPosition[] = [];
  for (const id of labelIds) {
    const a = world.anchors.get(id) ?? extra?.anchors.get(id);
    if (!a) continue;
    const p = primary([nearestLongitude(a[0], view.center[0]), a[1]]);
    if (!p) continue;
    const [x, y] = p;
    if (x >= 0 && x <= size.width && y >= 0 && y <= size.height) anchors.push({ id, x, y });
  }
  return { view, paths, anchors };
}
