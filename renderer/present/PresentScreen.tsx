// The present route (#/present?deck=REF&role=audience|presenter&from=N): loads the deck
// read-only, runs the shared navigation (PresentSync), maps keys, and shows the audience or
// presenter view. S swaps the two in this window (single-display rehearsal); Esc ends the
// show in every window and returns the editor to the slide last shown.
import { useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { presentKey } from '../../shared/present/keys';
import { initNavigation, type NavigationAction } from '../../shared/present/navigation';
import type { PresentRole } from '../../shared/present/sync';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { AudienceView } from './AudienceView';
import { useElectronScreens } from './electronScreens';
import { enterFullscreen, exitFullscreen } from './fullscreen';
import { markKey } from './presentMarks';
import { presentUrl, returnToEditor } from './presentRoutes';
import { forgetPosition, rememberPosition, resumeIndex } from './presentResume';
import { PresenterView } from './PresenterView';
import { PresentSync } from './presentSync';
import { useElapsed } from './useElapsed';
import { usePresentDeck } from './usePresentDeck';
import { resolveAudience } from '../../shared/markings/deckMarking';
import { deckVariant, type DeckVariant } from '../../shared/markings/variant';
import { VariantContext } from '../slide/variantContext';
import './present.css';
import { own } from '../../shared/ids';

export interface PresentScreenProps {
  deckRef: string;
  role: PresentRole;
  /** 1-based slide to start from, in the version shown. */
  from: number;
  /** The deck audience whose version is shown (id or name); null = the author's full deck. */
  audience: string | null;
}

/** The version presented: only what `audience` may see is in the deck the views draw from, so
 * withheld text never reaches the DOM of either window. */
function presentedVariant(deck: Deck, audience: string | null): { ok: true; variant: DeckVariant } | { ok: false; message: string } {
  const choice = resolveAudience(deck.meta.marking, audience);
  if (!choice.ok) return choice;
  const variant = deckVariant(deck, choice.audience);
  if (variant.deck.slideOrder.length === 0) return { ok: false, message: `every slide is withheld from “${choice.audience?.name ?? ''}”.` };
  return { ok: true, variant };
}

export function PresentScreen({ deckRef, role, from, audience }: PresentScreenProps) {
  const loaded = usePresentDeck(deckRef);
  // Once per loaded deck: the show's sync starts again whenever its deck object changes.
  const ready = loaded.status === 'ready' ? loaded.deck : null;
  const shown = useMemo(() => (ready ? presentedVariant(ready, audience) : null), [ready, audience]);
  if (loaded.status === 'loading') return <div className="present-message" aria-busy="true" />;
  if (loaded.status === 'error' || (shown && !shown.ok)) {
    return (
      <div className="present-message" role="alert">
        <p>Could not open the deck to present: {loaded.status === 'error' ? loaded.message : shown && !shown.ok ? shown.message : ''}</p>
        <p>Press Esc to go back to the editor.</p>
        <EscapeTo deckRef={deckRef} audience={audience} />
      </div>
    );
  }
  if (!shown?.ok) return null;
  const { variant } = shown;
  return (
    <VariantContext.Provider value={variant}>
      <Presenting key={`${deckRef}/${loaded.deck.id}/${audience ?? ''}`} deckRef={deckRef} deck={variant.deck} audience={variant.audience?.id ?? null} initialRole={role} from={from} />
    </VariantContext.Provider>
  );
}

function EscapeTo({ deckRef, audience }: { deckRef: string; audience: string | null }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') returnToEditor(deckRef, null, audience);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deckRef, audience]);
  return null;
}

interface PresentingProps {
  deckRef: string;
  deck: Deck;
  audience: string | null;
  initialRole: PresentRole;
  from: number;
}

function Presenting({ deckRef, deck, audience, initialRole, from }: PresentingProps) {
  // One sync per mounted show, created before the first paint (and closed on unmount, which
  // also keeps React's double-mounting in development harmless).
  const [sync, setSync] = useState<PresentSync | null>(null);
  useLayoutEffect(() => {
    const hidden = deck.slideOrder.map((id) => own(deck.slides, id)?.hidden ?? false);
    const resumed = resumeIndex();
    const s = new PresentSync({
      deckId: deck.id,
      role: initialRole,
      initial: initNavigation(hidden, resumed ?? from - 1),
      assert: initialRole === 'presenter',
    });
    setSync(s);
    return () => s.close();
    // Role changes after the start go through sync.setRole.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck]);
  return sync ? <Show deckRef={deckRef} deck={deck} audience={audience} initialRole={initialRole} sync={sync} /> : null;
}

interface ShowProps {
  deckRef: string;
  deck: Deck;
  audience: string | null;
  initialRole: PresentRole;
  sync: PresentSync;
}

function Show({ deckRef, deck, audience, initialRole, sync }: ShowProps) {
  const [role, setRole] = useState<PresentRole>(initialRole);
  const [ended, setEnded] = useState(false);
  const elapsed = useElapsed();

  const nav = useSyncExternalStore(sync.subscribe, sync.getState);
  const peers = useSyncExternalStore(sync.subscribe, sync.getPeers);

  // Ending: the presenter (or a lone audience window) returns to the editor at the slide
  // last shown; an audience window that a presenter drives closes, and never shows the
  // editor to the room.
  const roleRef = useLatest(role);
  const peersRef = useLatest(peers);
  useEffect(() => {
    sync.onEnd = (index, local) => {
      const slideId = deck.slideOrder[index] ?? null;
      const r = roleRef.current;
      const presenterElsewhere = peersRef.current.includes('presenter');
      forgetPosition();
      if (r === 'presenter' || (local && !presenterElsewhere)) {
        // Desktop app: the room's window goes when the presenter leaves (it also closes itself).
        if (hostCapabilities().displays) void call('present.closeAudience', {});
        returnToEditor(deckRef, slideId, audience);
        return;
      }
      exitFullscreen();
      window.close();
      setEnded(true);
    };
    const bye = () => sync.close();
    window.addEventListener('pagehide', bye);
    return () => window.removeEventListener('pagehide', bye);
  }, [sync, deck, deckRef, audience, roleRef, peersRef]);

  useEffect(() => {
    if (!ended) rememberPosition(nav.index);
  }, [nav.index, ended]);

  useEffect(() => {
    sync.setRole(role);
    document.title = `${deck.meta.title || 'Untitled deck'} — ${role === 'presenter' ? 'Presenter view' : 'Briefdeck'}`;
  }, [sync, role, deck.meta.title]);

  const currentIndex = useCallback(() => sync.getState().index, [sync]);
  const screens = useElectronScreens(deckRef, initialRole === 'presenter', currentIndex, audience);
  const screensRef = useLatest(screens);
  useEffect(() => {
    void screensRef.current?.refresh();
  }, [peers, screensRef]);

  const swap = useCallback(() => {
    const other = roleRef.current === 'presenter' ? 'audience' : 'presenter';
    if (hostCapabilities().displays && peersRef.current.includes(other)) {
      // Desktop app with both windows: S swaps which display shows which. With both on one
      // display (an audience window asked for on a laptop), S closes it to show the presenter.
      void call('present.swapDisplays', {}).then(async (r) => {
        if (r.ok && r.data.audienceDisplayId !== null && r.data.audienceDisplayId === r.data.presenterDisplayId) await call('present.closeAudience', {});
        await screensRef.current?.refresh();
      });
      return;
    }
    // One window (browser host, or a single display): swap the view in place, full screen.
    setRole((r) => {
      if (r === 'presenter') enterFullscreen();
      else exitFullscreen();
      return r === 'presenter' ? 'audience' : 'presenter';
    });
  }, [roleRef, peersRef, screensRef]);

  const dispatch = useCallback((action: NavigationAction) => sync.dispatch(action), [sync]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (ended) {
        if (e.key === 'Escape') returnToEditor(deckRef, null, audience);
        return;
      }
      const t = e.target as HTMLElement | null;
      // A focused button (reached with Tab) keeps its own Enter/Space.
      if (t && t.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) return;
      // The focused notes text keeps Up/Down for scrolling long notes; other keys still drive the
      // slides. Scrolled here, a line at a time and at once, rather than left to the browser's
      // animated scroll, which a busy presenter machine was seen not to run (scrollTop stayed 0).
      if (t?.classList.contains('presenter-notes-text') && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        e.preventDefault();
        scrollByLine(t, e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      const out = presentKey(e, sync.getState());
      if (!out) return;
      e.preventDefault();
      if (out.kind === 'nav') {
        markKey(e.key);
        sync.dispatch(out.action);
      } else if (out.kind === 'end') sync.end();
      else swap();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sync, swap, ended, deckRef, audience]);

  if (ended) {
    return (
      <div className="present-ended" data-role="ended">
        <p>The presentation has ended. You can close this window.</p>
      </div>
    );
  }

  if (role === 'audience') {
    return <AudienceView deck={deck} nav={nav} showGrid={!peers.includes('presenter')} onPick={(i) => dispatch({ type: 'goto', index: i })} />;
  }
  return (
    <PresenterView
      deck={deck}
      nav={nav}
      peers={peers}
      elapsed={elapsed}
      dispatch={dispatch}
      onOpenAudience={() => {
        window.open(presentUrl(deckRef, 'audience', nav.index + 1, audience), `briefdeck-audience-${deck.id}`, 'popup,width=1280,height=720');
      }}
      onSwap={swap}
      onEnd={() => sync.end()}
      screens={screens}
    />
  );
}

function scrollByLine(el: HTMLElement, lines: number): void {
  const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.4;
  el.scrollBy({ top: lines * lineHeight, behavior: 'instant' });
}

function useLatest<T>(value: T): { readonly current: T } {
  const [box] = useState(() => ({ current: value }));
  useEffect(() => {
    box.current = value;
  }, [box, value]);
  return box;
}
