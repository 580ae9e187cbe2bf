// The audience slide, fast and complete from its first frame: a slide with maps is painted
// first with the static (SVG) maps, which look the same, and the live MapLibre version is
// built underneath and swapped in once its maps have drawn. So a key press shows the whole
// next slide at once (no empty map box while WebGL starts) and the maps are then live for
// zooming during questions.
import { useEffect, useMemo, useState } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { createReadinessTracker, ReadinessContext } from '../widgets/readiness';
import { SlideView } from '../slide/SlideView';
import { own } from '../../shared/ids';
import { hasLiveView } from '../widgets/registry';

/** Flipping quickly through slides never starts WebGL: the live version is built only once
 * a slide has stayed on screen this long (starting a map blocks the page for tens of ms). */
const SETTLE_MS = 250;
/** A live map that has not drawn by then is shown anyway (it says itself if it failed). */
const LIVE_READY_TIMEOUT_MS = 8000;

export interface LiveSlideProps {
  deck: Deck;
  slide: Slide;
  width: number;
  number: number;
  /** On screen. A slide drawn ahead (the next one) stays static until it is shown. */
  active?: boolean;
}

function hasLiveWidgets(deck: Deck, slide: Slide): boolean {
  return Object.values(slide.slots).some((id) => id !== null && hasLiveView(own(deck.widgets, id)));
}

/** Mount it with key={slide.id}: each slide starts static and turns live once. */
export function LiveSlide({ deck, slide, width, number, active = true }: LiveSlideProps) {
  const staticFirst = useMemo(() => hasLiveWidgets(deck, slide), [deck, slide]);
  const [liveMounted, setLiveMounted] = useState(!staticFirst);
  const [liveShown, setLiveShown] = useState(!staticFirst);
  const tracker = useMemo(() => createReadinessTracker(), []);

  // Start the live version once the static frame has been on screen for a moment.
  useEffect(() => {
    if (liveMounted || !active) return undefined;
    const timer = setTimeout(() => setLiveMounted(true), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [liveMounted, active]);

  useEffect(() => {
    if (!liveMounted || liveShown) return undefined;
    let cancelled = false;
    void tracker.whenIdle(LIVE_READY_TIMEOUT_MS).then(() => {
      if (!cancelled) setLiveShown(true);
    });
    return () => {
      cancelled = true;
    };
  }, [liveMounted, liveShown, tracker]);

  const height = Math.round((width * SLIDE_HEIGHT) / SLIDE_WIDTH);
  return (
    <div className="present-live-slide" style={{ position: 'relative', width, height }} data-live={liveShown ? 'true' : 'false'}>
      {!liveShown && (
        <div className="present-layer">
          <SlideView deck={deck} slide={slide} width={width} mode="static" audience="room" number={number} />
        </div>
      )}
      {liveMounted && (
        <ReadinessContext.Provider value={tracker}>
          <div className="present-layer" style={liveShown ? undefined : { opacity: 0, pointerEvents: 'none' }} aria-hidden={liveShown ? undefined : true}>
            <SlideView deck={deck} slide={slide} width={width} mode="live" audience="room" number={number} />
          </div>
        </ReadinessContext.Provider>
      )}
    </div>
  );
}
