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

/** The ids a kind's definition lists for these widgets (`datasetIds` or `assetIds`). */
export function idsUsedBy(widgets: readonly Widget[], list: 'datasetIds' | 'assetIds'): Set<string> {
  const ids = new Set<string>();
  for (const w of widgets) for (const id of widgetDefinition(w.kind)[list]?.(w.props) ?? []) ids.add(id);
  return ids;
}

function copiesOf<T>(record: Readonly<Record<string, T>>, ids: ReadonlySet<string>): T[] {
  return [...ids].map((id) => own(record, id)).filter((x): x is T => x !== undefined).map((x) => plainCopy(x));
}

/** Adds the items `record` lacks, by id; one already there is left as it is. */
function addMissing<T extends { id: string }>(record: Record<string, T>, items: readonly T[]): number {
  let added = 0;
  for (const item of items) {
    if (own(record, item.id)) continue;
    record[item.id] = plainCopy(item);
    added++;
  }
  return added;
}

/** The deck's own datasets (imported CSVs) that these widgets draw from (each kind's
 * definition says which). Built-in datasets are not listed; every deck has those. */
export function datasetsUsedBy(deck: Deck, widgets: readonly Widget[]): Dataset[] {
  return copiesOf(deck.datasets, idsUsedBy(widgets, 'datasetIds'));
}

/** Adds copied datasets the target deck lacks (pasting into another deck keeps a pasted
 * chart or choropleth map linked to its data); a dataset already there is left as it is. */
export function addMissingDatasets(deck: Deck, datasets: readonly Dataset[]): number {
  return addMissing(deck.datasets, datasets);
}

/** The deck assets (pictures) these widgets show, so a copy pasted into another deck keeps them. */
export function assetsUsedBy(deck: Deck, widgets: readonly Widget[]): Asset[] {
  return copiesOf(deck.assets, idsUsedBy(widgets, 'assetIds'));
}

/** Adds copied assets the target deck lacks. An asset's id is a hash of its content, so one
 * already there (the same picture) is kept and stored once. */
export function addMissingAssets(deck: Deck, assets: readonly Asset[]): number {
  return addMissing(deck.assets, assets);
}
