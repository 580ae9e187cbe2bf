// What the room sees (DESIGN.md §5): the current slide, live, scaled to fit and letterboxed
// in black; black/white covers; nothing that edits. The pointer hides after 2 s still.
// In the browser host an "Enter full screen" button stays until full screen (browsers allow
// it only from a click or key press).
import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { nextVisible, type NavigationState } from '../../shared/present/navigation';
import { hostCapabilities } from '../host/capabilities';
import { VIEW_ONLY_EDITS, WidgetEditContext } from '../widgets/editContext';
import { FitSlide } from './FitSlide';
import { LiveSlide } from './LiveSlide';
import { enterFullscreen, useFullscreen } from './fullscreen';
import { markPainted } from './presentMarks';
import { SlideGrid } from './SlideGrid';
import { own } from '../../shared/ids';

const POINTER_IDLE_MS = 2000;


export interface AudienceViewProps {
  deck: Deck;
  nav: NavigationState;
  /** The grid shows here only when no presenter window is open to show it. */
  showGrid: boolean;
  onPick(index: number): void;
}

function usePointerIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), POINTER_IDLE_MS);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), POINTER_IDLE_MS);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, []);
  return idle;
}

export function AudienceView({ deck, nav, showGrid, onPick }: AudienceViewProps) {
  const idle = usePointerIdle();
  const fullscreen = useFullscreen();
  const slideId = deck.slideOrder[nav.index];
  const slide = slideId ? own(deck.slides, slideId) : undefined;
  const firstFrame = useRef(true);

  // Slides kept in the page besides the current one, invisible: the slide being left, until
  // the new one is painted (tearing down a live map, its WebGL context, is slow and must not
  // delay the next frame), and the slide that comes next, drawn (static) once this one is on
  // screen, so that the usual key press only has to show it. (A slide that has been shown and
  // is now the one ahead, after a step back, keeps its live map until it leaves the page.)
  const nextIndex = nextVisible(nav, nav.index);
  const nextId = nextIndex === null ? undefined : deck.slideOrder[nextIndex];
  const [mounted, setMounted] = useState<string[]>(slideId ? [slideId] : []);
  if (slideId && !mounted.includes(slideId)) {
    setMounted((m) => [...m.filter((id) => id !== slideId), slideId]);
  }
  const settled = mounted.length === (nextId && nextId !== slideId ? 2 : 1) && mounted[0] === slideId && (!nextId || nextId === slideId || mounted[1] === nextId);
  useEffect(() => {
    if (settled || !slideId) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(() => setMounted(nextId && nextId !== slideId ? [slideId, nextId] : [slideId]), 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [settled, slideId, nextId]);

  useEffect(() => {
    markPainted(nav.index, firstFrame.current);
    firstFrame.current = false;
  }, [nav.index]);

  // The first click or key anywhere asks for full screen (a gesture is required).
  useEffect(() => {
    if (hostCapabilities().displays) return undefined;
    const once = () => enterFullscreen();
    window.addEventListener('pointerdown', once, { once: true });
    window.addEventListener('keydown', once, { once: true });
    return () => {
      window.removeEventListener('pointerdown', once);
      window.removeEventListener('keydown', once);
    };
  }, []);

  // Live maps pan and zoom here for questions from the room (VIEW_ONLY_EDITS): the deck never changes.
  return (
    // The slide is the page's main content (a screen reader's "main" key lands on it).
    <main className={`present-audience${idle ? ' pointer-idle' : ''}`} data-role="audience" data-index={nav.index} data-screen={nav.screen}>
      {slide ? (
        <WidgetEditContext.Provider value={VIEW_ONLY_EDITS}>
          <FitSlide
            className="present-audience-slide"
            deck={deck}
            slide={slide}
            mode="live"
            number={nav.index + 1}
            render={(width) =>
              mounted.map((id) => {
                const s = own(deck.slides, id);
                if (!s) return null;
                const current = id === slideId;
                return (
                  <div
                    key={id}
                    className={current && deck.meta.transition === 'fade' ? 'present-layer present-fade-in' : 'present-layer'}
                    style={current ? undefined : { visibility: 'hidden' }}
                    aria-hidden={current ? undefined : true}
                    data-current={current ? 'true' : undefined}
                  >
                    <LiveSlide deck={deck} slide={s} width={width} number={deck.slideOrder.indexOf(id) + 1} active={current} />
                  </div>
                );
              })
            }
          />
        </WidgetEditContext.Provider>
      ) : (
        <p className="present-empty">This deck has no slides.</p>
      )}
      {nav.screen !== 'slide' && <div className={`present-cover present-cover-${nav.screen}`} data-testid="present-cover" />}
      {showGrid && nav.grid && <SlideGrid deck={deck} index={nav.index} typed={nav.typed} onPick={onPick} />}
      {!hostCapabilities().displays && !fullscreen && (
        <button type="button" className="present-fullscreen-button" onClick={() => enterFullscreen()}>
          Enter full screen
        </button>
      )}
    </main>
  );
}
