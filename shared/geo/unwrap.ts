// Antimeridian unwrapping for planar renderers (MapLibre draws lon/lat as a plane). world-atlas
// rings that cross ±180° (Russia, Fiji) jump by ~360° between consecutive points and draw as
// horizontal streaks; Antarctica circles the pole. We make longitudes continuous (Chukotka
// becomes ~190° instead of -170°) and close pole-circling rings through the pole. MapLibre
// then draws the parts beyond 180° in the neighbouring world copy, so Pacific frames
// (east > 180) show whole polygons. d3-geo needs none of this: it works on the sphere.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Rings whose consecutive points differ by more than this many degrees are wrapped. */
export const JUMP_DEGREES = 180;

/** Make a ring's longitudes continuous; close rings that circle a pole through that pole. */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  let prev: number | undefined;
  for (const p of ring) {
    let lon = (p[0] ?? 0) + offset;
    const lat = p[1] ?? 0;
    if (prev !== undefined) {
      while (lon - prev > JUMP_DEGREES) {
        lon -= 360;
        offset -= 360;
      }
      while (lon - prev < -JUMP_DEGREES) {
        lon += 360;
        offset += 360;
      }
    }
    out.push([lon, lat]);
    prev = lon;
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > JUMP_DEGREES) {
    // The ring went once around the globe: it encloses a pole. Walk down to it and back.
    const meanLat = out.reduce((sum, p) => sum + (p[1] ?? 0), 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], [first[0] ?? 0, first[1] ?? 0]);
  }
  return out;
}

/** Twice the signed planar area of a ring (positive = counter-clockwise with y up). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] ?? [0, 0];
    const b = ring[i] ?? [0, 0];
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum;
}

function wound(ring: Position[], counterClockwise: boolean): Position[] {
  return signedArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

const atPole = (ring: Position[]) => ring.every((p) => Math.abs(p[1] ?? 0) > 89.9);

/**
 * Planar polygons for one spherical polygon: rings unwrapped, shifted by whole turns so the
 * outer ring starts within -180..180, wound the GeoJSON way (outer counter-clockwise, holes
 * clockwise: MapLibre reads a feature's rings by winding). world-atlas 50m draws Antarctica
 * as a ring along the pole with the coast as its hole; on the plane the coast is the outer
 * ring, so a degenerate pole ring is dropped and its holes become polygons of their own.
 */
function unwrapPolygon(rings: Position[][]): Position[][][] {
  const unwrapped = rings.map(unwrapRing);
  const [outer, ...rest] = unwrapped;
  // Zero-area rings (110m has a one-point piece of North Korea) fill nothing: drop them.
  const holes = rest.filter((r) => signedArea(r) !== 0);
  if (!outer) return [];
  if (atPole(outer)) return holes.map((h) => [wound(shiftToStart(h), true)]);
  if (signedArea(outer) === 0) return [];
  const groups = [[outer, ...holes]];
  return groups.map((group) => {
    const turns = Math.round((group[0]?.[0]?.[0] ?? 0) / 360);
    return group.map((ring, i) => wound(shiftBy(ring, -turns * 360), i === 0));
  });
}

function shiftBy(ring: Position[], dLon: number): Position[] {
  return dLon === 0 ? ring : ring.map(([lon, lat]) => [(lon ?? 0) + dLon, lat ?? 0]);
}

function shiftToStart(ring: Position[]): Position[] {
  return shiftBy(ring, -360 * Math.round((ring[0]?.[0] ?? 0) / 360));
}

/** Unwrapped copy of a (Multi)Polygon geometry; other geometry types pass through. */
export function unwrapGeometry(geometry: Geometry): Geometry {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const planar = polys.flatMap(unwrapPolygon);
  if (planar.length === 1 && planar[0]) return { type: 'Polygon', coordinates: planar[0] } satisfies Polygon;
  return { type: 'MultiPolygon', coordinates: planar } satisfies MultiPolygon;
}

/** The largest longitude step between consecutive points of any ring, ignoring steps along a
 * pole (where a whole-turn step is a closing edge, not a streak). For tests and diagnostics. */
export function maxLongitudeStep(geometry: Geometry): number {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let max = 0;
  for (const poly of polys)
    for (const ring of poly)
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] ?? [0, 0];
        const b = ring[i] ?? [0, 0];
        const alongPole = Math.abs(a[1] ?? 0) > 89.9 && Math.abs(b[1] ?? 0) > 89.9;
        if (!alongPole) max = Math.max(max, Math.abs((b[0] ?? 0) - (a[0] ?? 0)));
      }
  return max;
}
