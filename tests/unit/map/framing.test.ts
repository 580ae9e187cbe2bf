import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  MAX_LATITUDE,
  boundsToProjection,
  boundsToView,
  constrainView,
  detailForView,
  mercatorX,
  mercatorY,
  normalizeBounds,
  viewToBounds,
  viewToProjection,
  worldSize,
  type FrameSize,
  type MapView,
} from '../../../shared/geo/framing';
import { BoundsSchema, MAP_PRESETS, type Bounds } from '../../../shared/widgets/map/schema';

const SIZES: FrameSize[] = [
  { width: 1728, height: 806 }, // full-width map slot
  { width: 840, height: 760 }, // half slot
  { width: 400, height: 900 }, // tall
  { width: 192, height: 108 }, // thumbnail-sized
];

const FRAMES: Bounds[] = [...Object.values(MAP_PRESETS).map((p) => [...p.bounds] as Bounds), [-20, 30, 40, 60], [150, -50, 200, -30], [-179, -10, -100, 20]];

const close = (a: number, b: number, eps = 1e-7) => Math.abs(a - b) < eps;

describe('bounds -> MapLibre view -> bounds', () => {
  for (const size of SIZES) {
    for (const b of FRAMES) {
      it(`${JSON.stringify(b)} in ${size.width}x${size.height} shows all of it and fits one dimension exactly`, () => {
        const view = boundsToView(b, size);
        const back = viewToBounds(view, size);
        const [w, s, e, n] = b;
        const [w2, s2, e2, n2] = back;
        // Same longitudes after normalising both (the frame may be spelled ±360 apart).
        const shift = Math.round((w - w2) / 360) * 360;
        const covers = w2 + shift <= w + 1e-6 && e2 + shift >= e - 1e-6 && s2 <= s + 1e-6 && n2 >= n - 1e-6;
        const constrained = view.zoom > Math.log2(Math.min(size.width / ((e - w) / 360), size.height / (mercatorY(s) - mercatorY(n))) / 512) + 1e-9;
        // Unless the map had to zoom in to fill the frame vertically (MapLibre's rule), all
        // of the stored frame is visible...
        if (!constrained) expect(covers).toBe(true);
        // ...and it touches the frame in the binding dimension.
        const fitsWidth = close(e2 - w2, Math.min(360, e - w), 1e-6);
        const fitsHeight = close(mercatorY(s2) - mercatorY(n2), size.height / worldSize(view.zoom), 1e-9);
        expect(fitsWidth || fitsHeight || constrained).toBe(true);
        expect(BoundsSchema.safeParse(back).success).toBe(true);
      });
    }
  }
});

describe('MapLibre view -> bounds -> view is exact', () => {
  const views: MapView[] = [
    { center: [135, 10], zoom: 1.7 },
    { center: [170, 20], zoom: 1.2 }, // Pacific-centred world
    { center: [190, 5], zoom: 2.5 }, // center past the antimeridian
    { center: [-150, -20], zoom: 3 },
    { center: [121, 24], zoom: 6.3 },
    { center: [10, 50], zoom: 0.5 },
  ];
  for (const size of SIZES) {
    for (const v0 of views) {
      it(`${JSON.stringify(v0)} at ${size.width}x${size.height}`, () => {
        const v = constrainView(v0, size);
        const back = boundsToView(viewToBounds(v, size), size);
        expect(back.zoom).toBeCloseTo(v.zoom, 9);
        expect(back.center[1]).toBeCloseTo(v.center[1], 7);
        const dLon = ((back.center[0] - v.center[0]) % 360 + 540) % 360 - 180;
        expect(dLon).toBeCloseTo(0, 7);
      });
    }
  }
});

