// Loads the deck to present, read-only: presenting windows call deck.open and never save; the
// window the present command ran in takes the deck it has just saved (handOff.ts).
import { useEffect, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { useDeckPrefetch } from '../host/deckPrefetch';
import { usePresentingWindow } from './presentingWindow';
import { preloadWidgetCode } from '../widgets/preload';

export type PresentDeck = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; deck: Deck };

export function usePresentDeck(ref: string): PresentDeck {
  const decks = useDeckPrefetch();
  const { handOff } = usePresentingWindow();
  const [state, setState] = useState<{ ref: string; value: PresentDeck }>(() => {
    const handed = handOff.take(ref);
    return { ref, value: handed ? { status: 'ready', deck: handed } : { status: 'loading' } };
  });
  useEffect(() => {
    if (state.ref === ref && state.value.status === 'ready') {
      void preloadWidgetCode(state.value.deck).catch(() => undefined);
      return undefined;
    }
    let live = true;
    void decks.open(ref, 'view').then((r) => {
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
    // Runs again only for another deck; the handed-over deck is used once, at mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref]);
  return state.ref === ref ? state.value : { status: 'loading' };
}
