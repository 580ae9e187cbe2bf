// What the room sees (DESIGN.md §5): the current slide, live, scaled to fit and letterboxed
// in black; black/white covers; nothing that edits. The pointer hides after 2 s still.
// In the browser host an "Enter full screen" button stays until full screen (browsers allow
// it only from a click or key press).
import { useEffect, useRef, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import type { NavigationState } from '../../shared/present/navigation';
import { isElectron } from '../host/api';
import { FitSlide } from './FitSlide';
import { enterFullscreen, useFullscreen } from './fullscreen';
import { markPainted } from './presentMarks';
import { SlideGrid } from './SlideGrid';

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
  const slide = slideId ? deck.slides[slideId] : undefined;
  const firstFrame = useRef(true);

  useEffect(() => {
    markPainted(nav.index, firstFrame.current);
    firstFrame.current = false;
  }, [nav.index]);

  // The first click or key anywhere asks for full screen (a gesture is required).
  useEffect(() => {
    if (isElectron()) return undefined;
    const once = () => enterFullscreen();
    window.addEventListener('pointerdown', once, { once: true });
    window.addEventListener('keydown', once, { once: true });
    return () => {
      window.removeEventListener('pointerdown', once);
      window.removeEventListener('keydown', once);
    };
  }, []);

  return (
    <div className={`present-audience${idle ? ' pointer-idle' : ''}`} data-role="audience" data-index={nav.index} data-screen={nav.screen}>
      {slide ? (
        <FitSlide className="present-audience-slide" deck={deck} slide={slide} mode="live" number={nav.index + 1} fade={deck.meta.transition === 'fade'} />
      ) : (
        <p className="present-empty">This deck has no slides.</p>
      )}
      {nav.screen !== 'slide' && <div className={`present-cover present-cover-${nav.screen}`} data-testid="present-cover" />}
      {showGrid && nav.grid && <SlideGrid deck={deck} index={nav.index} typed={nav.typed} onPick={onPick} />}
      {!isElectron() && !fullscreen && (
        <button type="button" className="present-fullscreen-button" onClick={() => enterFullscreen()}>
          Enter full screen
        </button>
      )}
    </div>
  );
}
