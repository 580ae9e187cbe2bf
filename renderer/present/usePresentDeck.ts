// Loads the deck to present, read-only: presenting windows call deck.open and never save.
import { useEffect, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { openDeck } from '../host/deckPrefetch';
import { preloadWidgetCode } from '../widgets/preload';

export type PresentDeck = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; deck: Deck };

export function usePresentDeck(ref: string): PresentDeck {
  const [state, setState] = useState<{ ref: string; value: PresentDeck }>({ ref, value: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    void openDeck(ref).then((r) => {
      // The room sees the first slide at once; chart code and map geometry arrive beside it
      // (a chart or map slot fills a moment later; the title slide usually has neither).
      if (r.ok) void preloadWidgetCode(r.data.deck).catch(() => undefined);
      if (!live) return;
      setState({
        ref,
        value: r.ok ? { status: 'ready', deck: r.data.deck } : { status: 'error', message: r.error.message },
      });
    });
    return () => {
      live = false;
    };
  }, [ref]);
  return state.ref === ref ? state.value : { status: 'loading' };
}
