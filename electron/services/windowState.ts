// Where the editor window opens: last run's size, position, maximised flag and display,
// clamped to a display that still exists (a laptop undocked from its monitor must not open
// the window off screen). Pure: the caller passes Electron's screen.getAllDisplays().
import { z } from 'zod';

export const RectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Rect = z.infer<typeof RectSchema>;

export const WindowStateSchema = z.object({
  // Normal (not maximised) bounds in screen coordinates, so un-maximising restores them.
  bounds: RectSchema,
  // Reopen maximised if it was.
  maximized: z.boolean(),
  // The display it was on (Electron's display id), to prefer the same screen next time.
  displayId: z.number().nullable(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface DisplayArea {
  id: number;
  /** The display's area minus taskbars and docks. */
  workArea: Rect;
}

export interface WindowLimits {
  defaultSize: { width: number; height: number };
  minSize: { width: number; height: number };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clampInto(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centred(area: Rect, width: number, height: number): Rect {
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The bounds to open the window with. Keeps the saved display when it still exists, else the
 * display the saved bounds overlap most, else the primary; fits the size into its work area
 * (never below the minimum unless the screen itself is smaller) and moves it fully on screen.
 */
export function restoreWindowState(
  saved: WindowState | null,
  displays: readonly DisplayArea[],
  primaryId: number,
  limits: WindowLimits,
): { bounds: Rect; maximized: boolean; displayId: number | null } {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) {
    // No display information at all (headless): Electron's defaults with our size.
    return { bounds: { x: 0, y: 0, ...limits.defaultSize }, maximized: false, displayId: null };
  }
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.min(Math.max(width, limits.minSize.width), area.width),
    height: Math.min(Math.max(height, limits.minSize.height), area.height),
  });
  if (saved === null) {
    const size = fit(primary.workArea, limits.defaultSize.width, limits.defaultSize.height);
    return { bounds: centred(primary.workArea, size.width, size.height), maximized: false, displayId: primary.id };
  }

  const sameDisplay = displays.find((d) => d.id === saved.displayId);
  const byOverlap = [...displays].sort((a, b) => overlap(saved.bounds, b.workArea) - overlap(saved.bounds, a.workArea))[0];
  const target = sameDisplay ?? (byOverlap && overlap(saved.bounds, byOverlap.workArea) > 0 ? byOverlap : primary);
  const area = target.workArea;
  const size = fit(area, saved.bounds.width, saved.bounds.height);
  const visible = overlap(saved.bounds, area) > 0;
  const bounds = visible
    ? {
        x: clampInto(saved.bounds.x, area.x, area.x + area.width - size.width),
        y: clampInto(saved.bounds.y, area.y, area.y + area.height - size.height),
        ...size,
      }
    : centred(area, size.width, size.height);
  return { bounds, maximized: saved.maximized, displayId: target.id };
}
