// A thumbnail that renders its slide only while it is on screen (or about to be): a
// 200-slide deck's strip and grid must not draw 200 slides at once.
import { useEffect, useRef } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { SlideView } from '../slide/SlideView';
import { useNearScreen } from '../slide/useNearScreen';

export interface LazySlideProps {
  deck: Deck;
  slide: Slide;
  number: number;
  width: number;
  current: boolean;
  onPick(): void;
}

export function LazySlide({ deck, slide, number, width, current, onPick }: LazySlideProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const visible = useNearScreen(ref);

  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);

  const height = Math.round((width * SLIDE_HEIGHT) / SLIDE_WIDTH);
  return (
    <button
      ref={ref}
      type="button"
      className={`present-thumb${current ? ' is-current' : ''}${slide.hidden ? ' is-hidden' : ''}`}
      aria-current={current ? 'true' : undefined}
      data-slide-number={number}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
    >
      {/* Named by this line, not the picture's text (which is the slide, for the eye). */}
      <span className="sr-only">{`Go to slide ${number}${slide.hidden ? ' (hidden)' : ''}: ${slide.title || 'Untitled'}`}</span>
      <span className="present-thumb-slide" style={{ width, height }} aria-hidden="true" inert>
        {visible ? <SlideView deck={deck} slide={slide} width={width} mode="static" number={number} /> : null}
      </span>
      <span className="present-thumb-label" aria-hidden="true">
        {number}
        {slide.hidden ? ' · hidden' : ''}
      </span>
    </button>
  );
}
