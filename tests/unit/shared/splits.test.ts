// Adjustable layouts (issue #17 item 2): the one function every surface uses for slot rectangles,
// the boundary move with snapping and limits, and typed shares ("60/40").
import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import { addSlide, createDeck, setSlideSplit } from '../../../shared/deck/operations';
import { getLayout } from '../../../shared/layouts';
import { boundaryAt, defaultSplit, formatShares, layoutAxes, moveBoundary, parseShares, shareAtPointer, slotRects } from '../../../shared/layouts/splits';

describe('slot rectangles from a slide split', () => {
  it('without a split, are exactly the layout’s own', () => {
    for (const id of ['twoColumns', 'threeColumns', 'mainSidebar', 'grid2x2', 'titleBody', 'quoteFocus']) {
      const layout = getLayout(id);
      const rects = slotRects(layout, {});
      for (const s of layout.slots) {
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(rects[s.id]![k]).toBeCloseTo(s.rect[k], 6);
      }
    }
  });

  it('60/40 on two columns keeps the area and the gap, and widens the left column', () => {
    const layout = getLayout('twoColumns');
    const r = slotRects(layout, { twoColumns: { cols: [0.6, 0.4], rows: [1] } });
    expect(r.left!.x).toBeCloseTo(0.05, 6);
    expect(r.left!.w).toBeCloseTo(0.87 * 0.6, 6);
    expect(r.right!.x + r.right!.w).toBeCloseTo(0.95, 6);
    expect(r.right!.x - (r.left!.x + r.left!.w)).toBeCloseTo(0.03, 6);
  });

  it('2x2 moves rows and columns; a split for another layout or of the wrong shape is ignored', () => {
    const layout = getLayout('grid2x2');
    const r = slotRects(layout, { grid2x2: { cols: [0.25, 0.75], rows: [0.75, 0.25] } });
    expect(r.topLeft!.w).toBeCloseTo(0.87 * 0.25, 6);
    expect(r.bottomRight!.h).toBeCloseTo(0.69 * 0.25, 6);
    expect(r.bottomRight!.x).toBeCloseTo(r.topRight!.x, 6);
    expect(slotRects(layout, { twoColumns: { cols: [0.6, 0.4], rows: [1] } }).topLeft!.w).toBeCloseTo(0.435, 6);
    expect(slotRects(layout, { grid2x2: { cols: [0.3, 0.3, 0.4], rows: [0.5, 0.5] } }).topLeft!.w).toBeCloseTo(0.435, 6);
    // Layouts that are not adjustable keep their slots whatever is stored.
    expect(slotRects(getLayout('quoteFocus'), { quoteFocus: { cols: [1], rows: [0.5, 0.5] } }).quote!.h).toBeCloseTo(0.56, 6);
  });

  it('main + sidebar’s own split reads back from its slots', () => {
    const d = defaultSplit(getLayout('mainSidebar'));
    expect(formatShares(d.cols)).toBe('69/31');
  });
});

describe('moving a boundary', () => {
  it('snaps to thirds, halves and quarters when near, and not when far', () => {
    expect(moveBoundary([0.5, 0.5], 0, 0.655, true)).toEqual([2 / 3, 1 / 3].map((n) => Math.round(n * 1e6) / 1e6));
    expect(moveBoundary([0.5, 0.5], 0, 0.6, true)).toEqual([0.6, 0.4]);
    expect(moveBoundary([0.5, 0.5], 0, 0.655, false)).toEqual([0.655, 0.345]);
    expect(moveBoundary([1 / 3, 1 / 3, 1 / 3], 1, 0.76, true)[2]).toBeCloseTo(0.25, 6);
  });

  it('keeps each neighbour at least 15% and leaves the other shares alone', () => {
    expect(moveBoundary([0.5, 0.5], 0, 0.99, true)).toEqual([0.85, 0.15]);
    const three = moveBoundary([0.3, 0.4, 0.3], 0, 0.01, false);
    expect(three).toEqual([0.15, 0.55, 0.3]);
  });

  it('a pointer on a boundary reads back as that boundary’s position', () => {
    const axis = layoutAxes(getLayout('threeColumns')).x;
    const shares = [0.25, 0.5, 0.25];
    expect(shareAtPointer(axis, 3, 1, boundaryAt(axis, shares, 1))).toBeCloseTo(0.75, 6);
  });
});

describe('typed shares', () => {
  it('reads 60/40, 2:1 and 25 / 50 / 25 and says what is wrong otherwise', () => {
    expect(parseShares('60/40', 2)).toEqual({ ok: true, value: [0.6, 0.4] });
    expect(parseShares('2:1', 2)).toEqual({ ok: true, value: [0.666667, 0.333333] });
    expect(parseShares('25 / 50 / 25', 3)).toEqual({ ok: true, value: [0.25, 0.5, 0.25] });
    expect(parseShares('60', 2)).toEqual({ ok: false, message: 'Type 2 numbers separated by “/”, for example 60/40.' });
    expect(parseShares('95/5', 2)).toEqual({ ok: false, message: 'Each part needs at least 15% so its widget stays readable.' });
    expect(parseShares('abc/def', 2).ok).toBe(false);
  });
});

describe('a split in the deck file', () => {
  it('is saved and read back (a one-row layout stores its single row as 1)', () => {
    const deck = createDeck('Splits');
    const id = addSlide(deck, 'twoColumns', 1, 'Two');
    setSlideSplit(deck, id, 'twoColumns', { cols: [0.6, 0.4], rows: [1] });
    const back = parseDeckText(serializeDeck(deck), 'Splits.briefdeck');
    expect(back.slides[id]!.splits).toEqual({ twoColumns: { cols: [0.6, 0.4], rows: [1] } });
  });
});
