// A prepared print page (DESIGN.md §4): opened by the printer while the export dialog is open,
// it loads what printing will need — the print screen's code, the deck's chart code and map
// geometry — and then waits. Export sets its hash to the print route, which mounts in place:
// no Chromium start, no new page or window, no app load between the click and the first slide.
// The deck is read again at that moment, so edits made while the dialog was open are printed.
import { useEffect } from 'react';
import { PRINT_STANDBY_GLOBAL } from '../../shared/export/printStatus';
import { useDeckPrefetch } from '../host/deckPrefetch';
import { preloadWidgetCode } from '../widgets/preload';

export function PrintStandbyScreen({ deckRef, preloadScreen }: { deckRef: string; preloadScreen: () => Promise<unknown> }) {
  const decks = useDeckPrefetch();
  useEffect(() => {
    let live = true;
    const code = deckRef
      ? decks.open(deckRef, 'print').then((r) => (r.ok ? preloadWidgetCode(r.data.deck) : undefined))
      : Promise.resolve();
    void Promise.all([preloadScreen(), code])
      .catch(() => undefined)
      .then(() => {
        if (live) (window as unknown as Record<string, unknown>)[PRINT_STANDBY_GLOBAL] = 'ready';
      });
    return () => {
      live = false;
    };
  }, [decks, deckRef, preloadScreen]);
  return <div className="print-standby" aria-hidden="true" />;
}
