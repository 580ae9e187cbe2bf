// Sources of a deck (DESIGN.md §2 "sources are data"): every widget's source, de-duplicated
// and numbered in slide order, for the Sources page of an export and the deck panel.
import type { Dataset, Deck } from '../deck/schema';
import { placedWidgetIds } from '../deck/placement';
import { widgetDefinition, type Widget } from '../widgets';
import { sourceKey, type Source } from '../widgets/source';
import { own } from '../ids';

export interface SourceUse {
  slideId: string;
  /** 1-based position in the deck. */
  slideNumber: number;
  widgetId: string;
}

export interface NumberedSource {
  /** 1-based, in order of first appearance. */
  number: number;
  source: Source;
  /** Where it is used, in slide order. */
  uses: SourceUse[];
}

/** Looks up a dataset by id (deck datasets first, then built-ins); the renderer passes its findDataset. */
export type DatasetResolver = (id: string, deck: Deck) => Dataset | undefined;

/** The sources one widget rests on: its own, and what its kind implies (a quote's
 * publication, the datasets it reads). */
export function widgetSources(widget: Widget, deck: Deck, resolve?: DatasetResolver): Source[] {
  const lookups = { deck, findDataset: (id: string) => own(deck.datasets, id) ?? resolve?.(id, deck) };
  const def = widgetDefinition(widget.kind);
  const implied = def.impliedSources ? def.impliedSources(widget, lookups) : datasetSources(def.datasetIds?.(widget.props) ?? [], lookups.findDataset);
  return [...(widget.source ? [widget.source] : []), ...implied].filter((s) => s.publisher.trim() !== '' || s.title.trim() !== '');
}

function datasetSources(ids: readonly string[], find: (id: string) => Dataset | undefined): Source[] {
  return ids.map(find).filter((d): d is Dataset => d !== undefined).map((d) => d.source);
}

/** Numbered, de-duplicated sources of the deck, or of the given slides only (in deck order). */
export function collectSources(deck: Deck, slideIds?: readonly string[], resolve?: DatasetResolver): NumberedSource[] {
  const wanted = slideIds ? new Set(slideIds) : null;
  const byKey = new Map<string, NumberedSource>();
  deck.slideOrder.forEach((slideId, index) => {
    if (wanted && !wanted.has(slideId)) return;
    const slide = own(deck.slides, slideId);
    if (!slide) return;
    // Widgets not placed in the layout are not printed, so their sources are not listed.
    for (const widgetId of placedWidgetIds(slide)) {
      const widget = own(deck.widgets, widgetId);
      if (!widget) continue;
      for (const source of widgetSources(widget, deck, resolve)) {
        const key = sourceKey(source);
        let entry = byKey.get(key);
        if (!entry) {
          entry = { number: byKey.size + 1, source, uses: [] };
          byKey.set(key, entry);
        }
        if (!entry.uses.some((u) => u.widgetId === widget.id && u.slideId === slideId)) {
          entry.uses.push({ slideId, slideNumber: index + 1, widgetId: widget.id });
        }
      }
    }
  });
  return [...byKey.values()];
}
