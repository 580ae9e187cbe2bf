// The lock on the deck an editor has open (issue 16 item 6, issue 11 "two tabs"): whether this
// editor got it, and the session that refreshes and gives it back. Each Editor owns one, so
// two editors in one window hold two locks and nothing lives in the module.
import type { LockHolder } from '../../shared/api/contract';
import type { HostCall } from '../host/api';

export type LockOutcome = { state: 'mine' } | { state: 'held'; holder: LockHolder } | { state: 'unknown'; message: string };

export interface DeckLock {
  /** Takes the deck's lock; says who holds it when someone else does. */
  acquire(ref: string): Promise<LockOutcome>;
  /** Tells the host this editor still has the deck (the host ends sessions that stop beating). */
  beat(): void;
  /** Gives the lock back; a no-op when this editor holds none. `keepalive`: the tab is closing. */
  release(opts?: { keepalive?: boolean }): Promise<void>;
  /** The deck whose lock this editor holds, or null. */
  readonly heldRef: string | null;
}

export function createDeckLock(call: HostCall): DeckLock {
  let held: { ref: string; session: string } | null = null;
  return {
    async acquire(ref) {
      const r = await call('deck.lock', { ref });
      if (!r.ok) return { state: 'unknown', message: r.error.message };
      if (r.data.acquired) {
        if (r.data.session) held = { ref, session: r.data.session };
        return { state: 'mine' };
      }
      return r.data.holder ? { state: 'held', holder: r.data.holder } : { state: 'unknown', message: 'The deck’s lock could not be read.' };
    },
    beat() {
      if (held) void call('deck.lock', { ref: held.ref, session: held.session });
    },
    async release(opts = {}) {
      const h = held;
      held = null;
      if (h) await call('deck.unlock', h, opts).catch(() => undefined);
    },
    get heldRef() {
      return held?.ref ?? null;
    },
  };
}
