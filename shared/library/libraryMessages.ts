// What the library, the Open dialog and the history dialog say about decks, as whole messages
// with their counts and plural forms (issue #17 item 7: nothing assembled that blocks translation).
import { plural } from '../format/plural';

/** "1 slide" / "12 slides". */
export const slideCount = (n: number) => plural(n, { one: '# slide', other: '# slides' });

/** "12 slides · 07/12/2026, 09:30:00": a deck's size and when it was last saved, in the UI's locale. */
export const deckSummary = (slides: number, modifiedAt: string | number) => `${slideCount(slides)} · ${new Date(modifiedAt).toLocaleString()}`;

/** "1 deck" / "5 decks". */
export const deckCount = (n: number) => plural(n, { one: '# deck', other: '# decks' });

/** The search's result: "No deck mentions “x”." / "2 of 5 decks mention “x”". */
export function decksMentioning(hits: number, total: number, query: string): string {
  return hits === 0 ? `No deck mentions “${query}”.` : `${hits} of ${deckCount(total)} mention “${query}”`;
}
