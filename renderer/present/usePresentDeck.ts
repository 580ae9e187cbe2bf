// Loads the deck to present, read-only: presenting windows call deck.open and never save.
import { useEffect, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { call } from '../host/api';

export type PresentDeck = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; deck: Deck };

export function usePresentDeck(ref: string): PresentDeck {
  const [state, setState] = useState<{ ref: string; value: PresentDeck }>({ ref, value: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    void call('deck.open', { ref }).then((r) => {
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
