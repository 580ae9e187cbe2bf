// A deck as PowerPoint slides, before any OOXML: which slides (the PDF export's range and
// hidden-slide rules), each slide's layout, title, notes, hidden flag and shapes (each widget
// through its kind's exporter, its source line under it, the banners), then the Sources slides.
// Pure; the Node writer (electron/services/pptx) turns the plan into a file.
import type { ExportOptions } from '../../api/contract';
import { collectSources, type NumberedSource } from '../../data/sources';
import type { Deck, Slide } from '../../deck/schema';
import { getLayout } from '../../layouts';
import { slotRects } from '../../layouts/splits';
import { SOURCE_LINE_FONT_SIZE, SOURCE_LINE_HEIGHT } from '../../layouts/slideChrome';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../deck/constants';
import { themeOf, type Theme } from '../../theme';
import { widgetDefinition, type Widget } from '../../widgets';
import { formatSourceLine } from '../../widgets/source';
import { selectSlides, SOURCES_PER_PAGE } from '../pagePlan';
import { exportVariant, variantPageOptions } from '../exportVariant';
import { variantFindings } from '../variantFindings';
import type { PptxExportContext } from './context';
import { bannerShapes, portionMarkShape, withheldShape } from './markings';
import { PORTION_MARK } from '../../layouts/slideChrome';
import type { DeckVariant, SlideMarks } from '../../markings/variant';
import type { PptxShape, TextRun } from './shapes';
import { CHAR_WIDTH_EM } from './textFit';
import { own } from '../../ids';
import { shownSlideNumber } from '../../deck/slideNumbers';
import { SLIDE_NUMBER, logoBox, logoPlace, slideNumberBox } from '../../layouts/slideChrome';
import { findAsset } from '../../widgets/image/assets';
import { accessedNote, usedOnSlides } from '../sourcesMessages';

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
  /** `language`: the deck's (BCP 47), for the text's proofing language and the charts' number formats. */
  meta: { title: string; subject: string; author: string; company: string; language: string };
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
  const exporter = widgetDefinition(widget.kind).pptx;
  return exporter(widget, deck, box, ctx);
}

