// The presenter's screen (DESIGN.md §5): current and next slide (static previews), notes
// with adjustable size, elapsed timer, clock, "slide n of N", and a strip of thumbnails to
// jump to. Keys work here exactly as in the audience window; both follow one shared state.
import { useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { nextVisible, type NavigationAction, type NavigationState } from '../../shared/present/navigation';
import type { PresentRole } from '../../shared/present/sync';
import { hostCapabilities } from '../host/capabilities';
import { FitSlide } from './FitSlide';
import type { ElectronScreens } from './electronScreens';
import { LazySlide } from './LazySlide';
import { ScreenPicker } from './ScreenPicker';
import { SlideGrid } from './SlideGrid';
import { formatElapsed, useClock, type Elapsed } from './useElapsed';
import { own } from '../../shared/ids';
import { useSlideMarks, useVariant } from '../slide/variantContext';

const NOTES_SIZE_KEY = 'briefdeck.present.notesSize';
const NOTES_SIZES: readonly number[] = [14, 16, 18, 20, 22, 26, 30, 36, 42, 48];

export interface PresenterViewProps {
  deck: Deck;
  nav: NavigationState;
  peers: readonly PresentRole[];
  /** Owned by the show, so swapping to the audience view and back keeps the time. */
  elapsed: Elapsed;
  dispatch(action: NavigationAction): void;
  onOpenAudience(): void;
  onSwap(): void;
  onEnd(): void;
  /** Desktop app: where the audience window is, and the controls to move it. */
  screens?: ElectronScreens | null;
}

function useNotesSize(): [number, (step: 1 | -1) => void] {
  const [size, setSize] = useState(() => {
    const saved = Number(localStorage.getItem(NOTES_SIZE_KEY));
    return NOTES_SIZES.includes(saved) ? saved : 22;
  });
  const change = (step: 1 | -1) => {
    const i = Math.max(0, Math.min(NOTES_SIZES.length - 1, NOTES_SIZES.indexOf(size) + step));
    const next = NOTES_SIZES[i] ?? size;
    localStorage.setItem(NOTES_SIZE_KEY, String(next));
    setSize(next);
  };
  return [size, change];
}

/** Buttons never take focus from a click, so Space/Enter keep driving the slides. */
const keepFocus = (e: React.MouseEvent) => e.preventDefault();

const SCREEN_LABEL = { black: 'The room sees a black screen', white: 'The room sees a white screen' } as const;

export function PresenterView({ deck, nav, peers, elapsed, dispatch, onOpenAudience, onSwap, onEnd, screens }: PresenterViewProps) {
  const clock = useClock();
  const [notesSize, changeNotesSize] = useNotesSize();
  const slideId = deck.slideOrder[nav.index];
  const slide = slideId ? own(deck.slides, slideId) : undefined;
  // The notes' portion mark, from the variant being presented ('' for an unmarked deck).
  const notesMark = useSlideMarks(deck, slideId ?? '').notes;
  const presentedFor = useVariant(deck).audience;
  const noNotes = presentedFor && !presentedFor.includeNotes ? `Speaker notes are not part of the version for “${presentedFor.name}”.` : 'No notes for this slide.';
  const nextIndex = nextVisible(nav, nav.index);
  const nextId = nextIndex === null ? undefined : deck.slideOrder[nextIndex];
  const nextSlide = nextId ? own(deck.slides, nextId) : undefined;
  const audienceOpen = peers.includes('audience');
  // Desktop app with an audience window: S swaps displays rather than the view in this window.
  const swapsDisplays = hostCapabilities().displays && audienceOpen;

  return (
    <div className="present-presenter" data-role="presenter" data-index={nav.index} data-screen={nav.screen}>
      <header className="presenter-bar">
        <div className="presenter-title" title={deck.meta.title}>
          {deck.meta.title || 'Untitled deck'}
        </div>
        <div className="presenter-position" data-testid="slide-position">
          Slide {nav.index + 1} of {nav.slideCount}
          {slide?.hidden ? <span className="presenter-tag">hidden</span> : null}
        </div>
        <div className="presenter-timer" role="timer" aria-label="Elapsed time">
          <span data-testid="elapsed" className={elapsed.running ? '' : 'is-paused'}>
            {formatElapsed(elapsed.ms)}
          </span>
          <button type="button" onMouseDown={keepFocus} onClick={elapsed.toggle}>
            {elapsed.running ? 'Pause' : 'Resume'}
          </button>
          <button type="button" onMouseDown={keepFocus} onClick={elapsed.reset}>
            Reset
          </button>
        </div>
        <div className="presenter-clock" data-testid="clock" aria-label="Time of day">
          {clock.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
        </div>
        <div className="presenter-actions">
          {audienceOpen && (
            <span className="presenter-status" data-testid="audience-status">
              Audience window connected
            </span>
          )}
          {screens ? (
            <ScreenPicker screens={screens} />
          ) : audienceOpen || hostCapabilities().displays ? null : (
            <button type="button" onMouseDown={keepFocus} onClick={onOpenAudience}>
              Open audience window
            </button>
          )}
          {swapsDisplays ? (
            <button type="button" onMouseDown={keepFocus} onClick={onSwap} title="Swap the presenter and audience displays (S)">
              Swap screens (S)
            </button>
          ) : (
            <button type="button" onMouseDown={keepFocus} onClick={onSwap} title="Show the audience view in this window (S)">
              Audience view (S)
            </button>
          )}
          <button type="button" onMouseDown={keepFocus} onClick={onEnd} title="End the presentation (Esc)">
            End (Esc)
          </button>
        </div>
      </header>

      <main className="presenter-main">
        <section className="presenter-current" aria-label="Current slide">
          <FitSlide deck={deck} slide={slide} mode="static" number={nav.index + 1} className="presenter-current-slide">
            {nav.screen !== 'slide' && (
              <div className={`presenter-screen-badge is-${nav.screen}`} data-testid="screen-badge">
                {SCREEN_LABEL[nav.screen]} — press any key to return
              </div>
            )}
          </FitSlide>
          {nav.typed && (
            <div className="presenter-typed" data-testid="typed">
              {Number(nav.typed) <= nav.slideCount
                ? `Go to slide ${nav.typed} — press Enter`
                : `There is no slide ${nav.typed} (${nav.slideCount} slides)`}
            </div>
          )}
        </section>
        <aside className="presenter-side">
          <section className="presenter-next" aria-label="Next slide">
            <h2>Next{nextIndex !== null ? ` · slide ${nextIndex + 1}` : ''}</h2>
            {nextSlide && nextIndex !== null ? (
              <FitSlide deck={deck} slide={nextSlide} mode="static" number={nextIndex + 1} className="presenter-next-slide" />
            ) : (
              <div className="presenter-next-end">End of presentation</div>
            )}
          </section>
          <section className="presenter-notes" aria-label="Speaker notes">
            <h2>
              Notes
              <span className="presenter-notes-size">
                <button type="button" onMouseDown={keepFocus} onClick={() => changeNotesSize(-1)} title="Smaller notes">
                  <span aria-hidden="true">A−</span>
                  <span className="sr-only">Smaller notes</span>
                </button>
                <button type="button" onMouseDown={keepFocus} onClick={() => changeNotesSize(1)} title="Larger notes">
                  <span aria-hidden="true">A+</span>
                  <span className="sr-only">Larger notes</span>
                </button>
              </span>
            </h2>
            {/* Focusable so long notes scroll from the keyboard (Up/Down while focused, see PresentScreen). */}
            <div className="presenter-notes-text" data-testid="notes" style={{ fontSize: notesSize }} tabIndex={0} role="region" aria-label="Notes text">
              {slide?.notes ? (
                <>
                  {notesMark && <strong className="portion-mark">{notesMark} </strong>}
                  {slide.notes}
                </>
              ) : (
                <span className="presenter-muted">{noNotes}</span>
              )}
            </div>
          </section>
        </aside>
      </main>

      <nav className="presenter-strip" aria-label="All slides">
        {deck.slideOrder.map((id, i) => {
          const s = own(deck.slides, id);
          if (!s) return null;
          return <LazySlide key={id} deck={deck} slide={s} number={i + 1} width={176} current={i === nav.index} onPick={() => dispatch({ type: 'goto', index: i })} />;
        })}
      </nav>

      {nav.grid && <SlideGrid deck={deck} index={nav.index} typed={nav.typed} onPick={(i) => dispatch({ type: 'goto', index: i })} />}
    </div>
  );
}
