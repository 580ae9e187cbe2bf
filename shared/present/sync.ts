// The messages presenting windows exchange over a BroadcastChannel (one channel per deck
// id), and the last-writer-wins rule. Pure: the channel glue is renderer/present/presentSync.ts.
// Stamps are Lamport clocks seeded from the wall clock, so a newly started presenter
// (stamped "now") outranks an audience window left over from an earlier run, while a newly
// opened audience window (stamp 0) adopts whatever the running show says.
import type { NavigationState, Screen } from './navigation';

export type PresentRole = 'audience' | 'presenter';

export interface Stamp {
  seq: number;
  /** Window id; breaks ties between equal seq numbers so every window picks the same winner. */
  origin: string;
}

/** What is shared: the position and covers. slideCount/hidden come from each window's deck. */
export interface SharedNavigation {
  index: number;
  screen: Screen;
  grid: boolean;
  typed: string;
}

export type PresentMessage =
  | { type: 'hello'; from: string; role: PresentRole }
  | { type: 'here'; from: string; role: PresentRole }
  | { type: 'bye'; from: string }
  | { type: 'state'; stamp: Stamp; nav: SharedNavigation }
  /** Esc in any window ends the show everywhere. */
  | { type: 'end'; from: string; index: number };

export function channelName(deckId: string): string {
  return `briefdeck.present.${deckId}`;
}

export const ZERO_STAMP: Stamp = { seq: 0, origin: '' };

export function isNewer(incoming: Stamp, current: Stamp): boolean {
  if (incoming.seq !== current.seq) return incoming.seq > current.seq;
  return incoming.origin > current.origin;
}

/** The stamp for a local change: later than anything seen and than the wall clock. */
export function nextStamp(current: Stamp, origin: string, now: number): Stamp {
  return { seq: Math.max(current.seq + 1, Math.floor(now)), origin };
}

export function sharedPart(state: NavigationState): SharedNavigation {
  return { index: state.index, screen: state.screen, grid: state.grid, typed: state.typed };
}

/** Applies a remote position to this window's state (its own deck decides the bounds). */
export function withShared(state: NavigationState, nav: SharedNavigation): NavigationState {
  const max = Math.max(0, state.slideCount - 1);
  const index = Math.max(0, Math.min(max, Math.trunc(nav.index)));
  return { ...state, index, screen: nav.screen, grid: nav.grid, typed: nav.typed };
}

const SCREENS = new Set(['slide', 'black', 'white']);

/** Messages come from other windows of our own origin, but check the shape anyway. */
export function parseMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  const role = m.role === 'audience' || m.role === 'presenter' ? m.role : null;
  switch (m.type) {
    case 'hello':
    case 'here':
      return typeof m.from === 'string' && role ? { type: m.type, from: m.from, role } : null;
    case 'bye':
      return typeof m.from === 'string' ? { type: 'bye', from: m.from } : null;
    case 'end':
      return typeof m.from === 'string' && typeof m.index === 'number' ? { type: 'end', from: m.from, index: m.index } : null;
    case 'state': {
      const s = m.stamp as Record<string, unknown> | undefined;
      const n = m.nav as Record<string, unknown> | undefined;
      if (!s || typeof s.seq !== 'number' || typeof s.origin !== 'string') return null;
      if (!n || typeof n.index !== 'number' || !SCREENS.has(n.screen as string)) return null;
      if (typeof n.grid !== 'boolean' || typeof n.typed !== 'string') return null;
      return {
        type: 'state',
        stamp: { seq: s.seq, origin: s.origin },
        nav: { index: n.index, screen: n.screen as Screen, grid: n.grid, typed: n.typed.slice(0, 8) },
      };
    }
    default:
      return null;
  }
}
