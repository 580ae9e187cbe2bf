import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import t110 from 'world-atlas/countries-110m.json';
import t50 from 'world-atlas/countries-50m.json';
import { maxLongitudeStep, signedArea, unwrapGeometry, unwrapRing } from '../../../shared/geo/unwrap';
import { buildWorld, planarCollection } from '../../../shared/geo/world';

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous', () => {
    const ring = [
      [179, 60],
      [-179, 61],
      [-178, 62],
      [179.5, 62],
      [179, 60],
    ];
    const out = unwrapRing(ring);
    expect(out.map((p) => p[0])).toEqual([179, 181, 182, 179.5, 179]);
  });

  it('closes a ring that circles the south pole through the pole', () => {
    const ring = [
      [-180, -70],
      [-60, -65],
      [60, -68],
      [180, -70],
      [-180, -70],
    ];
    const out = unwrapRing(ring);
    expect(out.slice(-3)).toEqual([
      [180, -90],
      [-180, -90],
      [-180, -70],
    ]);
  });

  it('leaves ordinary rings alone', () => {
    const ring = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });
});

describe.each([
  ['110m', t110],
  ['50m', t50],
])('world-atlas %s planar geometry', (_name, topology) => {
  const world = buildWorld(topology as unknown as Topology);
  const planar = planarCollection(world);

  it('has no consecutive points more than 180° apart (no streaks)', () => {
    for (const f of planar.features) {
      expect({ id: f.properties.id, step: maxLongitudeStep(f.geometry) < 180 }).toEqual({ id: f.properties.id, step: true });
    }
  });

  it('raw world-atlas really has the jumps this fixes (Russia, Fiji, Antarctica)', () => {
    for (const id of ['643', '242', '010']) expect(maxLongitudeStep(world.byId.get(id)!.geometry)).toBeGreaterThan(180);
  });

  it('keeps Russia east of the antimeridian continuous (Chukotka past 180°)', () => {
    const russia = planar.features.find((f) => f.properties.id === '643')!;
    const lons = (russia.geometry.type === 'MultiPolygon' ? russia.geometry.coordinates.flat(2) : russia.geometry.coordinates.flat()).map((p) => p[0]!);
    expect(Math.max(...lons)).toBeGreaterThan(185);
  });

  it('closes Antarctica through the pole, wound as an outer ring', () => {
    const ant = unwrapGeometry(world.byId.get('010')!.geometry);
    const polys = ant.type === 'MultiPolygon' ? ant.coordinates : ant.type === 'Polygon' ? [ant.coordinates] : [];
    const mainland = polys.find((p) => p[0]!.some((q) => q[1] === -90))!;
    expect(mainland).toBeDefined();
    const lons = mainland[0]!.map((p) => p[0]!);
    expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(360, 0);
    expect(signedArea(mainland[0]!)).toBeGreaterThan(0);
  });

  it('winds every outer ring counter-clockwise and every hole clockwise', () => {
    for (const f of planar.features) {
      const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
      for (const poly of polys) poly.forEach((ring, i) => expect(signedArea(ring) > 0).toBe(i === 0));
    }
  });

  it('merges pieces that share an id and keeps Taiwan separate from China', () => {
    expect(new Set(world.features.map((f) => f.properties.id).filter(Boolean)).size).toBe(world.byId.size);
    expect(world.byId.has('158')).toBe(true);
    expect(world.byId.has('156')).toBe(true);
    expect(world.anchors.get('158')).toEqual([121.0, 23.7]);
  });
});
