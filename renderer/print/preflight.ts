// Preflight (issue 4): what a reader of the PDF would notice, found before printing.
// Collected from the deck (missing sources) and from the drawn DOM (overflowing text,
// widgets that failed to draw, images too coarse for print). Warnings never block.
import type { Deck } from '../../shared/deck/schema';
import { outlineTitle, type PlannedSlide } from '../../shared/export/pagePlan';
import type { PreflightItem } from '../../shared/export/printStatus';
import { widgetSources, type DatasetResolver } from '../../shared/data/sources';
import { placedWidgetIds, unplacedWidgets } from '../../shared/deck/placement';
import { isWidgetKind, widgetDefinition, widgetKindName, type Widget } from '../../shared/widgets';
import { widgetModule } from '../widgets/registry';
import { own } from '../../shared/ids';
import { fitProblem, type FitReport } from '../../shared/widgets/autofit';
import { widgetLabel } from '../../shared/widgets/label';

/** Below this many image pixels per printed inch, a raster image looks soft on paper. */
export const MIN_PRINT_DPI = 150;

/** A slide as the editor names it (its number there, also in an audience's version). */
function where(slide: PlannedSlide): string {
  return `Slide ${slide.authorNumber} “${slide.title.trim() || 'Untitled'}”`;
}

/** Findings from the deck itself: widgets not placed in the layout (left out of the PDF), and
 * placed widgets that state facts without saying where they come from. */
export function preflightDeck(deck: Deck, slides: readonly PlannedSlide[], resolve?: DatasetResolver): PreflightItem[] {
  const out: PreflightItem[] = [];
  for (const planned of slides) {
    const slide = own(deck.slides, planned.slideId);
    if (!slide) continue;
    for (const { widgetId } of unplacedWidgets(deck, slide)) {
      const w = own(deck.widgets, widgetId)!;
      out.push({
        kind: 'unplaced',
        slideNumber: planned.authorNumber,
        widgetId,
        message: `${where(planned)}: ${widgetLabel(w)} has no slot in this layout and is left out of the PDF and the presentation. Put it in a slot or delete it (the “Not placed” tray under the slide).`,
      });
    }
    if (planned.title.trim() === '') {
      out.push({ kind: 'untitled', slideNumber: planned.authorNumber, widgetId: null, message: `Slide ${planned.authorNumber} has no title: its page has none, and its bookmark reads “${outlineTitle(planned)}”. Double-click where the title goes to add one.` });
    }
    for (const widgetId of placedWidgetIds(slide)) {
      const w = own(deck.widgets, widgetId);
      if (!w) continue;
      if (showsExample(w)) {
        out.push({ kind: 'example', slideNumber: planned.authorNumber, widgetId: w.id, message: `${where(planned)}: ${widgetLabel(w)} still shows the example content it was added with. Replace it with your own, or delete the widget.` });
      }
      // Common to every kind: a widget that states facts (or quotes someone) says where from.
      const sourcing = widgetDefinition(w.kind).sourcing;
      if (sourcing !== 'optional' && widgetSources(w, deck, resolve).length === 0) {
        const why = sourcing === 'fact' ? 'has no source. Add one in the inspector so readers can check it.' : 'says nowhere where it was published. Add its source in the inspector.';
        out.push({ kind: 'no-source', slideNumber: planned.authorNumber, widgetId: w.id, message: `${where(planned)}: ${widgetLabel(w)} ${why}` });
      }
      // Alt text only the author can write (a picture's): the PDF must not go out without it.
      if (widgetDefinition(w.kind).altText === 'required' && (w.alt ?? '').trim() === '') {
        out.push({ kind: 'widget', slideNumber: planned.authorNumber, widgetId: w.id, message: `${where(planned)}: ${widgetLabel(w)} has no alt text: describe it under “Source and accessibility” so readers who cannot see it know what it shows.` });
      }
      // The kind's own checks.
      for (const finding of widgetModule(w.kind).preflight?.(w as never, deck) ?? []) {
        out.push({ kind: 'widget', slideNumber: planned.authorNumber, widgetId: w.id, message: `${where(planned)}: ${widgetLabel(w)} ${finding}` });
      }
    }
  }
  return out;
}

/** Whether any of the widget's example props (its kind's definition names them) is still as
 * the palette made it. */
