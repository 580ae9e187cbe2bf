import { describe, expect, it } from 'vitest';
import { clampZoom, percentLabel, scaleOf, zoomIn, zoomOut } from '../../../renderer/store/zoom';

describe('canvas zoom steps', () => {
  it('steps from Fit to the nearest preset either way', () => {
    expect(zoomIn('fit', 0.7)).toBe(0.75);
    expect(zoomOut('fit', 0.7)).toBe(0.67);
    expect(zoomIn('fit', 0.75)).toBe(1);
    expect(zoomOut('fit', 0.751)).toBe(0.67);
  });
  it('walks the presets and stops at the ends', () => {
    expect(zoomIn(1, 0.7)).toBe(1.25);
    expect(zoomOut(1, 0.7)).toBe(0.75);
    expect(zoomIn(4, 0.7)).toBe(4);
    expect(zoomOut(0.25, 0.7)).toBe(0.25);
    expect(clampZoom(10)).toBe(4);
    expect(clampZoom(0.01)).toBe(0.25);
  });
  it('labels the drawn scale', () => {
    expect(scaleOf('fit', 0.6734)).toBe(0.6734);
    expect(percentLabel(scaleOf('fit', 0.6734))).toBe('67%');
    expect(percentLabel(2)).toBe('200%');
  });
});
