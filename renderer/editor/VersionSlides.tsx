// A saved version's slides as thumbnails (the history dialog's preview), each drawn by the same
// SlideView once it scrolls near, named for screen readers by number and title.
import { useRef } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import { SlideView } from '../slide/SlideView';
import { useNearScreen } from '../slide/useNearScreen';

const WIDTH = 200;

function VersionSlide({ deck, slide, number }: { deck: Deck; slide: Slide; number: number }) {
  const ref = useRef<HTMLLIElement>(null);
  const near = useNearScreen(ref);
  return (
    <li ref={ref} className="version-slide" data-testid="version-slide">
      <span className="sr-only">{`Slide ${number}${slide.hidden ? ' (hidden)' : ''}: ${slide.title || 'Untitled'}`}</span>
      <span className="version-slide-picture" aria-hidden="true" inert style={{ width: WIDTH, height: Math.round((WIDTH * SLIDE_HEIGHT) / SLIDE_WIDTH) }}>
        {near && <SlideView deck={deck} slide={slide} width={WIDTH} mode="static" audience="author" number={number} />}
      </span>
      <span className="muted small" aria-hidden="true">
        {number}
        {slide.hidden ? ' · hidden' : ''}
      </span>
    </li>
  );
}

export function VersionSlides({ deck }: { deck: Deck }) {
  return (
    <ol className="version-slides" aria-label="Slides in this version">
      {deck.slideOrder.map((id, i) => {
        const slide = own(deck.slides, id);
        return slide ? <VersionSlide key={id} deck={deck} slide={slide} number={i + 1} /> : null;
      })}
    </ol>
  );
}
