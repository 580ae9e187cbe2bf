// Lazy, cached world geometry. The TopoJSON files load on first use (dynamic import: the
// 50m file is ~750 kB, so slides without maps never pay for it) and are converted once.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { GeometryDetail } from '../../../shared/geo/framing';
import { buildWorld, planarCollection, type CountryFeatureProps, type World } from '../../../shared/geo/world';

const loaders: Record<GeometryDetail, () => Promise<{ default: unknown }>> = {
  '110m': () => import('world-atlas/countries-110m.json'),
  '50m': () => import('world-atlas/countries-50m.json'),
};

// Module caches, safe to share: the bundled world geometry per detail never changes.
const worlds = new Map<GeometryDetail, World>();
// The one load per detail under way (module cache, as above).
const pending = new Map<GeometryDetail, Promise<World>>();
// The same geometry projected flat, derived from it alone (module cache, as above).
const planar = new Map<GeometryDetail, FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps>>();

/** The world at `detail` if it has already loaded (lets thumbnails draw synchronously). */
export function peekWorld(detail: GeometryDetail): World | undefined {
  return worlds.get(detail);
}

export function loadWorld(detail: GeometryDetail): Promise<World> {
  const done = worlds.get(detail);
  if (done) return Promise.resolve(done);
  let p = pending.get(detail);
  if (!p) {
    p = loaders[detail]().then((mod) => {
      const world = buildWorld(mod.default as Topology);
      worlds.set(detail, world);
      return world;
    });
    p.catch(() => pending.delete(detail));
    pending.set(detail, p);
  }
  return p;
}

/** Unwrapped GeoJSON for MapLibre, built once per detail. */
export async function loadPlanar(detail: GeometryDetail): Promise<FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps>> {
  const cached = planar.get(detail);
  if (cached) return cached;
  const fc = planarCollection(await loadWorld(detail));
  planar.set(detail, fc);
  return fc;
}
