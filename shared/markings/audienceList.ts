// The deck's audiences in words, one a line, for the CLI's --list-audiences: the name --audience
// takes, and what that version holds (highest level, nations in the room, notes, how much of
// the deck it withholds), computed by the same variant function the export uses.
import type { Deck } from '../deck/schema';
import { deckScheme, levelLabel } from './deckMarking';
import { deckVariant } from './variant';

export function audienceLines(deck: Deck): string[] {
  const m = deck.meta.marking;
  if (!m || m.audiences.length === 0) return ['This deck defines no audiences: it exports as the full deck.'];
  const scheme = deckScheme(m);
  return m.audiences.map((a) => {
    const r = deckVariant(deck, a).report;
    const room = a.foreign.length === 0 ? 'own nationals' : `with ${a.foreign.join(', ')}`;
    const notes = a.includeNotes ? 'notes included' : 'no notes';
    return `${a.name}\tup to ${levelLabel(scheme, a.maxLevel)}, ${room}, ${notes}; withholds ${r.slidesWithheld} of ${deck.slideOrder.length} slides and ${r.widgetsWithheld} ${r.widgetsWithheld === 1 ? 'widget' : 'widgets'}`;
  });
}
