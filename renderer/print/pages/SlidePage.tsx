// One slide per page at 13.333 x 7.5 in: the same SlideView as everywhere, in print mode.
import type { Deck } from '../../../shared/deck/schema';
import { SLIDE_PAGE, type PlannedSlide } from '../../../shared/export/pagePlan';
import { SlideView } from '../../slide/SlideView';
import { PageNumber } from './PageChrome';
import { own } from '../../../shared/ids';
import { shownSlideNumber } from '../../../shared/deck/slideNumbers';

export interface SlidePageProps {
  deck: Deck;
  slide: PlannedSlide;
  index: number;
  total: number;
  pageNumbers: boolean;
}

export function SlidePage({ deck, slide, index, total, pageNumbers }: SlidePageProps) {
  const s = own(deck.slides, slide.slideId);
  if (!s) return null;
  return (
    <section className="print-page print-primary" style={{ width: SLIDE_PAGE.width, height: SLIDE_PAGE.height }} aria-label={`Slide ${slide.number}`}>
      <SlideView deck={deck} slide={s} width={SLIDE_PAGE.width} mode="print" number={slide.authorNumber} />
      {/* Above the bottom marking banner (34 logical px = 23 px here), clear of every slot. */}
      {/* A slide that shows its own number needs no page number in the same corner. */}
      {pageNumbers && shownSlideNumber(deck, slide.slideId) === null && <PageNumber index={index} total={total} right={28} bottom={30} />}
    </section>
  );
}
