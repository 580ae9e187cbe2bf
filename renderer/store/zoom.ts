// Canvas zoom as people read it: 100% is the slide as large as its printed page (13.333 in
// wide at 96 px per inch = 1280 CSS px), "Fit" is whatever fits the pane. Ctrl+= and Ctrl+-
// step through the presets from wherever the canvas is, Fit included.

/** CSS px width of the slide at 100%. */
export const ACTUAL_WIDTH = 1280;
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 4;

export type Zoom = 'fit' | number;

/** The scale drawn: 1 = ACTUAL_WIDTH. */
export function scaleOf(zoom: Zoom, fitScale: number): number {
  return zoom === 'fit' ? fitScale : zoom;
}

export function clampZoom(scale: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale));
}

/** The next preset above the current scale (a scale within 1% of a preset counts as it). */
export function zoomIn(zoom: Zoom, fitScale: number): number {
  const s = scaleOf(zoom, fitScale);
  return ZOOM_STEPS.find((z) => z > s * 1.01) ?? MAX_ZOOM;
}

export function zoomOut(zoom: Zoom, fitScale: number): number {
  const s = scaleOf(zoom, fitScale);
  return [...ZOOM_STEPS].reverse().find((z) => z < s * 0.99) ?? MIN_ZOOM;
}

export function percentLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
