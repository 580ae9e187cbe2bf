// A deck opened read-only (open elsewhere): edits are refused and counted (the read-only bar
// says so), and nothing reaches deck.save, not even a forced save.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { useDocument } from '../../../renderer/store/documentStore';
import { saveNow, useSave } from '../../../renderer/store/saveStore';

afterEach(() => {
  useDocument.getState().close();
  useSave.getState().close();
  vi.unstubAllGlobals();
});

describe('read-only decks', () => {
  it('apply changes nothing and counts the refused edit; load clears read-only', () => {
    const deck = ops.createDeck('Shared');
    useDocument.getState().load(deck);
    useDocument.getState().setReadOnly(true);
    expect(useDocument.getState().apply('Add slide', (d) => ops.addSlide(d, 'titleBody', 1, 'x'))).toBeUndefined();
    expect(useDocument.getState().deck).toBe(deck);
    expect(useDocument.getState().changeCount).toBe(0);
    expect(useDocument.getState().undoStack).toEqual([]);
    expect(useDocument.getState().refusedEdits).toBe(1);
    useDocument.getState().load(ops.createDeck('Next'));
    expect(useDocument.getState().readOnly).toBe(false);
  });

  it('never calls deck.save, even when forced', async () => {
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, data: { revision: 'r2', savedAt: 'now' } })));
    vi.stubGlobal('fetch', fetchSpy);
    vi.stubGlobal('window', { location: { search: '' } });
    vi.stubGlobal('sessionStorage', { getItem: () => 't', setItem: () => undefined });
    vi.stubGlobal('performance', { now: () => 0, measure: () => undefined });
    useDocument.getState().load(ops.createDeck('Shared'));
    useSave.getState().open('library:Shared.briefdeck', 'Shared.briefdeck', 'r1');
    useDocument.getState().setReadOnly(true);
    expect(await saveNow({ force: true })).toBe(true);
    expect(fetchSpy).not.toHaveBeenCalled();
    // The same store saves once read-only is off (the spy is reachable).
    useDocument.getState().setReadOnly(false);
    await saveNow({ force: true });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
