// Which world geometry a deck's maps will draw with, so a print or present window can load
// (and convert) it while the deck's first slides are still being laid out, instead of after.
// The slot size stands in for the map's drawn size; a guess that is off by a detail costs one
// extra file, never a wrong map (each map still picks its own detail when it draws).
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../../shared/deck/constants';
import type { Deck } from '../../../shared/deck/schema';
import { boundsToView, detailForView, type GeometryDetail } from '../../../shared/geo/framing';
import { findLayout } from '../../../shared/layouts';
import { loadWorld } from './geometry';
import { own } from '../../../shared/ids';
import { slotRects } from '../../../shared/layouts/splits';

export function geometryDetailsFor(deck: Deck): GeometryDetail[] {
  const details = new Set<GeometryDetail>();
  for (const slide of Object.values(deck.slides)) {
    const layout = findLayout(slide.layoutId);
    for (const [slotId, widgetId] of Object.entries(slide.slots)) {
      const w = widgetId ? own(deck.widgets, widgetId) : undefined;
      // The slot's size as this slide splits its layout (the same rects the slide view draws).
      const rect = layout ? own(slotRects(layout, slide.splits), slotId) : undefined;
      if (w?.kind !== 'map' || !rect) continue;
      const size = { width: Math.max(1, rect.w * SLIDE_WIDTH), height: Math.max(1, rect.h * SLIDE_HEIGHT) };
      details.add(detailForView(boundsToView(w.props.bounds, size), size));
    }
  }
  return [...details];
}

export async function preloadMapGeometry(deck: Deck): Promise<void> {
  await Promise.all(geometryDetailsFor(deck).map((d) => loadWorld(d)));
}
