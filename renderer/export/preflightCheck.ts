// The export dialog's preflight, the pure part: which pages to draw in which batch, how a
// widget that never drew becomes a finding, and how findings from the deck and from the
// drawn batches merge into one list in slide order.
import type { PagePlan, PlannedSlide } from '../../shared/export/pagePlan';
import { PREFLIGHT_KINDS, type PreflightItem } from '../../shared/export/printStatus';
import { slideOfKey, widgetOfKey, type LateWidget } from '../print/printTracker';

/**
 * Slides drawn at once off-screen: small enough that the editor stays responsive between
 * batches. Measured on a 100-slide deck from the sample (2 shared cores, Chromium): 1 slide
 * a batch took ~6.7 s with long tasks up to ~125 ms (one map or chart slide costs that much);
 * 2 took ~4-5 s with long tasks up to ~110-190 ms; 4 took ~3-4 s with long tasks up to ~170-340 ms.
 */
export const CHECK_BATCH_SLIDES = 2;

export interface CheckBatch {
  /** Pages to draw (0-based into plan.pages). */
  indices: number[];
  /** Slides those pages show (progress counts slides). */
  slides: number;
}

/**
 * The plan's pages that show slides, grouped so each batch shows about `maxSlides` slides
 * (a handout page is never split). Sources pages draw no widgets and are left out.
 */
export function checkBatches(plan: PagePlan, maxSlides = CHECK_BATCH_SLIDES): CheckBatch[] {
  const out: CheckBatch[] = [];
  let current: CheckBatch = { indices: [], slides: 0 };
  plan.pages.forEach((page, index) => {
    const slides = page.kind === 'handout' ? page.slides.length : page.kind === 'sources' ? 0 : 1;
    if (slides === 0) return;
    if (current.slides > 0 && current.slides + slides > maxSlides) {
      out.push(current);
      current = { indices: [], slides: 0 };
    }
    current.indices.push(index);
    current.slides += slides;
  });
  if (current.slides > 0) out.push(current);
  return out;
}

/** Widgets that did not draw within the timeout: the export would stop at the first of them. */
export function lateWidgetItems(late: readonly LateWidget[], slides: readonly PlannedSlide[], timeoutMs: number): PreflightItem[] {
  const bySlideId = new Map(slides.map((s) => [s.slideId, s]));
  const seconds = Math.round(timeoutMs / 1000);
  return late.map((w) => ({
    kind: 'render-failed',
    slideNumber: bySlideId.get(slideOfKey(w.key))?.authorNumber ?? null,
    widgetId: widgetOfKey(w.key),
    // The label already names the slide and the widget ("Slide 6 “Title”, map widget").
    message: `${w.label} did not finish drawing within ${seconds} s. The export stops at it: check that widget, or export without that slide.`,
  }));
}

function itemKey(item: PreflightItem): string {
  return `${item.kind}|${item.widgetId ?? ''}|${item.slideNumber ?? ''}|${item.widgetId ? '' : item.message}`;
}

/** One list, each finding once, in slide order (pages without a slide last); within a slide, by kind. */
export function mergePreflight(...lists: ReadonlyArray<readonly PreflightItem[]>): PreflightItem[] {
  const seen = new Set<string>();
  const all: PreflightItem[] = [];
  for (const list of lists) {
    for (const item of list) {
      const k = itemKey(item);
      if (seen.has(k)) continue;
      seen.add(k);
      all.push(item);
    }
  }
  const kindRank = (item: PreflightItem) => PREFLIGHT_KINDS.indexOf(item.kind);
  return all
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.slideNumber ?? Infinity) - (b.item.slideNumber ?? Infinity) || kindRank(a.item) - kindRank(b.item) || a.i - b.i)
    .map((x) => x.item);
}
