// A prepared audience window (desktop app, DESIGN.md §5): black, out of sight, loading what
// the show will need — the present screen's code, the deck's chart code, map geometry and the
// live-map library — so that when main says "show" (presentShow) the route changes in place
// and the first slide is drawn from memory. The deck itself is read again at that moment, so
// edits made since are on screen.
import { useEffect } from 'react';
import { useDeckPrefetch } from '../host/deckPrefetch';
import { navigate } from '../router';
import { parseRoute } from '../../shared/routes';
import { prepareLiveViews, preloadWidgetCode } from '../widgets/preload';

export function StandbyScreen({ deckRef, preloadScreen }: { deckRef: string; preloadScreen: () => Promise<unknown> }) {
  const decks = useDeckPrefetch();
  useEffect(() => {
    void preloadScreen().catch(() => undefined);
    void decks
      .open(deckRef, 'view')
      .then((r) => (r.ok ? Promise.all([preloadWidgetCode(r.data.deck), prepareLiveViews(r.data.deck)]) : null))
      .catch(() => undefined);
  }, [decks, deckRef, preloadScreen]);
  useEffect(() => window.briefdeck?.onPresentShow?.((hash) => navigate(parseRoute(hash))), []);
  return <div className="present-standby" aria-hidden="true" />;
}
