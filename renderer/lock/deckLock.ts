// The page's side of an editor's deck lock (the lock itself is the Editor's, store/deckLock.ts):
// a heartbeat while the editor shows the deck, and the lock given back when the editor leaves
// the deck or the tab closes (pagehide, with a request that outlives the page). The desktop
// window's close gives it back in useHostEvents. Also the words a person reads about a lock.
import type { LockHolder } from '../../shared/api/contract';
import type { DeckLock } from '../store/deckLock';

export const HEARTBEAT_MS = 30_000;

/** Heartbeat and release-on-close while the editor shows the deck; returns the stop, which releases. */
export function keepDeckLock(lock: DeckLock): () => void {
  const beat = setInterval(() => lock.beat(), HEARTBEAT_MS);
  const onPageHide = () => void lock.release({ keepalive: true });
  window.addEventListener('pagehide', onPageHide);
  return () => {
    clearInterval(beat);
    window.removeEventListener('pagehide', onPageHide);
    void lock.release();
  };
}

/** "14:32" today, else "3 Dec 2026, 14:32": when the other opener opened it. */
export function formatSince(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === now.toDateString() ? time : `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}

/** "In use by Ana on laptop-7 since 14:32" (the words the person reads, here and in the library). */
export function openElsewhereText(holder: LockHolder): string {
  return `In use by ${holder.user} on ${holder.host} since ${formatSince(holder.since)}`;
}
