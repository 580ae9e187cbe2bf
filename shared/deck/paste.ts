// Pasting slides with their widgets into a deck: every id is fresh, so a slide can be
// pasted twice, or into the deck it came from, without collisions.
import { newId } from '../ids';
import type { Widget } from '../widgets';
import type { Deck, Slide } from './schema';

export interface SlideBundle {
  slide: Slide;
  widgets: Widget[];
}

export function bundleSlide(deck: Deck, slideId: string): SlideBundle | null {
  const slide = deck.slides[slideId];
  if (!slide) return null;
  const widgets = Object.values(slide.slots)
    .filter((w): w is string => w !== null)
    .map((w) => deck.widgets[w])
    .filter((w): w is Widget => w !== undefined);
  return { slide: structuredClone(slide), widgets: structuredClone(widgets) };
}

/** Inserts bundles at `index`; returns the new slide ids. */
export function pasteSlides(deck: Deck, bundles: readonly SlideBundle[], index: number): string[] {
  const ids: string[] = [];
  let at = Math.max(0, Math.min(index, deck.slideOrder.length));
  for (const b of bundles) {
    const slide: Slide = { ...structuredClone(b.slide), id: newId('slide') };
    const byOldId = new Map(b.widgets.map((w) => [w.id, w]));
    for (const [slotId, widgetId] of Object.entries(slide.slots)) {
      const w = widgetId ? byOldId.get(widgetId) : undefined;
      if (!w) {
        slide.slots[slotId] = null;
        continue;
      }
      const copy = { ...structuredClone(w), id: newId('w') } as Widget;
      deck.widgets[copy.id] = copy;
      slide.slots[slotId] = copy.id;
    }
    deck.slides[slide.id] = slide;
    deck.slideOrder.splice(at++, 0, slide.id);
    ids.push(slide.id);
  }
  return ids;
}
