// Handouts (A4 or Letter portrait): 2 slides stacked, 3 with ruled note lines beside them, or 6
// in a 2 x 3 grid. Slides are the same SlideView, drawn small.
import type { Deck } from '../../../shared/deck/schema';
import type { PlannedSlide } from '../../../shared/export/pagePlan';
import type { PageSize } from '../../../shared/export/paper';
import { SlideView } from '../../slide/SlideView';
import { MARKING_HEIGHT, PageMarkings, PageNumber, PORTRAIT_MARGIN } from './PageChrome';
import { own } from '../../../shared/ids';
import { combinedBanner } from '../../../shared/markings/variant';
import { useVariant } from '../../slide/variantContext';

export interface HandoutPageProps {
  deck: Deck;
  /** The paper, portrait. */
  page: PageSize;
  perPage: 2 | 3 | 6;
  slides: PlannedSlide[];
  index: number;
  total: number;
  pageNumbers: boolean;
}

interface Cell {
  left: number;
  top: number;
  width: number;
  lines: boolean;
}

/** Slide positions on the page for each handout kind. */
function cells(perPage: 2 | 3 | 6, page: PageSize): Cell[] {
  const inner = page.width - 2 * PORTRAIT_MARGIN;
  const top = PORTRAIT_MARGIN + MARKING_HEIGHT;
  switch (perPage) {
    case 2: {
      const width = 600;
      const left = (page.width - width) / 2;
      return [0, 1].map((i) => ({ left, top: top + 20 + i * 450, width, lines: false }));
    }
    case 3:
      return [0, 1, 2].map((i) => ({ left: PORTRAIT_MARGIN, top: top + 10 + i * 308, width: 340, lines: true }));
    case 6: {
      const width = (inner - 32) / 2;
      return [0, 1, 2, 3, 4, 5].map((i) => ({ left: PORTRAIT_MARGIN + (i % 2) * (width + 32), top: top + 10 + Math.floor(i / 2) * 300, width, lines: false }));
    }
    default: {
      const never: never = perPage;
      throw new Error(`unknown handout ${String(never)}`);
    }
  }
}

export function HandoutPage({ deck, page, perPage, slides, index, total, pageNumbers }: HandoutPageProps) {
  const layout = cells(perPage, page);
  const variant = useVariant(deck);
  return (
    <section className="print-page print-primary" style={{ width: page.width, height: page.height }} aria-label={`Handout page ${index + 1}`}>
      <PageMarkings banner={combinedBanner(variant, slides.map((s) => s.slideId))} />
      {slides.map((planned, i) => {
        const s = own(deck.slides, planned.slideId);
        const cell = layout[i];
        if (!s || !cell) return null;
        const height = (cell.width * 9) / 16;
        return (
          <div key={planned.slideId} style={{ position: 'absolute', left: cell.left, top: cell.top, width: cell.width }}>
            <div className="small muted" style={{ fontSize: 11, marginBottom: 4 }}>
              {planned.number}. {planned.title}
            </div>
            <div className="print-slide-box">
              <SlideView deck={deck} slide={s} width={cell.width - 2} mode="print" number={planned.authorNumber} />
            </div>
            {cell.lines && (
              <div
                className="print-lines"
                aria-hidden
                style={{ position: 'absolute', left: cell.width + 28, top: 18, width: page.width - 2 * PORTRAIT_MARGIN - cell.width - 28, height }}
              >
                {Array.from({ length: 7 }, (_, k) => (
                  <div key={k} />
                ))}
              </div>
            )}
          </div>
        );
      })}
      {pageNumbers && <PageNumber index={index} total={total} right={PORTRAIT_MARGIN} bottom={30} />}
    </section>
  );
}
