// Desktop app: while a deck is edited, main keeps the room's window loaded (present.prepare).
// Presenting asks for that window first thing, so the room's screen is drawn while this
// window is still turning into the presenter view; the presenter view waits for that answer
// before it decides about the audience window itself (electronScreens.ts). One per window
// (present/presentingWindow.ts): main prepares the room's window for this window's deck.
import type { HostCall } from '../host/api';
import { hostCapabilities } from '../host/capabilities';

export interface PreparedAudience {
  /** Asks main to prepare an audience window for `deckRef` (desktop app only). */
  prepare(deckRef: string): void;
  /** At the present command: shows the prepared window, if main has one for this deck. */
  show(deckRef: string, from: number, audience?: string | null): void;
  /** Settles once the present command's own request (if any) has been answered. */
  settled(): Promise<unknown>;
}

export function createPreparedAudience(call: HostCall): PreparedAudience {
  let preparedDeck: string | null = null;
  let opening: Promise<unknown> | null = null;
  return {
    prepare(deckRef) {
      if (!hostCapabilities().preparedAudience) return;
      void call('present.prepare', { deckRef }).then((r) => {
        preparedDeck = r.ok && r.data.prepared ? deckRef : null;
      });
    },
    show(deckRef, from, audience = null) {
      if (preparedDeck !== deckRef) return;
      preparedDeck = null;
      opening = call('present.openAudience', { deckRef, from, onlyPrepared: true, audience });
    },
    settled() {
      const p = opening ?? Promise.resolve();
      opening = null;
      return p;
    },
  };
}
