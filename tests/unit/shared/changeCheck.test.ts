// The editor's check of each change against the deck format (shared/deck/changeCheck.ts), through
// a real Editor: a change the format refuses is not kept (every later save would have failed),
// the author is told why, and the history is as if it had not been tried.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { changeProblem } from '../../../shared/deck/changeCheck';
import { DeckSchema } from '../../../shared/deck/schema';
import { createTestEditor } from '../support/testEditor';

function deckWithChart() {
  const deck = ops.createDeck('Limits');
  const slide = ops.addSlide(deck, 'oneLarge', 1, 'Chart slide');
  const chart = ops.insertWidget(deck, slide, 'main', 'chart')!;
  return { deck, slide, chart };
}

describe('changeProblem', () => {
  it('names the widget, the field and the limit of a table that grew past it', () => {
    const { deck, chart } = deckWithChart();
    const w = deck.widgets[chart]!;
    if (w.kind !== 'chart') throw new Error('not a chart');
    w.props.table.columns = Array.from({ length: 51 }, (_, i) => `C${i}`);
    expect(changeProblem(deck, [['widgets', chart, 'props', 'table', 'columns']])).toBe(
      'the chart widget’s “Table columns” would hold more than 50 items, the most a deck holds there',
    );
  });

  it('names the slide by its number and a text field by its characters', () => {
    const { deck, slide } = deckWithChart();
    deck.slides[slide]!.title = 'x'.repeat(501);
    expect(changeProblem(deck, [['slides', slide, 'title']])).toBe('slide 2’s “Title” would be longer than 500 characters, the most a deck holds there');
  });

  it('checks deck fields (meta) and says whose they are', () => {
    const { deck } = deckWithChart();
    deck.meta.title = 'y'.repeat(301);
    expect(changeProblem(deck, [['meta', 'title']])).toMatch(/^the deck’s “Title” would be longer than 300 characters/);
  });

  it('names a whole deck field by its name', () => {
    const { deck } = deckWithChart();
    const first = deck.slideOrder[0]!;
    deck.slideOrder = Array.from({ length: 5001 }, () => first);
    expect(changeProblem(deck, [['slideOrder']])).toBe('the deck’s “Slide order” would hold more than 5,000 items, the most a deck holds there');
  });

  it('passes a removed widget and any change that fits', () => {
    const { deck, slide, chart } = deckWithChart();
    ops.deleteWidgetAt(deck, slide, 'main');
    expect(changeProblem(deck, [['widgets', chart]])).toBeNull();
    deck.slides[slide]!.title = 'Fine';
    expect(changeProblem(deck, [['slides', slide, 'title'], ['slideOrder', 0]])).toBeNull();
  });

  it('checks only what the change touched', () => {
    const { deck, slide } = deckWithChart();
    deck.slides[slide]!.title = 'x'.repeat(501);
    expect(changeProblem(deck, [['meta', 'author']])).toBeNull();
  });
});

describe('the editor refuses a change the deck format would not hold', () => {
  it('keeps the deck, the history and the saved state, and says why', () => {
    const { deck, slide } = deckWithChart();
    const ed = createTestEditor(deck);
    ed.apply('Edit title', (d) => ops.setSlideTitle(d, slide, 'Before'));
    const before = ed.current;
    const undoDepth = ed.document.getState().undoStack.length;
    const changes = ed.document.getState().changeCount;
    const result = ed.apply('Edit title', (d) => {
      ops.setSlideTitle(d, slide, 'z'.repeat(600));
      return 'done';
    });
    expect(result).toBeUndefined();
    expect(ed.current).toBe(before);
    expect(ed.document.getState().undoStack).toHaveLength(undoDepth);
    expect(ed.document.getState().changeCount).toBe(changes);
    expect(ed.document.getState().refusedChange?.message).toBe(
      'That change was not made: slide 2’s “Title” would be longer than 500 characters, the most a deck holds there.',
    );
    // What the editor holds still saves: the format accepts it.
    expect(DeckSchema.safeParse(ed.current).success).toBe(true);
    // The next change that fits is kept, and undo goes back over it to 'Before'.
    ed.apply('Edit title', (d) => ops.setSlideTitle(d, slide, 'After'));
    expect(ed.current.slides[slide]!.title).toBe('After');
    expect(ed.undo()).toBe('Edit title');
    expect(ed.current.slides[slide]!.title).toBe('Before');
  });

  it('refuses a dataset of more columns than a deck holds, with the chart that draws it unchanged', () => {
    const { deck, chart } = deckWithChart();
    const ed = createTestEditor(deck);
    const table = ed.current.widgets[chart]!;
    const done = ed.apply('Import CSV', (d) => {
      d.datasets.ds_wide = {
        id: 'ds_wide',
        title: 'Wide',
        unit: '',
        year: '',
        source: { publisher: '', title: 'Imported', year: null, url: null, accessed: null, note: '' },
        columns: Array.from({ length: 60 }, (_, i) => ({ key: `c${i}`, label: `C${i}`, type: i === 0 ? ('string' as const) : ('number' as const) })),
        rows: [],
      };
      return true;
    });
    expect(done).toBeUndefined();
    expect(ed.current.datasets.ds_wide).toBeUndefined();
    expect(ed.current.widgets[chart]).toBe(table);
    expect(ed.document.getState().refusedChange?.message).toMatch(/the data table’s “Columns” would hold more than 50 items/);
  });
});
