// Loads what a deck's widgets need beyond the main bundle (the chart code, the map geometry)
// so presenting and printing render each slide complete on its first paint. Kept apart from
// the registry so the app's entry can start it before any screen's code has loaded.
import type { Deck } from '../../shared/deck/schema';
import { loadChartView } from './chart/lazyChart';
import { preloadMapGeometry } from './map/preloadGeometry';

/** Longest a screen waits for the preload: it is a head start, never a gate. A stuck asset
 * is left to the widget that needs it, whose own readiness timeout names the slide. */
export const PRELOAD_WAIT_MS = 2000;

export async function preloadWidgetCode(deck: Deck, waitMs = PRELOAD_WAIT_MS): Promise<void> {
  const charts = Object.values(deck.widgets).some((w) => w.kind === 'chart');
  const all = Promise.all([charts ? loadChartView() : null, preloadMapGeometry(deck)]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capped = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, waitMs);
  });
  try {
    await Promise.race([all.then(() => undefined), capped]);
  } finally {
    clearTimeout(timer);
  }
}
