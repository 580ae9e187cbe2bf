// Whether a slide would draw the same from two versions of a deck. Immer shares every
// untouched object between versions, so identity checks are exact and cheap: editing one
// slide re-renders that slide's views only, not every thumbnail.
import type { Deck, Slide } from '../../shared/deck/schema';
import { own } from '../../shared/ids';

export function sameSlideInputs(a: Deck, b: Deck, slide: Slide): boolean {
  if (a === b) return true;
  if (a.meta !== b.meta || a.themeId !== b.themeId || a.organisationTheme !== b.organisationTheme || a.datasets !== b.datasets || a.assets !== b.assets) return false;
  for (const w of Object.values(slide.slots)) {
    if (w !== null && own(a.widgets, w) !== own(b.widgets, w)) return false;
  }
  // The slide number shown in labels depends on the order.
  return a.slideOrder.indexOf(slide.id) === b.slideOrder.indexOf(slide.id);
}
