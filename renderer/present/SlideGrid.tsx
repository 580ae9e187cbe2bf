// The slide grid (G or O): every slide as a thumbnail to jump to; only the ones on screen
// are drawn. Hidden slides are shown dimmed and can be picked (an explicit jump).
import type { Deck } from '../../shared/deck/schema';
import { LazySlide } from './LazySlide';
import { own } from '../../shared/ids';

export interface SlideGridProps {
  deck: Deck;
  index: number;
  typed: string;
  onPick(index: number): void;
}

export function SlideGrid({ deck, index, typed, onPick }: SlideGridProps) {
  return (
    <div className="present-grid" role="dialog" aria-label="All slides">
      <div className="present-grid-head">
        <strong>All slides</strong>
        <span>{typed ? `Go to slide ${typed} — press Enter` : 'Click a slide, or type its number and press Enter. G or Esc closes.'}</span>
      </div>
      <div className="present-grid-body">
        {deck.slideOrder.map((id, i) => {
          const slide = own(deck.slides, id);
          if (!slide) return null;
          return <LazySlide key={id} deck={deck} slide={slide} number={i + 1} width={300} current={i === index} onPick={() => onPick(i)} />;
        })}
      </div>
    </div>
  );
}
