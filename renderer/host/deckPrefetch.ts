// A window opened straight onto a deck (an audience window, the print route) asks the host
// for it at start, while its screen's code is still loading, instead of after: the two
// waits overlap. The screen takes the answer once; later opens go to the host as usual.
// One per window (renderer/appWindow.tsx); screens read it with useDeckPrefetch().
import { createContext, useContext } from 'react';
import type { ResponseOf } from '../../shared/api/contract';
import type { Result } from '../../shared/result';
import type { HostCall } from './api';

type Opened = Result<ResponseOf<'deck.open'>>;
/** How a window reads its deck: 'print' for the print route (photos as print stand-ins). */
export type ReadPurpose = 'view' | 'print';

export interface DeckPrefetch {
  /** Asks the host for `ref` now (read only); null when there is no deck to ask for. */
  prefetch(ref: string, purpose: ReadPurpose): Promise<Opened> | null;
  /** The prefetched answer for `ref` read for `purpose` (once), else a fresh deck.open; both
   * only read the deck. */
  open(ref: string, purpose: ReadPurpose): Promise<Opened>;
}

export function createDeckPrefetch(call: HostCall): DeckPrefetch {
  let prefetched: { ref: string; purpose: ReadPurpose; answer: Promise<Opened> } | null = null;
  return {
    prefetch(ref, purpose) {
      if (!ref) return null;
      prefetched = { ref, purpose, answer: call('deck.open', { ref, purpose }) };
      return prefetched.answer;
    },
    open(ref, purpose) {
      const p = prefetched;
      prefetched = null;
      return p && p.ref === ref && p.purpose === purpose ? p.answer : call('deck.open', { ref, purpose });
    },
  };
}

export const DeckPrefetchContext = createContext<DeckPrefetch | null>(null);

/** This window's deck prefetch. */
export function useDeckPrefetch(): DeckPrefetch {
  const prefetch = useContext(DeckPrefetchContext);
  if (!prefetch) throw new Error('useDeckPrefetch() is for components inside the app window (AppWindowProvider).');
  return prefetch;
}