function showsExample(w: Widget): boolean {
  const def = widgetDefinition(w.kind);
  const defaults = def.defaults() as Record<string, unknown>;
  const props = w.props as Record<string, unknown>;
  return (def.exampleProps ?? []).some((key) => JSON.stringify(props[key]) === JSON.stringify(defaults[key]));
}

/** The fit a view wrote on its box (renderer/widgets/fit/useAutofit.ts fitAttributes). */
function readFit(el: HTMLElement): FitReport {
  const state = el.dataset.fit === 'small' || el.dataset.fit === 'cut' ? el.dataset.fit : 'fits';
  return { state, size: Number(el.dataset.fontSize), min: Number(el.dataset.fitMin), cut: el.dataset.fitCut ?? '', ...(el.dataset.fitPart ? { part: el.dataset.fitPart } : {}) };
}

function slideFor(el: Element, bySlideId: Map<string, PlannedSlide>): PlannedSlide | undefined {
  const id = el.closest('[data-slide-id]')?.getAttribute('data-slide-id');
  return id ? bySlideId.get(id) : undefined;
}

/** Findings from the drawn pages: overflow, failed widgets, low-resolution images. */
export function preflightDom(root: HTMLElement, slides: readonly PlannedSlide[]): PreflightItem[] {
  const bySlideId = new Map(slides.map((s) => [s.slideId, s]));
  const out: PreflightItem[] = [];
  const seen = new Set<string>();
  const add = (item: PreflightItem) => {
    const k = `${item.kind}|${item.widgetId ?? ''}|${item.slideNumber ?? ''}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(item);
  };
  // Pages that show slides are marked .print-primary (each slide appears once per export).
  root.querySelectorAll<HTMLElement>('.print-primary .widget[data-widget-id]').forEach((widgetEl) => {
    const slide = slideFor(widgetEl, bySlideId);
    if (!slide) return;
    const widgetId = widgetEl.getAttribute('data-widget-id');
    const kind = widgetEl.getAttribute('data-widget-kind') ?? 'widget';
    const name = isWidgetKind(kind) ? widgetKindName(kind).toLowerCase() : kind;
    const failed = widgetEl.querySelector('[data-render-error]');
    if (failed) {
      add({ kind: 'render-failed', slideNumber: slide.authorNumber, widgetId, message: `${where(slide)}: the ${name} could not be drawn (${(failed.getAttribute('data-render-error') || 'no detail').replace(/\.$/, '')}). It prints as an empty box.` });
    }
    const label = widgetEl.getAttribute('data-label') || `the ${name}`;
    const fitted = widgetEl.querySelector<HTMLElement>('[data-fit]');
    if (fitted) {
      // Autofitted words (text, quote, key figure) say how they fit.
      const fit = readFit(fitted);
      const problem = fitProblem(fit);
      // A part measured on its own (an image's caption) is named: "the caption of the image …".
      const what = fit.part ? `the ${fit.part} of ${label}` : label;
      if (problem) add({ kind: 'overflow', slideNumber: slide.authorNumber, widgetId, message: `${where(slide)}: ${what} ${problem}` });
    } else {
      const inner = widgetEl.firstElementChild as HTMLElement | null;
      if (inner !== null && (inner.scrollHeight > inner.clientHeight + 2 || inner.scrollWidth > inner.clientWidth + 2)) {
        add({ kind: 'overflow', slideNumber: slide.authorNumber, widgetId, message: `${where(slide)}: ${label} does not fit its slot and is cut off. Use a larger slot.` });
      }
    }
  });
  root.querySelectorAll<HTMLImageElement>('.print-primary img:not([data-vector])').forEach((img) => {
    const slide = slideFor(img, bySlideId);
    if (!slide || img.naturalWidth === 0) return;
    // Drawn width (transforms included) in CSS px at 96 per printed inch.
    const inches = img.getBoundingClientRect().width / 96;
    const dpi = inches > 0 ? img.naturalWidth / inches : Infinity;
    if (dpi < MIN_PRINT_DPI) {
      add({ kind: 'low-resolution', slideNumber: slide.authorNumber, widgetId: img.closest('[data-widget-id]')?.getAttribute('data-widget-id') ?? null, message: `${where(slide)}: an image is ${img.naturalWidth} px wide for ${inches.toFixed(1)} in of paper (${Math.round(dpi)} dpi; ${MIN_PRINT_DPI} needed). It will print soft; use a larger image.` });
    }
  });
  return out;
}
