// World geometry for the PowerPoint export in Node: the same world-atlas TopoJSON the renderer
// loads, built once per detail with shared/geo's buildWorld and kept for the process.
import type { Topology } from 'topojson-specification';
import type { GeometryDetail } from '../../../shared/geo/framing';
import { buildWorld, type World } from '../../../shared/geo/world';

const worlds = new Map<GeometryDetail, World>();

async function loadTopology(detail: GeometryDetail): Promise<Topology> {
  const mod = detail === '110m'
    ? await import('world-atlas/countries-110m.json', { with: { type: 'json' } })
    : await import('world-atlas/countries-50m.json', { with: { type: 'json' } });
  return mod.default as unknown as Topology;
}

/** Both details loaded, so the (synchronous, pure) exporters can ask for either. */
export async function loadWorlds(): Promise<(detail: GeometryDetail) => World> {
  for (const detail of ['110m', '50m'] as const) {
    if (!worlds.has(detail)) worlds.set(detail, buildWorld(await loadTopology(detail)));
  }
  return (detail) => worlds.get(detail) as World;
}