describe('d3 geoMercator frames exactly like MapLibre', () => {
  // MapLibre places a point at  frame center + (mercator(point) - mercator(center)) * worldSize.
  function maplibrePixel(view: MapView, size: FrameSize, lon: number, lat: number): [number, number] {
    const ws = worldSize(view.zoom);
    let dx = mercatorX(lon) - mercatorX(view.center[0]);
    dx -= Math.round(dx); // nearest world copy
    return [size.width / 2 + dx * ws, size.height / 2 + (mercatorY(lat) - mercatorY(view.center[1])) * ws];
  }
  const points: [number, number][] = [
    [121.5, 25.0], // Taipei
    [139.7, 35.7], // Tokyo
    [149.1, -35.3], // Canberra
    [-77.0, 38.9], // Washington
    [-170, 60],
    [179.9, -17],
  ];
  for (const size of SIZES) {
    for (const b of FRAMES) {
      it(`${JSON.stringify(b)} at ${size.width}x${size.height}`, () => {
        const view = boundsToView(b, size);
        const p = boundsToProjection(b, size);
        const projection = geoMercator().rotate(p.rotate).scale(p.scale).translate(p.translate);
        for (const [lon, lat] of points) {
          const [x, y] = projection([lon, lat])!;
          const [mx, my] = maplibrePixel(view, size, lon, lat);
          // Points exactly half a world away may land on either edge; skip that seam.
          if (Math.abs(Math.abs(mx - size.width / 2) - worldSize(view.zoom) / 2) < 1) continue;
          expect(x).toBeCloseTo(mx, 6);
          expect(y).toBeCloseTo(my, 6);
        }
      });
    }
  }

  it('puts the frame centre in the middle of the SVG', () => {
    const size = { width: 1000, height: 500 };
    const view: MapView = { center: [190, 10], zoom: 2 };
    const p = viewToProjection(view, size);
    const [x, y] = geoMercator().rotate(p.rotate).scale(p.scale).translate(p.translate)([190, 10])!;
    expect(x).toBeCloseTo(500, 9);
    expect(y).toBeCloseTo(250, 9);
  });
});

describe('constraint, normalisation and detail', () => {
  it('never shows beyond the Mercator square vertically (zooms in like MapLibre)', () => {
    const size = { width: 2000, height: 1000 };
    const v = constrainView({ center: [0, 0], zoom: 0 }, size); // world 512 px tall < 1000
    expect(worldSize(v.zoom)).toBeCloseTo(1000, 9);
    const top = constrainView({ center: [0, 84], zoom: 3 }, size);
    expect(mercatorY(top.center[1]) * worldSize(3) - 500).toBeCloseTo(0, 6);
    expect(viewToBounds(v, size)[3]).toBeCloseTo(MAX_LATITUDE, 6);
  });

  it('spells a frame with its west edge in -180..180', () => {
    expect(normalizeBounds([-240, -10, -110, 40])).toEqual([120, -10, 250, 40]);
    expect(normalizeBounds([190, 0, 200, 10])).toEqual([-170, 0, -160, 10]);
    expect(normalizeBounds([60, -48, 190, 55])).toEqual([60, -48, 190, 55]);
  });

  it('keeps frames wider than the world at 360 degrees', () => {
    const size = { width: 3000, height: 600 };
    const b = viewToBounds(boundsToView([...MAP_PRESETS.world.bounds], size), size);
    expect(b[2] - b[0]).toBe(360);
    expect(BoundsSchema.safeParse(b).success).toBe(true);
  });

  it('picks 110m for world and regional frames, 50m when zoomed in', () => {
    const size = { width: 1728, height: 806 };
    const d = (b: readonly number[]) => detailForView(boundsToView([...b] as Bounds, size), size);
    expect(d(MAP_PRESETS.world.bounds)).toBe('110m');
    expect(d(MAP_PRESETS.indoPacific.bounds)).toBe('110m');
    expect(d(MAP_PRESETS.eastAsia.bounds)).toBe('110m');
    expect(d(MAP_PRESETS.taiwanStrait.bounds)).toBe('50m');
    expect(d(MAP_PRESETS.koreanPeninsula.bounds)).toBe('50m');
  });

  it('every preset is valid bounds', () => {
    for (const p of Object.values(MAP_PRESETS)) expect(BoundsSchema.safeParse([...p.bounds]).success).toBe(true);
  });
});
