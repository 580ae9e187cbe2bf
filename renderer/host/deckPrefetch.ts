// A window opened straight onto a deck (an audience window, the print route) asks the host
// for it at start, while its screen's code is still loading, instead of after: the two
// waits overlap. The screen takes the answer once; later opens go to the host as usual.
import type { ResponseOf } from '../../shared/api/contract';
import type { Result } from '../../shared/result';
import { call } from './api';

type Opened = Result<ResponseOf<'deck.open'>>;

let prefetched: { ref: string; answer: Promise<Opened> } | null = null;

export function prefetchDeck(ref: string): Promise<Opened> | null {
  if (!ref) return null;
  prefetched = { ref, answer: call('deck.open', { ref, purpose: 'view' }) };
  return prefetched.answer;
}

/** The prefetched answer for `ref` (once), else a fresh deck.open; both only read the deck. */
export function openDeck(ref: string): Promise<Opened> {
  const p = prefetched;
  prefetched = null;
  return p && p.ref === ref ? p.answer : call('deck.open', { ref, purpose: 'view' });
}
