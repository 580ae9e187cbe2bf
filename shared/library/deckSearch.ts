// Searching the library by what decks say (issue #17 item 8): a deck's title and subtitle, and
// what find and replace searches inside it (shared/find: slide titles, each widget's own words
// as its kind declares them, alt text, notes), with find's rule for a query (plain text, case
// ignored). Pure: the host keeps each deck's texts beside its summary and answers library.search.
import type { Deck } from '../deck/schema';
import { findPattern, searchableTexts } from '../find/findText';

/** One piece of a deck's text and where it is ("Slide 3 · Notes"). */
export interface DeckText {
  where: string;
  text: string;
}

/** Where a query was found in a deck, with the words around it. */
export interface DeckHit {
  where: string;
  excerpt: string;
}

/** A query longer than this is refused by the contract (nobody types more into a search box). */
export const SEARCH_QUERY_MAX = 200;

/** Characters of context each side of a match in the excerpt. */
const CONTEXT = 40;

export function deckTexts(deck: Deck): DeckText[] {
  const meta: DeckText[] = [
    { where: 'Deck title', text: deck.meta.title },
    { where: 'Deck subtitle', text: deck.meta.subtitle },
  ];
  const inside = searchableTexts(deck).map((t) => ({ where: `Slide ${t.slideNumber} · ${t.where}`, text: t.text }));
  return [...meta, ...inside].filter((t) => t.text.trim() !== '');
}

/** The first text containing `query` (case ignored), or null; an empty query matches nothing. */
export function searchDeckTexts(texts: readonly DeckText[], query: string): DeckHit | null {
  const pattern = findPattern(query.trim(), { matchCase: false, wholeWord: false });
  if (!pattern) return null;
  for (const t of texts) {
    pattern.lastIndex = 0;
    const m = pattern.exec(t.text);
    if (!m) continue;
    const start = Math.max(0, m.index - CONTEXT);
    const end = Math.min(t.text.length, m.index + m[0].length + CONTEXT);
    const excerpt = `${start > 0 ? '…' : ''}${t.text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < t.text.length ? '…' : ''}`;
    return { where: t.where, excerpt };
  }
  return null;
}
