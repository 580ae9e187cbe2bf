// The present command hands the deck it has just saved to the presenter view in the same
// window, which then need not read the file again while the room's window is reading it (two
// reads of a large deck queue behind each other on the host). Taken once; only a deck that is
// on disk as given is handed over, so both views show the same version. One per window
// (present/presentingWindow.ts): the editor that hands over and the presenter view that takes
// it are two screens of the same window.
import type { Deck } from '../../shared/deck/schema';

export interface HandOff {
  give(ref: string, deck: Deck): void;
  /** The deck handed over for `ref`, once; null when none was (or it was for another deck). */
  take(ref: string): Deck | null;
}

export function createHandOff(): HandOff {
  let handed: { ref: string; deck: Deck } | null = null;
  return {
    give(ref, deck) {
      handed = { ref, deck };
    },
    take(ref) {
      const h = handed;
      handed = null;
      return h && h.ref === ref ? h.deck : null;
    },
  };
}
