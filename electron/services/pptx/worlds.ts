// World geometry for the PowerPoint export in Node: the same world-atlas TopoJSON the renderer
// loads, built with shared/geo's buildWorld once per detail and kept for the process. The 50m
// file takes ~0.6 s to load, so it is loaded only when a map asks for it (see MissingWorld).
import type { Topology } from 'topojson-specification';
import type { GeometryDetail } from '../../../shared/geo/framing';
import { buildWorld, type World } from '../../../shared/geo/world';

const worlds = new Map<GeometryDetail, World>();

/** Thrown by worldAt for a detail not loaded yet: the caller loads it and plans again. */
export class MissingWorld extends Error {
  constructor(readonly detail: GeometryDetail) {
    super(`world geometry ${detail} is not loaded`);
  }
}

export async function loadWorld(detail: GeometryDetail): Promise<void> {
  if (worlds.has(detail)) return;
  const mod = detail === '110m'
    ? await import('world-atlas/countries-110m.json', { with: { type: 'json' } })
    : await import('world-atlas/countries-50m.json', { with: { type: 'json' } });
  worlds.set(detail, buildWorld(mod.default as unknown as Topology));
}

/** The loaded world at `detail`; throws MissingWorld when it is not loaded yet. */
export function worldAt(detail: GeometryDetail): World {
  const world = worlds.get(detail);
  if (!world) throw new MissingWorld(detail);
  return world;
}
