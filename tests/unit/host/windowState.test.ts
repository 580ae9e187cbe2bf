// Window-state restore: the window always opens fully on a display that exists.
import { describe, expect, it } from 'vitest';
import { restoreWindowState, type DisplayArea, type Rect, type WindowState } from '../../../electron/services/windowState';

const limits = { defaultSize: { width: 1440, height: 900 }, minSize: { width: 960, height: 600 } };
const laptop: DisplayArea = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const monitor: DisplayArea = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small: DisplayArea = { id: 3, workArea: { x: 0, y: 0, width: 800, height: 560 } };

const saved = (bounds: Rect, displayId: number | null, maximized = false): WindowState => ({ bounds, displayId, maximized });
const inside = (r: Rect, a: Rect) => r.x >= a.x && r.y >= a.y && r.x + r.width <= a.x + a.width && r.y + r.height <= a.y + a.height;

describe('restoreWindowState', () => {
  it('first start: default size centred on the primary display', () => {
    expect(restoreWindowState(null, [laptop, monitor], 1, limits)).toEqual({
      bounds: { x: 240, y: 70, width: 1440, height: 900 },
      maximized: false,
      displayId: 1,
    });
  });

  it('keeps a window that still fits where it was, maximised flag included', () => {
    const s = saved({ x: 2100, y: 100, width: 1600, height: 1000 }, 2, true);
    expect(restoreWindowState(s, [laptop, monitor], 1, limits)).toEqual({ bounds: s.bounds, maximized: true, displayId: 2 });
  });

  it('monitor unplugged: moves the window onto the primary display and shrinks it to fit', () => {
    const s = saved({ x: 2100, y: 100, width: 2400, height: 1300 }, 2);
    const r = restoreWindowState(s, [laptop], 1, limits);
    expect(r.displayId).toBe(1);
    expect(r.bounds.width).toBe(1920);
    expect(r.bounds.height).toBe(1040);
    expect(inside(r.bounds, laptop.workArea)).toBe(true);
  });

  it('pulls a window hanging off the edge fully back on screen', () => {
    const r = restoreWindowState(saved({ x: 1500, y: -200, width: 1000, height: 700 }, 1), [laptop], 1, limits);
    expect(r.bounds).toEqual({ x: 920, y: 0, width: 1000, height: 700 });
  });

  it('an unknown display id falls back to the display the window overlaps most', () => {
    const r = restoreWindowState(saved({ x: 2000, y: 50, width: 1200, height: 800 }, 99), [laptop, monitor], 1, limits);
    expect(r.displayId).toBe(2);
    expect(r.bounds).toEqual({ x: 2000, y: 50, width: 1200, height: 800 });
  });

  it('raises a too-small saved size to the minimum, but never beyond a small screen', () => {
    expect(restoreWindowState(saved({ x: 10, y: 10, width: 300, height: 200 }, 1), [laptop], 1, limits).bounds).toMatchObject({ width: 960, height: 600 });
    const r = restoreWindowState(saved({ x: 10, y: 10, width: 1400, height: 900 }, 3), [small], 3, limits);
    expect(r.bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });

  it('no display information: the default size at the origin', () => {
    expect(restoreWindowState(saved({ x: 5, y: 5, width: 1000, height: 700 }, 1), [], 1, limits).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });
});
