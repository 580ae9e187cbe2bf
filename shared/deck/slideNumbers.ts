// The number a slide shows when its deck numbers slides (meta.slideNumbers): the slides the
// audience sees, counted in order. Hidden (backup) slides show none and are not counted, so the
// numbers people see run 1, 2, 3 with no gap where a backup slide sits. Every surface (editor,
// presenting, PDF, PowerPoint) asks here.
import type { Deck } from './schema';
import { own } from '../ids';

/** Each shown slide's number by id; empty when the deck does not number its slides. */
export function shownSlideNumbers(deck: Deck): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  if (!deck.meta.slideNumbers) return out;
  for (const id of deck.slideOrder) {
    const slide = own(deck.slides, id);
    if (slide && !slide.hidden) out.set(id, out.size + 1);
  }
  return out;
}

/** The number `slideId` shows, or null (the deck does not number slides, or the slide is hidden). */
export function shownSlideNumber(deck: Deck, slideId: string): number | null {
  return shownSlideNumbers(deck).get(slideId) ?? null;
}
