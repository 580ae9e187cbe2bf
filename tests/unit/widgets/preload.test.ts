// Preloading widget code is a head start for presenting and printing, never a gate: a stuck
// asset must not hold the screen back (the widget's own readiness timeout names it).
import { describe, expect, it, vi } from 'vitest';
import { createDeck, insertWidget } from '../../../shared/deck/operations';

const never = new Promise<void>(() => undefined);
vi.mock('../../../renderer/widgets/map/preloadGeometry', () => ({ preloadMapGeometry: vi.fn(() => never) }));

describe('preloadWidgetCode', () => {
  it('gives up waiting after its cap when an asset never arrives', async () => {
    const { preloadWidgetCode } = await import('../../../renderer/widgets/preload');
    const { preloadMapGeometry } = await import('../../../renderer/widgets/map/preloadGeometry');
    // The registry (every widget module) loads on demand; loaded once, as the screens have it.
    await import('../../../renderer/widgets/registry');
    const deck = createDeck('Stuck');
    insertWidget(deck, deck.slideOrder[0]!, 'main', 'map');
    const started = Date.now();
    let settled = false;
    const p = preloadWidgetCode(deck, 200).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    await p;
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(preloadMapGeometry).toHaveBeenCalledWith(deck);
  });
});
