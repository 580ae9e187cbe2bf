// The present command hands the deck it has just saved to the presenter view in the same
// window, which then need not read the file again while the room's window is reading it (two
// reads of a large deck queue behind each other on the host). Taken once; only a deck that is
// on disk as given is handed over, so both views show the same version.
import type { Deck } from '../../shared/deck/schema';

let handed: { ref: string; deck: Deck } | null = null;

export function handOffDeck(ref: string, deck: Deck): void {
  handed = { ref, deck };
}

export function takeHandedDeck(ref: string): Deck | null {
  const h = handed;
  handed = null;
  return h && h.ref === ref ? h.deck : null;
}
