// The lock on the deck an editor has open (issue 16 item 6, issue 11 "two tabs"): whether this
// editor got it, and the session that refreshes and gives it back. Each Editor owns one, so
// two editors in one window hold two locks and nothing lives in the module.
import type { LockHolder } from '../../shared/api/contract';
import type { HostCall } from '../host/api';

export type LockOutcome = { state: 'mine' } | { state: 'held'; holder: LockHolder } | { state: 'unknown'; message: string };

export interface DeckLock {
  /** Takes the deck's lock; says who holds it when someone else does. */
  acquire(ref: string): Promise<LockOutcome>;
  /** Tells the host this editor still has the deck (the host ends sessions that stop beating);
   * after takeWhenFree, asks again for the lock until it is free. */
  beat(): void;
  /** "Open anyway": this editor changes a deck someone else has open without its lock, so it
   * takes the lock at the first heartbeat after the holder lets it go. From then on the next
   * opener is told who has it, rather than finding the deck free while it is being changed. */
  takeWhenFree(ref: string): void;
  /** Gives the lock back, or the one still being asked for; a no-op when there is none.
   * `keepalive`: the tab is closing. */
  release(opts?: { keepalive?: boolean }): Promise<void>;
  /** The deck whose lock this editor holds, or null. */
  readonly heldRef: string | null;
}

/** A fresh lock id (32 hex digits) this editor proposes for the lock it asks for. */
function newClaim(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createDeckLock(call: HostCall): DeckLock {
  let held: { ref: string; session: string } | null = null;
  // The lock asked for and not yet answered: the editor names it itself, so a page that goes
  // away meanwhile (a reload at once) can still give it back and find its deck free again.
  let pending: { ref: string; session: string } | null = null;
  // The deck opened anyway, whose lock is wanted once its holder lets it go.
  let wanted: string | null = null;
  const lock: DeckLock = {
    async acquire(ref) {
      const claim = newClaim();
      pending = { ref, session: claim };
      const r = await call('deck.lock', { ref, claim });
      const givenBack = pending?.session !== claim;
      if (!givenBack) pending = null;
      if (!r.ok) return { state: 'unknown', message: r.error.message };
      if (r.data.acquired) {
        if (r.data.session && !givenBack) held = { ref, session: r.data.session };
        return { state: 'mine' };
      }
      return r.data.holder ? { state: 'held', holder: r.data.holder } : { state: 'unknown', message: 'The deck’s lock could not be read.' };
    },
    beat() {
      if (held) void call('deck.lock', { ref: held.ref, session: held.session });
      else if (wanted !== null && pending === null) {
        const ref = wanted;
        void lock.acquire(ref).then((r) => {
          if (r.state === 'mine' && held?.ref === ref) wanted = null;
        });
      }
    },
    takeWhenFree(ref) {
      if (held?.ref !== ref) wanted = ref;
    },
    async release(opts = {}) {
      const h = held ?? pending;
      held = null;
      pending = null;
      wanted = null;
      if (h) await call('deck.unlock', h, opts).catch(() => undefined);
    },
    get heldRef() {
      return held?.ref ?? null;
    },
  };
  return lock;
}
