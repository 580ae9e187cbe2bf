// The Editor object (renderer/store/editor.ts) driven through createTestEditor: history by
// inverse patches, selection outside the history, autosave and conflicts over an in-memory
// host, and two editors that share nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { AUTOSAVE_DELAY_MS } from '../../../renderer/store/saving';
import { createTestEditor } from '../support/testEditor';

afterEach(() => {
  vi.useRealTimers();
});

describe('document history (apply / undo / redo)', () => {
  it('undoes and redoes each step through inverse patches', () => {
    const ed = createTestEditor(ops.createDeck('History'));
    const original = ed.current;
    const id = ed.apply('Add slide', (d) => ops.addSlide(d, 'twoColumns', 1, 'Two'))!;
    ed.apply('Add map', (d) => ops.insertWidget(d, id, 'left', 'map'));
    expect(ed.current.slideOrder).toHaveLength(2);
    expect(ed.undo()).toBe('Add map');
    expect(ed.current.slides[id]!.slots.left).toBeNull();
    expect(ed.undo()).toBe('Add slide');
    expect(ed.current).toEqual(original);
    expect(ed.redo()).toBe('Add slide');
    expect(ed.redo()).toBe('Add map');
    expect(ed.current.widgets[ed.current.slides[id]!.slots.left!]!.kind).toBe('map');
    expect(ed.redo()).toBeNull();
  });

  it('typing with a coalesce key is one undo step', () => {
    const ed = createTestEditor(ops.createDeck('History'));
    const s = ed.current.slideOrder[0]!;
    for (const t of ['S', 'Su', 'Sup', 'Supp']) ed.apply('Edit title', (d) => ops.setSlideTitle(d, s, t), { coalesceKey: 'title' });
    expect(ed.document.getState().undoStack).toHaveLength(1);
    ed.undo();
    expect(ed.current.slides[s]!.title).toBe('History');
  });

  it('selection changes never clear the redo stack', () => {
    const ed = createTestEditor(ops.createDeck('History'));
    ed.apply('Add slide', (d) => ops.addSlide(d, 'oneLarge', 1));
    ed.undo();
    ed.ui.getState().selectSlide(ed.current.slideOrder[0]!);
    ed.ui.getState().selectSlot('subtitle');
    expect(ed.document.getState().redoStack).toHaveLength(1);
  });

  it('a new change clears redo, and a no-op change records nothing', () => {
    const ed = createTestEditor(ops.createDeck('History'));
    ed.apply('Add slide', (d) => ops.addSlide(d, 'oneLarge', 1));
    ed.undo();
    ed.apply('Nothing', () => undefined);
    expect(ed.document.getState().redoStack).toHaveLength(1);
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'New'));
    expect(ed.document.getState().redoStack).toHaveLength(0);
  });
});

describe('the editor opens a deck', () => {
  it('shows the first slide with a fresh history and nothing to save', () => {
    const deck = ops.createDeck('Open');
    ops.addSlide(deck, 'oneLarge', 1, 'Second');
    const ed = createTestEditor(deck);
    expect(ed.ui.getState().currentSlideId).toBe(deck.slideOrder[0]);
    expect(ed.document.getState().undoStack).toHaveLength(0);
    expect(ed.saving.isDirty()).toBe(false);
    expect(ed.saving.state.getState()).toMatchObject({ ref: ed.ref, fileName: 'Test deck.briefdeck', status: { state: 'saved' } });
  });

  it('shows the slide it is asked to, if the deck has it', () => {
    const deck = ops.createDeck('Open');
    const second = ops.addSlide(deck, 'oneLarge', 1, 'Second');
    const ed = createTestEditor(deck);
    const opened = { ref: ed.ref, fileName: 'x.briefdeck', deck, revision: 'r' };
    ed.open(opened, second);
    expect(ed.ui.getState().currentSlideId).toBe(second);
    ed.open(opened, 'no-such-slide');
    expect(ed.ui.getState().currentSlideId).toBe(deck.slideOrder[0]);
  });
});