function planSlide(deck: Deck, slide: Slide, marks: SlideMarks | undefined, authorNumber: number, ctx: PlanContext, theme: Theme, warnings: string[]): PptxSlidePlan {
  const layout = getLayout(slide.layoutId);
  const slideLabel = `Slide ${authorNumber} “${slide.title.trim() || 'Untitled'}”`;
  const widgetCtx: PptxExportContext = { ...ctx, theme, slideLabel, warn: (m) => warnings.push(m) };
  const shapes: PptxShape[] = [];
  const rects = slotRects(layout, slide.splits);
  for (const slot of layout.slots) {
    const rect = rects[slot.id] ?? slot.rect;
    const widgetId = own(slide.slots, slot.id) ?? null;
    const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
    const slotBox = { x: rect.x * SLIDE_WIDTH, y: rect.y * SLIDE_HEIGHT, w: rect.w * SLIDE_WIDTH, h: rect.h * SLIDE_HEIGHT };
    if (!widget) {
      if (marks?.withheldSlots.includes(slot.id)) shapes.push(withheldShape(slotBox, theme));
      continue;
    }
    // The portion mark takes a line at the top of the slot, as on the slide.
    const mark = own(marks?.widgets, widget.id) ?? '';
    if (mark) shapes.push(portionMarkShape(mark, slotBox, theme));
    const markH = mark ? PORTION_MARK.height : 0;
    const box = { ...slotBox, y: slotBox.y + markH, h: slotBox.h - markH };
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
  const logo = logoShape(deck, theme, !layout.showTitle);
  if (logo) shapes.push(logo);
  const shown = shownSlideNumber(deck, slide.id);
  if (shown !== null) shapes.push(slideNumberShape(shown, theme));
  shapes.push(...bannerShapes(marks?.banner ?? null));
  const title = marks?.title ? `${marks.title} ${slide.title}` : slide.title;
  const notes = marks?.notes && slide.notes.trim() !== '' ? `${marks.notes} ${slide.notes}` : slide.notes;
  return { layoutId: layout.id, title, notes, hidden: slide.hidden, shapes };
}

/** The organisation theme's logo where the slide view puts it (slideChrome logoPlace). */
function logoShape(deck: Deck, theme: Theme, titleSlide: boolean): PptxShape | null {
  const place = logoPlace(theme.logo, titleSlide);
  const asset = place ? findAsset(deck, theme.logo?.assetId ?? null) : undefined;
  if (!place || !asset) return null;
  const { align, ...box } = logoBox(place);
  return { kind: 'image', name: 'Logo', box, alt: '', mime: asset.mime, data: asset.data, fit: 'contain', focus: { x: align === 'left' ? 0 : 1, y: 0.5 } };
}

/** The slide's own number as plain text where the slide view draws it: PowerPoint's slide-number
 * field would count hidden slides, which the numbers people see leave out. */
function slideNumberShape(number: number, theme: Theme): PptxShape {
  const { align, ...box } = slideNumberBox(theme.slideNumber.position);
  return {
    kind: 'text',
    name: 'Slide number',
    box,
    paragraphs: [{ runs: [{ text: String(number) }], size: SLIDE_NUMBER.size, color: theme.colors.muted, font: 'sans', align }],
    valign: 'middle',
    autofit: false,
  };
}

function sourceRuns(entry: NumberedSource, language: string): TextRun[] {
  const { source, uses } = entry;
  const head = [source.publisher, source.title].filter((p) => p.trim() !== '').join(', ');
  const slides = [...new Set(uses.map((u) => u.slideNumber))];
  const link = webLink(source.url);
  return [
    { text: `${head}${source.year !== null ? `, ${source.year}` : ''}` },
    ...(source.url ? [{ text: '. ' }, { text: source.url, ...(link ? { link } : {}) }] : []),
    ...(source.accessed ? [{ text: accessedNote(source.accessed, language) }] : []),
    { text: usedOnSlides(slides) },
  ];
}

/** The Sources slides: the PDF's numbered list, split the same way (SOURCES_PER_PAGE.slides per slide). */
function sourcesSlides(variant: DeckVariant, sources: NumberedSource[], theme: Theme): PptxSlidePlan[] {
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
          paragraphs: page.map((entry) => ({ runs: sourceRuns(entry, variant.deck.meta.language), size: 24, color: theme.colors.text, font: 'sans' as const, numbered: { start: entry.number }, lineHeight: 1.25, spaceAfter: 10 })),
          valign: 'top',
          autofit: true,
        },
        ...bannerShapes(variant.banner),
      ],
    });
  }
  return out;
}

/** The deck's PowerPoint plan for `options` (layout and page numbers are PDF-only and ignored):
 * the version for options.audience, from the same variant the PDF prints. */
export function planPptx(author: Deck, options: ExportOptions, ctx: PlanContext): PptxPlanResult {
  const exported = exportVariant(author, options);
  if (!exported.ok) return exported;
  const { variant } = exported;
  const deck = variant.deck;
  const theme = themeOf(deck);
  // What the audience's version withholds, and why, as the PDF export says it (README: "It works
  // the same for PDF and PowerPoint"); the marking warnings come with it.
  const warnings: string[] = variantFindings(variant).map((f) => f.message);
  // Warnings name slides as the author's editor numbers them.
  const selected = selectSlides(deck, variantPageOptions(options), author);
  const slides = selected.map((s) => planSlide(deck, own(deck.slides, s.slideId) as Slide, own(variant.slides, s.slideId), s.authorNumber, ctx, theme, warnings));
  if (options.sourcesPage) {
    const sources = collectSources(deck, selected.map((s) => s.slideId), (id) => ctx.findDataset(id));
    slides.push(...sourcesSlides(variant, sources, theme));
  }
  const m = deck.meta;
  return { ok: true, plan: { meta: { title: m.title, subject: m.subtitle, author: m.author, company: m.organisation, language: m.language }, theme, slides, warnings } };
}
