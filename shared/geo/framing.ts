// Map framing maths (DESIGN.md §3 "Maps"): the stored view is geographic bounds; these pure
// functions turn bounds into a MapLibre camera (center, zoom) and into d3-geo geoMercator
// parameters for the same pixel size, so the live and the static map frame identically.
// Web Mercator in MapLibre's convention: x, y in 0..1 across the world, y = 0 at the top,
// world size in pixels = TILE_SIZE * 2^zoom.
import type { Bounds } from '../widgets/map/schema';

export const TILE_SIZE = 512;
/** Web Mercator's latitude limit: the world is a square between these. */
export const MAX_LATITUDE = 85.0511287798066;

export interface MapView {
  /** [longitude, latitude]; longitude may lie outside -180..180 for Pacific frames. */
  center: [number, number];
  zoom: number;
}

export interface FrameSize {
  width: number;
  height: number;
}

/** geoMercator().rotate(rotate).scale(scale).translate(translate) frames like MapLibre. */
export interface MercatorProjectionParams {
  rotate: [number, number, number];
  scale: number;
  translate: [number, number];
}

const clampLat = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));

export function mercatorX(lon: number): number {
  return (180 + lon) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (clampLat(lat) * Math.PI) / 180;
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))) / 360;
}

export function latFromMercatorY(y: number): number {
  return (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
}

export function worldSize(zoom: number): number {
  return TILE_SIZE * 2 ** zoom;
}

/**
 * Keep the world covering the frame vertically, as MapLibre's default transform constraint
 * does: zoom in until the world is at least as tall as the frame, and slide the center so
 * nothing beyond ±85.05° shows. Both renderers apply this, so they agree at every size.
 */
export function constrainView(view: MapView, size: FrameSize): MapView {
  let zoom = view.zoom;
  let ws = worldSize(zoom);
  if (ws < size.height) {
    zoom = Math.log2(size.height / TILE_SIZE);
    ws = size.height;
  }
  const y = mercatorY(view.center[1]) * ws;
  const h2 = size.height / 2;
  // Return the input untouched when nothing needs to move: MapLibre calls this every frame
  // and a float round trip through mercatorY would look like motion.
  if (y - h2 >= 0 && y + h2 <= ws) return zoom === view.zoom ? view : { center: view.center, zoom };
  const clamped = y - h2 < 0 ? h2 : ws - h2;
  return { center: [view.center[0], latFromMercatorY(clamped / ws)], zoom };
}

/** The camera that shows all of `bounds` in a frame of `size` (letterboxed, like fitBounds). */
export function boundsToView(bounds: Bounds, size: FrameSize): MapView {
  const [w, s, e, n] = bounds;
  const dx = (e - w) / 360;
  const yTop = mercatorY(n);
  const yBottom = mercatorY(s);
  const dy = yBottom - yTop;
  const ws = Math.min(size.width / dx, size.height / dy);
  const view: MapView = { center: [(w + e) / 2, latFromMercatorY((yTop + yBottom) / 2)], zoom: Math.log2(ws / TILE_SIZE) };
  return constrainView(view, size);
}

/**
 * Shift a frame by whole turns so its west edge lies in -180..180: the same frame, one
 * spelling (a Pacific frame is [120, -10, 250, 40], never [-240, -10, -110, 40]).
 */
export function normalizeBounds(bounds: Bounds): Bounds {
  const [w, s, e, n] = bounds;
  const turns = Math.floor((w + 180) / 360);
  return [w - turns * 360, s, e - turns * 360, n];
}

/** What a camera shows in a frame of `size`. Frames wider than the world keep 360°. */
export function viewToBounds(view: MapView, size: FrameSize): Bounds {
  const ws = worldSize(view.zoom);
  const [lon, lat] = view.center;
  const halfLon = Math.min(180, ((size.width / 2) * 360) / ws);
  const cy = mercatorY(lat) * ws;
  const north = clampLat(latFromMercatorY((cy - size.height / 2) / ws));
  const south = clampLat(latFromMercatorY((cy + size.height / 2) / ws));
  return normalizeBounds([lon - halfLon, south, lon + halfLon, north]);
}

/** d3-geo geoMercator parameters for a camera: same center, same scale, same pixel size. */
export function viewToProjection(view: MapView, size: FrameSize): MercatorProjectionParams {
  const k = worldSize(view.zoom) / (2 * Math.PI);
  const [lon, lat] = view.center;
  const phi = (clampLat(lat) * Math.PI) / 180;
  return {
    rotate: [-lon, 0, 0],
    scale: k,
    translate: [size.width / 2, size.height / 2 + k * Math.log(Math.tan(Math.PI / 4 + phi / 2))],
  };
}

export function boundsToProjection(bounds: Bounds, size: FrameSize): MercatorProjectionParams {
  return viewToProjection(boundsToView(bounds, size), size);
}

/** Degrees of longitude a camera shows across the frame (may exceed 360 when zoomed out). */
export function visibleLongitudeSpan(view: MapView, size: FrameSize): number {
  return (size.width * 360) / worldSize(view.zoom);
}

/** Geometry detail for a frame: 110m for world and regional frames, 50m when zoomed in. */
export type GeometryDetail = '110m' | '50m';
export const DETAIL_50M_BELOW_DEGREES = 40;

export function detailForView(view: MapView, size: FrameSize): GeometryDetail {
  return visibleLongitudeSpan(view, size) < DETAIL_50M_BELOW_DEGREES ? '50m' : '110m';
}

/** Move a longitude by whole turns to the copy nearest `reference` (labels in Pacific frames). */
export function nearestLongitude(lon: number, reference: number): number {
  return lon + 360 * Math.round((reference - lon) / 360);
}
