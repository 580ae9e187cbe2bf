// The pages of a plan as the print route draws them: each page component inside a
// PageBoundary, so a page that throws prints as a labelled empty page and a preflight item.
// PrintScreen draws every page; the export dialog's preflight draws them a few at a time.
import type { Deck } from '../../shared/deck/schema';
import type { NumberedSource } from '../../shared/data/sources';
import type { PagePlan, PlannedPage } from '../../shared/export/pagePlan';
import type { PreflightItem } from '../../shared/export/printStatus';
import { PageBoundary } from './PageBoundary';
import { HandoutPage } from './pages/HandoutPage';
import { NotesPage } from './pages/NotesPage';
import { SlidePage } from './pages/SlidePage';
import { SourcesPage } from './pages/SourcesPage';
import './print.css';

export interface PrintPagesProps {
  deck: Deck;
  plan: PagePlan;
  /** Which pages to draw (0-based into plan.pages); all when omitted. */
  indices?: readonly number[];
  sources: readonly NumberedSource[];
  pageNumbers: boolean;
  /** A page threw while drawing: the preflight item that says so. */
  onPageError(item: PreflightItem): void;
}

function pageLabel(page: PlannedPage, index: number): string {
  return page.kind === 'slide' || page.kind === 'notes' ? `Slide ${page.slide.number}` : `Page ${index + 1}`;
}

export function PrintPages({ deck, plan, indices, sources, pageNumbers, onPageError }: PrintPagesProps) {
  const total = plan.pages.length;
  const portrait = plan.layout !== 'slides';
  const drawn = indices ?? plan.pages.map((_, i) => i);
  return (
    <>
      {drawn.map((index) => {
        const page = plan.pages[index];
        if (!page) return null;
        const common = { deck, index, total, pageNumbers };
        const label = pageLabel(page, index);
        // The finding names the slide as the editor numbers it (an audience's version renumbers).
        const slide = page.kind === 'slide' || page.kind === 'notes' ? page.slide : null;
        const onError = (message: string) =>
          onPageError({
            kind: 'render-failed',
            slideNumber: slide?.authorNumber ?? null,
            widgetId: null,
            message: `${slide ? `Slide ${slide.authorNumber}` : label} could not be drawn (${message}); it prints as an empty page.`,
          });
        let body;
        switch (page.kind) {
          case 'slide':
            body = <SlidePage {...common} slide={page.slide} />;
            break;
          case 'notes':
            body = <NotesPage {...common} page={plan.page} slide={page.slide} />;
            break;
          case 'handout':
            body = <HandoutPage {...common} page={plan.page} perPage={page.perPage} slides={page.slides} />;
            break;
          case 'sources':
            body = <SourcesPage {...common} page={plan.page} portrait={portrait} continued={page.continued} sources={sources.slice(page.from, page.from + page.count)} />;
            break;
          default: {
            const never: never = page;
            throw new Error(`unknown page ${String(never)}`);
          }
        }
        return (
          <PageBoundary key={index} label={label} width={plan.page.width} height={plan.page.height} onError={onError}>
            {body}
          </PageBoundary>
        );
      })}
    </>
  );
}
