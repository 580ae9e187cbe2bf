// Notes page (A4 or Letter portrait): the slide on top, its speaker notes below, the marking
// at top and bottom and the page number, like PowerPoint's notes pages.
import type { Deck } from '../../../shared/deck/schema';
import type { PlannedSlide } from '../../../shared/export/pagePlan';
import type { PageSize } from '../../../shared/export/paper';
import { SlideView } from '../../slide/SlideView';
import { PageMarkings, PageNumber, PORTRAIT_MARGIN } from './PageChrome';
import { own } from '../../../shared/ids';
import { useSlideMarks } from '../../slide/variantContext';

export interface NotesPageProps {
  deck: Deck;
  slide: PlannedSlide;
  /** The paper, portrait. */
  page: PageSize;
  index: number;
  total: number;
  pageNumbers: boolean;
}

export function NotesPage({ deck, slide, page, index, total, pageNumbers }: NotesPageProps) {
  const s = own(deck.slides, slide.slideId);
  const marks = useSlideMarks(deck, slide.slideId);
  if (!s) return null;
  const width = page.width - 2 * PORTRAIT_MARGIN;
  const notes = s.notes.trim();
  return (
    <section className="print-page print-primary" style={{ width: page.width, height: page.height }} aria-label={`Notes for slide ${slide.number}`}>
      <PageMarkings banner={marks.notesBanner} />
      <div style={{ position: 'absolute', left: PORTRAIT_MARGIN, top: PORTRAIT_MARGIN, width }}>
        <div className="print-slide-box">
          <SlideView deck={deck} slide={s} width={width - 2} mode="print" number={slide.authorNumber} />
        </div>
        <h2 className="print-heading" style={{ margin: '22px 0 10px' }}>
          Notes · Slide {slide.number}
        </h2>
        {notes === '' ? <p className="print-notes print-notes-empty">No speaker notes.</p> : <p className="print-notes">{marks.notes && <strong className="portion-mark">{marks.notes} </strong>}{notes}</p>}
      </div>
      {pageNumbers && <PageNumber index={index} total={total} right={PORTRAIT_MARGIN} bottom={30} />}
    </section>
  );
}
