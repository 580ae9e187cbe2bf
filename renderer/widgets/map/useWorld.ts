// React access to the lazily loaded world geometry: undefined until loaded, then the World.
import { useEffect, useState } from 'react';
import type { GeometryDetail } from '../../../shared/geo/framing';
import type { World } from '../../../shared/geo/world';
import { loadWorld, peekWorld } from './geometry';

export interface WorldState {
  world: World | undefined;
  /** Set when the geometry could not be loaded (a broken build, not a user error). */
  error: string | null;
}

export function useWorld(detail: GeometryDetail | null): WorldState {
  const [, setTick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const world = detail ? peekWorld(detail) : undefined;
  useEffect(() => {
    if (!detail || world) return undefined;
    let alive = true;
    loadWorld(detail).then(
      () => alive && setTick((t) => t + 1),
      (e: unknown) => {
        console.error(`map geometry ${detail} failed to load`, e);
        if (alive) setError(`The ${detail} map geometry could not be loaded.`);
      },
    );
    return () => {
      alive = false;
    };
  }, [detail, world]);
  return { world, error };
}
