// Which pages an export prints, in what order, at what size: a pure plan from the deck
// and the export options. The print route draws it; the printer and the post-processing
// (outline) read the same plan, so page numbers and bookmarks always agree.
import type { ExportOptions } from '../api/contract';
import type { Deck } from '../deck/schema';
import { formatRange, inRange } from './range';
import { own } from '../ids';
import { PAPER_SIZES, type PageSize } from './paper';

/** Slides print at 13.333 x 7.5 in (16:9): 1280 x 720 CSS px at 96 px/in. */
export const SLIDE_PAGE: PageSize = { width: 1280, height: 720, css: '13.333in 7.5in' };

export type PrintLayout = ExportOptions['layout'];

export interface PlannedSlide {
  slideId: string;
  /** 1-based position in the printed deck (hidden slides count): page labels and bookmarks. */
  number: number;
  /** 1-based position in the author's full deck, as the editor numbers it. It differs from
   * `number` in an audience's version, which numbers only the slides it keeps; findings name
   * slides by it, so the author finds the slide they mean. */
  authorNumber: number;
  title: string;
}

export type PlannedPage =
  | { kind: 'slide'; slide: PlannedSlide }
  | { kind: 'notes'; slide: PlannedSlide }
  | { kind: 'handout'; perPage: 2 | 3 | 6; slides: PlannedSlide[] }
  /** Sources `from`..`from+count-1` (0-based into the numbered list). */
  | { kind: 'sources'; from: number; count: number; continued: boolean };

export interface OutlineEntry {
  title: string;
  /** 0-based page index in the PDF. */
  pageIndex: number;
}

export interface PagePlan {
  layout: PrintLayout;
  /** The slide page, or the chosen paper (portrait) for notes pages and handouts. */
  page: PageSize;
  /** The slides printed, in deck order. */
  slides: PlannedSlide[];
  pages: PlannedPage[];
  outline: OutlineEntry[];
}

export type PlanResult = { ok: true; plan: PagePlan } | { ok: false; message: string };

const PER_PAGE = { handout2: 2, handout3: 3, handout6: 6 } as const;

export function outlineTitle(slide: PlannedSlide): string {
  const t = slide.title.trim().replace(/\s+/g, ' ');
  return t === '' ? `Slide ${slide.number}` : t;
}

/** The slides an export includes: the range (deck numbering) minus hidden slides unless asked.
 * `author`: the full deck when `deck` is an audience's version of it (for authorNumber). */
export function selectSlides(deck: Deck, options: Pick<ExportOptions, 'range' | 'includeHidden'>, author: Deck = deck): PlannedSlide[] {
  const out: PlannedSlide[] = [];
  deck.slideOrder.forEach((slideId, i) => {
    const slide = own(deck.slides, slideId);
    const number = i + 1;
    if (!slide) return;
    if (!inRange(options.range, number)) return;
    if (slide.hidden && !options.includeHidden) return;
    const authorNumber = author === deck ? number : author.slideOrder.indexOf(slideId) + 1 || number;
    out.push({ slideId, number, authorNumber, title: slide.title });
  });
  return out;
}

/** How many numbered sources fit on one Sources page (entries run to two lines). */
export const SOURCES_PER_PAGE = { slides: 9, portrait: 16 } as const;

/** `sourceCount`: how many distinct sources the printed slides cite (shared/data collectSources);
 * a Sources page is added only when there is at least one, continued over as many pages as needed.
 * `author`: as for selectSlides. */
export function planPages(deck: Deck, options: ExportOptions, sourceCount = 0, author: Deck = deck): PlanResult {
  const slides = selectSlides(deck, options, author);
  if (slides.length === 0) {
    const count = deck.slideOrder.length;
    const why = options.range
      ? `slides ${formatRange(options.range)} select no ${options.includeHidden ? '' : 'visible '}slides; the deck has ${count}`
      : count === 0
        ? 'the deck has no slides'
        : 'every slide is hidden; include hidden slides to export them';
    return { ok: false, message: `Nothing to export: ${why}.` };
  }
  const pages: PlannedPage[] = [];
  const outline: OutlineEntry[] = [];
  const { layout } = options;
  switch (layout) {
    case 'slides':
    case 'notes':
      for (const slide of slides) {
        outline.push({ title: outlineTitle(slide), pageIndex: pages.length });
        pages.push({ kind: layout === 'slides' ? 'slide' : 'notes', slide });
      }
      break;
    case 'handout2':
    case 'handout3':
    case 'handout6': {
      const perPage = PER_PAGE[layout];
      for (let i = 0; i < slides.length; i += perPage) {
        const group = slides.slice(i, i + perPage);
        for (const slide of group) outline.push({ title: outlineTitle(slide), pageIndex: pages.length });
        pages.push({ kind: 'handout', perPage, slides: group });
      }
      break;
    }
    default: {
      const never: never = layout;
      throw new Error(`unknown layout ${String(never)}`);
    }
  }
  if (options.sourcesPage && sourceCount > 0) {
    outline.push({ title: 'Sources', pageIndex: pages.length });
    const per = layout === 'slides' ? SOURCES_PER_PAGE.slides : SOURCES_PER_PAGE.portrait;
    for (let from = 0; from < sourceCount; from += per) {
      pages.push({ kind: 'sources', from, count: Math.min(per, sourceCount - from), continued: from > 0 });
    }
  }
  return { ok: true, plan: { layout, page: layout === 'slides' ? SLIDE_PAGE : pageOfPaper(options.paper), slides, pages, outline } };
}

/** The portrait page for a paper (a missing value, from an older caller, is Letter). */
function pageOfPaper(paper: ExportOptions['paper'] | undefined): PageSize {
  const { width, height, css } = PAPER_SIZES[paper ?? 'letter'];
  return { width, height, css };
}
