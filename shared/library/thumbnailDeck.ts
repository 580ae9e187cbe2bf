// What a library card draws (issue #17 item 8): the deck cut down to its first slide, with the
// widgets on it and only the data and pictures they use, so the home screen's SlideView draws
// the same picture the editor would without loading whole decks.
import { assetsUsedBy, datasetsUsedBy } from '../deck/paste';
import type { Deck } from '../deck/schema';
import { own } from '../ids';
import type { Widget } from '../widgets';

/** The deck with only its first slide (null when it has none). */
export function thumbnailDeck(deck: Deck): Deck | null {
  const first = deck.slideOrder[0];
  const slide = first === undefined ? undefined : own(deck.slides, first);
  if (first === undefined || !slide) return null;
  const widgets = Object.values(slide.slots)
    .map((id) => (id === null ? undefined : own(deck.widgets, id)))
    .filter((w): w is Widget => w !== undefined);
  return {
    ...deck,
    slideOrder: [first],
    slides: { [first]: slide },
    widgets: Object.fromEntries(widgets.map((w) => [w.id, w])),
    datasets: Object.fromEntries(datasetsUsedBy(deck, widgets).map((d) => [d.id, d])),
    assets: Object.fromEntries(assetsUsedBy(deck, widgets).map((a) => [a.id, a])),
  };
}
