// Loads what a deck's widgets need beyond the main bundle (each module's `preload`: the chart
// code, the map geometry) so presenting and printing render each slide complete on its first
// paint. The registry is imported on demand: the app's entry starts this before any screen's
// code has loaded, and the registry (every widget's view) belongs with the screens.
import type { Deck } from '../../shared/deck/schema';

/** Longest a screen waits for the preload: it is a head start, never a gate. A stuck asset
 * is left to the widget that needs it, whose own readiness timeout names the slide. */
export const PRELOAD_WAIT_MS = 2000;

async function preloadAll(deck: Deck): Promise<void> {
  const { modulesInDeck } = await import('./registry');
  await Promise.all(modulesInDeck(deck).map(({ module, widgets }) => module.preload?.(widgets as never, deck)));
}

/** Loads ahead the live renderers' libraries a deck would use (a prepared audience window). */
export async function prepareLiveViews(deck: Deck): Promise<void> {
  const { modulesInDeck } = await import('./registry');
  await Promise.all(modulesInDeck(deck).map(({ module }) => module.live?.prepare?.()));
}

export async function preloadWidgetCode(deck: Deck, waitMs = PRELOAD_WAIT_MS): Promise<void> {
  const all = preloadAll(deck);
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
