import { beforeEach, describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { useDocument } from '../../../renderer/store/documentStore';
import { useUi } from '../../../renderer/store/uiStore';

function editor() {
  const deck = ops.createDeck('History');
  useDocument.getState().load(deck);
  return {
    get deck() {
      return useDocument.getState().deck!;
    },
    apply: useDocument.getState().apply,
    undo: () => useDocument.getState().undo(),
    redo: () => useDocument.getState().redo(),
  };
}

describe('document history (apply / undo / redo)', () => {
  beforeEach(() => useDocument.getState().close());

  it('undoes and redoes each step through inverse patches', () => {
    const ed = editor();
    const original = ed.deck;
    const id = ed.apply('Add slide', (d) => ops.addSlide(d, 'twoColumns', 1, 'Two'))!;
    ed.apply('Add map', (d) => ops.insertWidget(d, id, 'left', 'map'));
    expect(ed.deck.slideOrder).toHaveLength(2);
    expect(ed.undo()).toBe('Add map');
    expect(ed.deck.slides[id]!.slots.left).toBeNull();
    expect(ed.undo()).toBe('Add slide');
    expect(ed.deck).toEqual(original);
    expect(ed.redo()).toBe('Add slide');
    expect(ed.redo()).toBe('Add map');
    expect(ed.deck.widgets[ed.deck.slides[id]!.slots.left!]!.kind).toBe('map');
    expect(ed.redo()).toBeNull();
  });

  it('typing with a coalesce key is one undo step', () => {
    const ed = editor();
    const s = ed.deck.slideOrder[0]!;
    for (const t of ['S', 'Su', 'Sup', 'Supp']) ed.apply('Edit title', (d) => ops.setSlideTitle(d, s, t), { coalesceKey: 'title' });
    expect(useDocument.getState().undoStack).toHaveLength(1);
    ed.undo();
    expect(ed.deck.slides[s]!.title).toBe('History');
  });

  it('selection changes never clear the redo stack', () => {
    const ed = editor();
    ed.apply('Add slide', (d) => ops.addSlide(d, 'oneLarge', 1));
    ed.undo();
    useUi.getState().selectSlide(ed.deck.slideOrder[0]!);
    useUi.getState().selectSlot('subtitle');
    expect(useDocument.getState().redoStack).toHaveLength(1);
  });

  it('a new change clears redo, and a no-op change records nothing', () => {
    const ed = editor();
    ed.apply('Add slide', (d) => ops.addSlide(d, 'oneLarge', 1));
    ed.undo();
    ed.apply('Nothing', () => undefined);
    expect(useDocument.getState().redoStack).toHaveLength(1);
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'New'));
    expect(useDocument.getState().redoStack).toHaveLength(0);
  });
});
