// A deck as PowerPoint slides, before any OOXML: which slides (the PDF export's range and
// hidden-slide rules), each slide's layout, title, notes, hidden flag and shapes (each widget
// through its kind's exporter, its source line under it, the banners), then the Sources slides.
// Pure; the Node writer (electron/services/pptx) turns the plan into a file.
import type { ExportOptions } from '../../api/contract';
import { collectSources, type NumberedSource } from '../../data/sources';
import type { Deck, Slide } from '../../deck/schema';
import { getLayout } from '../../layouts';
import { SOURCE_LINE_FONT_SIZE, SOURCE_LINE_HEIGHT } from '../../layouts/slideChrome';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../deck/constants';
import { getTheme, type Theme } from '../../theme';
import type { Widget } from '../../widgets';
import { PPTX_EXPORTERS } from '../../widgets/pptxExporters';
import { formatSourceLine } from '../../widgets/source';
import { planPages, selectSlides, SOURCES_PER_PAGE } from '../pagePlan';
import type { PptxExportContext } from './context';
import { bannerShapes, portionMark, slideBanner } from './markings';
import type { PptxShape, TextRun } from './shapes';
import { CHAR_WIDTH_EM } from './textFit';
import { own } from '../../ids';

/** The slide layout every Sources slide uses (a title band and one body). */
export const SOURCES_LAYOUT_ID = 'sources';

export interface PptxSlidePlan {
  /** Briefdeck layout id, or SOURCES_LAYOUT_ID. */
  layoutId: string;
  title: string;
  notes: string;
  hidden: boolean;
  shapes: PptxShape[];
}

export interface PptxPlan {
  meta: { title: string; subject: string; author: string; company: string };
  theme: Theme;
  slides: PptxSlidePlan[];
  /** Findings for the author (text that may not fit), as the PDF export lists its preflight. */
  warnings: string[];
}

export type PptxPlanResult = { ok: true; plan: PptxPlan } | { ok: false; message: string };

export type PlanContext = Pick<PptxExportContext, 'findDataset' | 'world'>;

/** Only web addresses become links; anything else stays text. */
export function webLink(url: string | null | undefined): string | undefined {
  const u = url?.trim() ?? '';
  return /^https?:\/\//i.test(u) ? u : undefined;
}

/** The slide view keeps a source line on one line (cut with an ellipsis); here nothing is cut:
 * the type gets smaller until the whole line fits, down to 11 px, then it wraps. */
function oneLineSize(text: string, width: number, size: number): number {
  const fits = Math.floor(width / (text.length * CHAR_WIDTH_EM.sans));
  return Math.max(11, Math.min(size, fits));
}

function widgetShapes(deck: Deck, widget: Widget, box: { x: number; y: number; w: number; h: number }, ctx: PptxExportContext): PptxShape[] {
  // The registry's type pairs each kind with its exporter; TypeScript cannot see that through the union.
  const exporter = PPTX_EXPORTERS[widget.kind] as (w: Widget, d: Deck, b: typeof box, c: PptxExportContext) => PptxShape[];
  const mark = portionMark(deck, widget);
  const shapes = exporter(widget, deck, box, ctx);
  return mark ? [{ kind: 'text', name: 'Portion marking', box: { x: box.x, y: box.y - 24, w: box.w, h: 24 }, paragraphs: [{ runs: [{ text: mark }], size: 18, color: ctx.theme.colors.muted, font: 'sans', bold: true }], valign: 'bottom', autofit: false }, ...shapes] : shapes;
}

