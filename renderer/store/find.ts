// What the find bar does to an editor (issue #17 item 5): show a match (its slide and widget
// selected), replace one match or all of them as one undo step, and the words it says. The
// searching itself is pure (shared/find/findText.ts).
import { findMatches, replaceAll, replaceMatch, samePlace, type FindMatch, type FindOptions, type ReplaceResult } from '../../shared/find/findText';
import type { Editor } from './editor';
import { plural } from '../../shared/format/plural';

const matchCount = (n: number) => plural(n, { one: '# match', other: '# matches' });

/** Selects what a match is in: its slide, and its widget's slot. */
export function showMatch(editor: Editor, match: FindMatch): void {
  const ui = editor.ui.getState();
  ui.selectSlide(match.place.slideId);
  if (match.place.part === 'widget' || match.place.part === 'alt') ui.selectSlot(match.place.slotId);
  else ui.selectSlot(null);
}

/** The match to show first for a query: the first on or after the slide on the canvas. */
export function firstMatchFrom(editor: Editor, matches: readonly FindMatch[]): number {
  if (matches.length === 0) return -1;
  const order = editor.deck?.slideOrder ?? [];
  const here = order.indexOf(editor.ui.getState().currentSlideId ?? '');
  const i = matches.findIndex((m) => m.slideNumber - 1 >= here);
  return i === -1 ? 0 : i;
}

/** Replaces `match` (one undo step); returns the index to show next in the new matches: the
 * first after the replaced text, so a replacement that contains the query is not found again. */
export function replaceOne(editor: Editor, query: string, options: FindOptions, match: FindMatch, index: number, replacement: string): { next: number; result: ReplaceResult } {
  const result = editor.apply(`Replace “${query}”`, (d) => replaceMatch(d, match, replacement)) ?? { replaced: 0, refused: [] };
  const after = editor.deck ? findMatches(editor.deck, query, options) : [];
  const inReplacement = (m: FindMatch) => samePlace(m.place, match.place) && m.start >= match.start && m.start < match.start + replacement.length;
  const next = index + (result.replaced ? after.slice(index).filter(inReplacement).length : 1);
  return { next: after.length === 0 ? -1 : next % after.length, result };
}

/** Replaces every match as one undo step. */
export function replaceEverywhere(editor: Editor, query: string, options: FindOptions, replacement: string): ReplaceResult {
  if (!editor.deck || findMatches(editor.deck, query, options).length === 0) return { replaced: 0, refused: [] };
  return editor.apply(`Replace all “${query}”`, (d) => replaceAll(d, query, options, replacement)) ?? { replaced: 0, refused: [] };
}

/** "Replaced 12 matches", and what was refused (whole sentences, so each can be translated). */
export function replacedMessage({ replaced, refused }: ReplaceResult): string {
  const done = `Replaced ${matchCount(replaced)}.`;
  if (refused.length === 0) return done;
  return `${done} Not replaced, the new text would be too long for: ${refused.join('; ')}.`;
}

/** "3 of 12", "12 matches", "No matches". */
export function countLabel(index: number, total: number): string {
  if (total === 0) return 'No matches';
  if (index < 0) return matchCount(total);
  return `${index + 1} of ${total}`;
}

/** Where the match is: "Slide 4 (hidden from presenting) · Quote: Quotation". */
export function matchPlaceLabel(match: FindMatch): string {
  return match.hidden ? `Slide ${match.slideNumber} (hidden from presenting) · ${match.where}` : `Slide ${match.slideNumber} · ${match.where}`;
}