describe('saving', () => {
  it('autosaves a second after the last change, and the file then holds the deck', async () => {
    vi.useFakeTimers();
    const ed = createTestEditor(ops.createDeck('Autosave'));
    const stop = ed.saving.watch();
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Renamed'));
    expect(ed.saving.state.getState().status.state).toBe('pending');
    expect(ed.saving.isDirty()).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Renamed twice'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(ed.host.calls.filter((c) => c.channel === 'deck.save')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(ed.host.calls.filter((c) => c.channel === 'deck.save')).toHaveLength(1);
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Renamed twice');
    expect(ed.saving.state.getState().status.state).toBe('saved');
    expect(ed.saving.isDirty()).toBe(false);
    stop();
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'After'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(ed.host.calls.filter((c) => c.channel === 'deck.save')).toHaveLength(1);
  });

  it('a file changed by someone else is a conflict, never overwritten unless the person says so', async () => {
    const ed = createTestEditor(ops.createDeck('Conflict'));
    const theirs = { ...ed.current, meta: { ...ed.current.meta, title: 'Theirs' } };
    ed.host.write(ed.ref, theirs);
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Mine'));
    expect(await ed.saving.saveNow()).toBe(false);
    expect(ed.saving.state.getState().status).toMatchObject({ state: 'conflict', message: expect.stringContaining('changed by someone else') });
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Theirs');
    // A later autosave does not overwrite either.
    expect(await ed.saving.saveNow()).toBe(false);
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Theirs');
    expect(await ed.saving.saveNow({ force: true })).toBe(true);
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Mine');
  });

  it('a save first takes what its flushes hold (a field still being typed in), and the file has it', async () => {
    const ed = createTestEditor(ops.createDeck('Typed'));
    let typed: string | null = 'Typed, not yet committed';
    const remove = ed.saving.beforeSave(() => {
      if (typed !== null) ed.apply('Rename', (d) => ops.setDeckTitle(d, typed!));
      typed = null;
    });
    expect(ed.saving.isDirty()).toBe(false);
    expect(await ed.saving.saveNow()).toBe(true);
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Typed, not yet committed');
    expect(ed.saving.isDirty()).toBe(false);
    remove();
    typed = 'After removal';
    await ed.saving.saveNow();
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Typed, not yet committed');
  });

  it('an autosave does not run the flushes: a field being typed in is not committed or judged mid-word', async () => {
    vi.useFakeTimers();
    const ed = createTestEditor(ops.createDeck('Typing'));
    const stop = ed.saving.watch();
    let flushed = 0;
    const remove = ed.saving.beforeSave(() => void flushed++);
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Publisher typed'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 100);
    expect(ed.host.files.get(ed.ref)!.deck.meta.title).toBe('Publisher typed');
    expect(flushed).toBe(0);
    await ed.saving.saveNow();
    expect(flushed).toBe(1);
    remove();
    stop();
  });

  it('a failed save says why and keeps the changes to save again', async () => {
    const ed = createTestEditor(ops.createDeck('Failing'));
    ed.host.answer('deck.save', () => ({ ok: false, error: { code: 'io_error', message: 'The disk is full.' } }));
    ed.apply('Rename', (d) => ops.setDeckTitle(d, 'Unsaved'));
    expect(await ed.saving.saveNow()).toBe(false);
    expect(ed.saving.state.getState().status).toEqual({ state: 'failed', message: 'The disk is full.' });
    expect(ed.saving.isDirty()).toBe(true);
  });
});

describe('editors are instances', () => {
  it('two editors share no document, history, selection or save state', async () => {
    const a = createTestEditor(ops.createDeck('A'));
    const b = createTestEditor(ops.createDeck('B'));
    a.apply('Add slide', (d) => ops.addSlide(d, 'oneLarge', 1, 'Only in A'));
    a.ui.getState().selectSlot('title');
    expect(b.current.slideOrder).toHaveLength(1);
    expect(b.document.getState().undoStack).toHaveLength(0);
    expect(b.ui.getState().selectedSlotId).toBeNull();
    expect(a.saving.isDirty()).toBe(true);
    expect(b.saving.isDirty()).toBe(false);
    await a.saving.saveNow();
    expect(b.host.calls.some((c) => c.channel === 'deck.save')).toBe(false);
  });
});