function planSlide(deck: Deck, slide: Slide, number: number, ctx: PlanContext, theme: Theme, warnings: string[]): PptxSlidePlan {
  const layout = getLayout(slide.layoutId);
  const slideLabel = `Slide ${number} “${slide.title.trim() || 'Untitled'}”`;
  const widgetCtx: PptxExportContext = { ...ctx, theme, slideLabel, warn: (m) => warnings.push(m) };
  const shapes: PptxShape[] = [];
  for (const slot of layout.slots) {
    const widgetId = own(slide.slots, slot.id) ?? null;
    const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
    if (!widget) continue;
    const box = { x: slot.rect.x * SLIDE_WIDTH, y: slot.rect.y * SLIDE_HEIGHT, w: slot.rect.w * SLIDE_WIDTH, h: slot.rect.h * SLIDE_HEIGHT };
    const source = widget.showSource ? widget.source : null;
    const viewH = box.h - (source ? SOURCE_LINE_HEIGHT : 0);
    shapes.push(...widgetShapes(deck, widget, { ...box, h: viewH }, widgetCtx));
    if (source) {
      const link = webLink(source.url);
      const line = formatSourceLine(source);
      shapes.push({
        kind: 'text',
        name: 'Source line',
        box: { x: box.x, y: box.y + viewH, w: box.w, h: SOURCE_LINE_HEIGHT },
        paragraphs: [{ runs: [{ text: line, ...(link ? { link } : {}) }], size: oneLineSize(line, box.w, SOURCE_LINE_FONT_SIZE), color: theme.colors.muted, font: 'sans' }],
        valign: 'middle',
        autofit: true,
      });
    }
  }
  shapes.push(...bannerShapes(slideBanner(deck, slide.id)));
  return { layoutId: layout.id, title: slide.title, notes: slide.notes, hidden: slide.hidden, shapes };
}

function sourceRuns(entry: NumberedSource): TextRun[] {
  const { source, uses } = entry;
  const head = [source.publisher, source.title].filter((p) => p.trim() !== '').join(', ');
  const slides = [...new Set(uses.map((u) => u.slideNumber))];
  const link = webLink(source.url);
  return [
    { text: `${head}${source.year !== null ? `, ${source.year}` : ''}` },
    ...(source.url ? [{ text: '. ' }, { text: source.url, ...(link ? { link } : {}) }] : []),
    ...(source.accessed ? [{ text: ` (accessed ${source.accessed})` }] : []),
    { text: ` · slide${slides.length > 1 ? 's' : ''} ${slides.join(', ')}` },
  ];
}

/** The Sources slides: the PDF's numbered list, split the same way (SOURCES_PER_PAGE.slides per slide). */
function sourcesSlides(deck: Deck, sources: NumberedSource[], theme: Theme): PptxSlidePlan[] {
  const out: PptxSlidePlan[] = [];
  const per = SOURCES_PER_PAGE.slides;
  for (let from = 0; from < sources.length; from += per) {
    const page = sources.slice(from, from + per);
    out.push({
      layoutId: SOURCES_LAYOUT_ID,
      title: from === 0 ? 'Sources' : 'Sources (continued)',
      notes: '',
      hidden: false,
      shapes: [
        {
          kind: 'text',
          name: 'Sources',
          box: { x: 96, y: 200, w: SLIDE_WIDTH - 192, h: SLIDE_HEIGHT - 280 },
          paragraphs: page.map((entry) => ({ runs: sourceRuns(entry), size: 24, color: theme.colors.text, font: 'sans' as const, numbered: { start: entry.number }, lineHeight: 1.25, spaceAfter: 10 })),
          valign: 'top',
          autofit: true,
        },
        ...bannerShapes(slideBanner(deck, null)),
      ],
    });
  }
  return out;
}

/** The deck's PowerPoint plan for `options` (layout and page numbers are PDF-only and ignored). */
export function planPptx(deck: Deck, options: ExportOptions, ctx: PlanContext): PptxPlanResult {
  // The same selection and the same "nothing to export" messages as the PDF.
  const checked = planPages(deck, { ...options, layout: 'slides' });
  if (!checked.ok) return checked;
  const theme = getTheme(deck.themeId);
  const warnings: string[] = [];
  const selected = selectSlides(deck, options);
  const slides = selected.map((s) => planSlide(deck, own(deck.slides, s.slideId) as Slide, s.number, ctx, theme, warnings));
  if (options.sourcesPage) {
    const sources = collectSources(deck, selected.map((s) => s.slideId), (id) => ctx.findDataset(id));
    slides.push(...sourcesSlides(deck, sources, theme));
  }
  const m = deck.meta;
  return { ok: true, plan: { meta: { title: m.title, subject: m.subtitle, author: m.author, company: '' }, theme, slides, warnings } };
}
