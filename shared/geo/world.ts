// World geometry from world-atlas TopoJSON: one GeoJSON feature per ISO numeric id (pieces
// with the same id merged, e.g. Australia + Ashmore and Cartier in 50m), a label anchor
// per country, and an unwrapped planar copy for MapLibre (see unwrap.ts).
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapGeometry } from './unwrap';

export interface CountryFeatureProps {
  /** ISO numeric id ("158"); null for pieces without one (Kosovo, N. Cyprus, Somaliland...). */
  id: string | null;
  /** world-atlas name, for diagnostics only: display names come from shared/countries. */
  atlasName: string;
}

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryFeatureProps>;

export interface World {
  /** Spherical features for d3-geo (world-atlas is built for it). */
  features: CountryFeature[];
  byId: Map<string, CountryFeature>;
  /** [lon, lat] label anchor per id. */
  anchors: Map<string, [number, number]>;
  /** Spherical area per id (steradians): small countries get their labels placed first. */
  areas: Map<string, number>;
}

/**
 * Hand-tuned anchors where the centroid of the largest polygon reads badly: small states
 * next to big neighbours, and countries whose mainland centroid sits off-centre.
 */
export const LABEL_ANCHORS: Record<string, [number, number]> = {
  '158': [121.0, 23.7], // Taiwan
  '410': [127.9, 36.4], // South Korea
  '408': [127.2, 40.2], // North Korea
  '392': [138.5, 36.8], // Japan (Honshu)
  '840': [-98.5, 39.5], // United States (contiguous states)
  '643': [97.0, 62.0], // Russia
  '124': [-102.0, 57.0], // Canada
  '250': [2.4, 46.6], // France (metropolitan)
  '528': [5.6, 52.2], // Netherlands
  '702': [103.8, 1.35], // Singapore
  '608': [122.0, 12.5], // Philippines
  '360': [113.0, -1.5], // Indonesia
  '554': [172.5, -41.5], // New Zealand
  '036': [134.0, -25.5], // Australia
};

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Spherical area of one polygon; d3 reads a wrongly wound ring as "everything but", so
 * areas over a hemisphere are folded back. */
function polygonArea(poly: Position[][]): number {
  const area = geoArea({ type: 'Polygon', coordinates: poly });
  return area > 2 * Math.PI ? 4 * Math.PI - area : area;
}

/** Centroid of the largest polygon (by spherical area) of a country. */
export function largestPolygonCentroid(g: Polygon | MultiPolygon): [number, number] {
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const poly of polygonsOf(g)) {
    const a = polygonArea(poly);
    if (a > bestArea) {
      bestArea = a;
      best = poly;
    }
  }
  const c = geoCentroid({ type: 'Polygon', coordinates: best ?? [] });
  return [c[0], c[1]];
}

function merge(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: [...polygonsOf(a), ...polygonsOf(b)] };
}

/** Build the world from a world-atlas countries topology (countries-110m / -50m). */
export function buildWorld(topology: Topology): World {
  const collection = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const fc = feature(topology, collection) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>;
  const features: CountryFeature[] = [];
  const byId = new Map<string, CountryFeature>();
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const id = typeof f.id === 'string' ? f.id : typeof f.id === 'number' ? String(f.id).padStart(3, '0') : null;
    const existing = id ? byId.get(id) : undefined;
    if (existing) {
      existing.geometry = merge(existing.geometry, f.geometry);
      continue;
    }
    const cf: CountryFeature = {
      type: 'Feature',
      id: id ?? undefined,
      properties: { id, atlasName: f.properties?.name ?? '' },
      geometry: f.geometry,
    };
    features.push(cf);
    if (id) byId.set(id, cf);
  }
  const anchors = new Map<string, [number, number]>();
  const areas = new Map<string, number>();
  for (const [id, f] of byId) {
    anchors.set(id, LABEL_ANCHORS[id] ?? largestPolygonCentroid(f.geometry));
    areas.set(id, polygonsOf(f.geometry).reduce((sum, poly) => sum + polygonArea(poly), 0));
  }
  return { features, byId, anchors, areas };
}

/** Unwrapped planar copy for MapLibre; `properties.id` keys the colour expressions. */
export function planarCollection(world: World): FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: world.features.map((f) => ({
      type: 'Feature',
      properties: f.properties,
      geometry: unwrapGeometry(f.geometry) as Polygon | MultiPolygon,
    })),
  };
}
