// Desktop app: while a deck is edited, main keeps the room's window loaded (present.prepare).
// Presenting asks for that window first thing, so the room's screen is drawn while this
// window is still turning into the presenter view; the presenter view waits for that answer
// before it decides about the audience window itself (electronScreens.ts).
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';

let preparedDeck: string | null = null;
let opening: Promise<unknown> | null = null;

/** Asks main to prepare an audience window for `deckRef` (desktop app only). */
export function prepareAudience(deckRef: string): void {
  if (!hostCapabilities().preparedAudience) return;
  void call('present.prepare', { deckRef }).then((r) => {
    preparedDeck = r.ok && r.data.prepared ? deckRef : null;
  });
}

/** At the present command: shows the prepared window, if main has one for this deck. */
export function showPreparedAudience(deckRef: string, from: number, audience: string | null = null): void {
  if (preparedDeck !== deckRef) return;
  preparedDeck = null;
  opening = call('present.openAudience', { deckRef, from, onlyPrepared: true, audience });
}

/** Settles once the present command's own request (if any) has been answered. */
export function preparedAudienceSettled(): Promise<unknown> {
  const p = opening ?? Promise.resolve();
  opening = null;
  return p;
}
