// Pasting slides with their widgets into a deck: every id is fresh, so a slide can be
// pasted twice, or into the deck it came from, without collisions.
import { newId, own } from '../ids';
import { plainCopy } from './plainCopy';
import { widgetDefinition, type Widget } from '../widgets';
import type { Asset, Dataset, Deck, Slide } from './schema';

export interface SlideBundle {
  slide: Slide;
  widgets: Widget[];
}

export function bundleSlide(deck: Deck, slideId: string): SlideBundle | null {
  const slide = own(deck.slides, slideId);
  if (!slide) return null;
  const widgets = Object.values(slide.slots)
    .filter((w): w is string => w !== null)
    .map((w) => own(deck.widgets, w))
    .filter((w): w is Widget => w !== undefined);
  return { slide: plainCopy(slide), widgets: plainCopy(widgets) };
}

/** Inserts bundles at `index`; returns the new slide ids. */
export function pasteSlides(deck: Deck, bundles: readonly SlideBundle[], index: number): string[] {
  const ids: string[] = [];
  let at = Math.max(0, Math.min(index, deck.slideOrder.length));
  for (const b of bundles) {
    const slide: Slide = { ...plainCopy(b.slide), id: newId('slide') };
    const byOldId = new Map(b.widgets.map((w) => [w.id, w]));
    for (const [slotId, widgetId] of Object.entries(slide.slots)) {
      const w = widgetId ? byOldId.get(widgetId) : undefined;
      if (!w) {
        slide.slots[slotId] = null;
        continue;
      }
      const copy = { ...plainCopy(w), id: newId('w') } as Widget;
      deck.widgets[copy.id] = copy;
      slide.slots[slotId] = copy.id;
    }
    deck.slides[slide.id] = slide;
    deck.slideOrder.splice(at++, 0, slide.id);
    ids.push(slide.id);
  }
  return ids;
}

/** The deck's own datasets (imported CSVs) that these widgets draw from (each kind's
 * definition says which). Built-in datasets are not listed; every deck has those. */
export function datasetsUsedBy(deck: Deck, widgets: readonly Widget[]): Dataset[] {
  const ids = new Set<string>();
  for (const w of widgets) for (const id of widgetDefinition(w.kind).datasetIds?.(w.props) ?? []) ids.add(id);
  return [...ids].map((id) => own(deck.datasets, id)).filter((d): d is Dataset => d !== undefined).map((d) => plainCopy(d));
}

/** Adds copied datasets the target deck lacks (pasting into another deck keeps a pasted
 * chart or choropleth map linked to its data); a dataset already there is left as it is. */
export function addMissingDatasets(deck: Deck, datasets: readonly Dataset[]): number {
  let added = 0;
  for (const ds of datasets) {
    if (own(deck.datasets, ds.id)) continue;
    deck.datasets[ds.id] = plainCopy(ds);
    added++;
  }
  return added;
}

/** The deck assets (pictures) these widgets show, so a copy pasted into another deck keeps them. */
export function assetsUsedBy(deck: Deck, widgets: readonly Widget[]): Asset[] {
  const ids = new Set<string>();
  for (const w of widgets) for (const id of widgetDefinition(w.kind).assetIds?.(w.props) ?? []) ids.add(id);
  return [...ids].map((id) => own(deck.assets, id)).filter((a): a is Asset => a !== undefined).map((a) => plainCopy(a));
}

/** Adds copied assets the target deck lacks. An asset's id is a hash of its content, so one
 * already there (the same picture) is kept and stored once. */
export function addMissingAssets(deck: Deck, assets: readonly Asset[]): number {
  let added = 0;
  for (const a of assets) {
    if (own(deck.assets, a.id)) continue;
    deck.assets[a.id] = plainCopy(a);
    added++;
  }
  return added;
}
