// Pictures no widget shows any more (replaced or deleted) leave the deck file when it is written.
// The open deck keeps them: undo may point a widget back at one, and the next save writes it
// again. So a file holds only what its widgets show, and undo works for the whole session,
// without looking into the history (it lives in the editor, the file is written on the Node side).
import { idsUsedBy } from './paste';
import type { Deck } from './schema';

/** The ids of the assets some widget of the deck shows (placed on a slide or not), and the
 * organisation theme copy's logo (kept while another theme is chosen, as the copy is). */
export function assetsInUse(deck: Deck): Set<string> {
  const ids = idsUsedBy(Object.values(deck.widgets), 'assetIds');
  const logo = deck.organisationTheme?.logoAssetId;
  if (logo) ids.add(logo);
  return ids;
}

/** The deck as it is written: without assets no widget shows. Returns the same object when
 * there are none to drop; never changes `deck`. */
export function withoutUnusedAssets(deck: Deck): Deck {
  const used = assetsInUse(deck);
  const ids = Object.keys(deck.assets);
  if (ids.every((id) => used.has(id))) return deck;
  return { ...deck, assets: Object.fromEntries(ids.filter((id) => used.has(id)).map((id) => [id, deck.assets[id]!])) };
}
