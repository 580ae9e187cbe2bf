// Which version of the deck a subtree draws: presenting and the print route provide the
// audience's variant (shared/markings/variant.ts); without one (the editor, its thumbnails and
// dialogs) views draw the author's full deck, computed once per deck version.
import { createContext, useContext } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import { deckVariant, type DeckVariant, type SlideMarks } from '../../shared/markings/variant';

export const VariantContext = createContext<DeckVariant | null>(null);

// Module cache, safe to share: deck snapshots are immutable, so a deck's variant never changes.
const authorVariants = new WeakMap<Deck, DeckVariant>();

/** The author's view of `deck` (nothing withheld, banners from every portion). Immer gives each
 * edit a new deck object, so this runs once per edit, not once per view. */
export function authorVariant(deck: Deck): DeckVariant {
  let v = authorVariants.get(deck);
  if (!v) {
    v = deckVariant(deck, null);
    authorVariants.set(deck, v);
  }
  return v;
}

const NONE: SlideMarks = { banner: null, notesBanner: null, title: '', notes: '', widgets: {}, withheldSlots: [], key: '', marking: null };

/** A slide's marks in the given variant, else in the author's view of `deck`. */
export function slideMarksOf(variant: DeckVariant | null, deck: Deck, slideId: string): SlideMarks {
  return own((variant ?? authorVariant(deck)).slides, slideId) ?? NONE;
}

export function useVariant(deck: Deck): DeckVariant {
  return useContext(VariantContext) ?? authorVariant(deck);
}

export function useSlideMarks(deck: Deck, slideId: string): SlideMarks {
  return slideMarksOf(useContext(VariantContext), deck, slideId);
}
