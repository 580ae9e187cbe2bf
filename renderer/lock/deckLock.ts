// The editor's side of deck locks (issue 16 item 6): take the deck's lock when it opens,
// keep it alive with a heartbeat while it is open, and give it back when the editor leaves
// the deck, the tab or window closes (pagehide, with a request that outlives the page), or
// the desktop app's window closes (useHostEvents). The host ends sessions that stop beating.
import type { LockHolder } from '../../shared/api/contract';
import { call } from '../host/api';

export const HEARTBEAT_MS = 30_000;

let held: { ref: string; session: string } | null = null;

export type LockOutcome = { state: 'mine' } | { state: 'held'; holder: LockHolder } | { state: 'unknown'; message: string };

/** Takes the deck's lock; says who holds it when someone does. */
export async function acquireDeckLock(ref: string): Promise<LockOutcome> {
  const r = await call('deck.lock', { ref });
  if (!r.ok) return { state: 'unknown', message: r.error.message };
  if (r.data.acquired) {
    if (r.data.session) held = { ref, session: r.data.session };
    return { state: 'mine' };
  }
  return r.data.holder ? { state: 'held', holder: r.data.holder } : { state: 'unknown', message: 'The deck’s lock could not be read.' };
}

/** Gives the lock back (no-op when this page holds none). */
export async function releaseDeckLock(opts: { keepalive?: boolean } = {}): Promise<void> {
  const h = held;
  held = null;
  if (h) await call('deck.unlock', h, opts).catch(() => undefined);
}

/** Heartbeat and release-on-close while the editor shows the deck; returns the stop, which releases. */
export function keepDeckLock(ref: string): () => void {
  const beat = setInterval(() => {
    if (held?.ref === ref) void call('deck.lock', { ref, session: held.session });
  }, HEARTBEAT_MS);
  const onPageHide = () => void releaseDeckLock({ keepalive: true });
  window.addEventListener('pagehide', onPageHide);
  return () => {
    clearInterval(beat);
    window.removeEventListener('pagehide', onPageHide);
    void releaseDeckLock();
  };
}

/** "14:32" today, else "3 Dec 2026, 14:32": when the other opener opened it. */
export function formatSince(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === now.toDateString() ? time : `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}, ${time}`;
}

/** "Open in Ana on laptop-7 since 14:32" (the words the person reads, here and in the library). */
export function openElsewhereText(holder: LockHolder): string {
  return `Open in ${holder.user} on ${holder.host} since ${formatSince(holder.since)}`;
}
