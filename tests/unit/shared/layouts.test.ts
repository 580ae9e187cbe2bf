import { describe, expect, it } from 'vitest';
import { LAYOUTS, findLayout, getLayout } from '../../../shared/layouts';
import { WIDGET_KINDS, kindsForSlot } from '../../../shared/widgets';

describe('layouts', () => {
  it('ships the eight layouts the editor offers', () => {
    expect(LAYOUTS.map((l) => l.id)).toEqual(['title', 'titleBody', 'oneLarge', 'twoColumns', 'threeColumns', 'mainSidebar', 'grid2x2', 'quoteFocus']);
  });

  it.each(LAYOUTS.map((l) => [l.id, l] as const))('%s keeps its slots inside the slide, apart, and names what they accept', (_id, layout) => {
    const ids = new Set<string>();
    for (const s of layout.slots) {
      expect(ids.has(s.id)).toBe(false);
      ids.add(s.id);
      expect(s.rect.x).toBeGreaterThanOrEqual(0);
      expect(s.rect.y).toBeGreaterThanOrEqual(0);
      expect(s.rect.x + s.rect.w).toBeLessThanOrEqual(1);
      // Slots stay clear of the classification banners (top and bottom ~3% of the slide).
      expect(s.rect.y + s.rect.h).toBeLessThanOrEqual(0.93);
      // Any widget, unless the slot is special; a special slot still takes some kind.
      if (s.role === undefined) expect(kindsForSlot(s)).toEqual([...WIDGET_KINDS]);
      else expect(kindsForSlot(s).length).toBeGreaterThan(0);
    }
    for (const a of layout.slots)
      for (const b of layout.slots) {
        if (a === b) continue;
        const overlap = a.rect.x < b.rect.x + b.rect.w && b.rect.x < a.rect.x + a.rect.w && a.rect.y < b.rect.y + b.rect.h && b.rect.y < a.rect.y + a.rect.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
  });

  it('falls back to one large widget for a layout id from a newer build', () => {
    expect(findLayout('fancyNewLayout')).toBeUndefined();
    expect(getLayout('fancyNewLayout').id).toBe('oneLarge');
  });
});
