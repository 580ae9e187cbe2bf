// The renderer runs every deck operation inside immer's produce (apply(label, recipe)), so
// these tests do too: an operation that copies a draft with structuredClone throws a
// DataCloneError there, while the same call on a plain object passes (issue 11's Duplicate).
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { addMissingDatasets, bundleSlide, datasetsUsedBy, pasteSlides } from '../../../shared/deck/paste';
import { importCsv } from '../../../shared/data/csvImport';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';

function sampleDeck(): Deck {
  const deck = ops.createDeck('Draft deck');
  const s = ops.addSlide(deck, 'twoColumns', 1, 'Compare');
  const imported = importCsv('Country,Share\nAustralia,22\nJapan,15\n', 'shares.csv', { id: 'ds_shares', bytes: 40 });
  if (!imported.ok) throw new Error(imported.error.message);
  deck.datasets.ds_shares = imported.data;
  const chartId = ops.insertWidget(deck, s, 'left', 'chart')!;
  const chart = deck.widgets[chartId]!;
  if (chart.kind !== 'chart') throw new Error('not a chart');
  chart.props.datasetId = 'ds_shares';
  ops.insertWidget(deck, s, 'right', 'text');
  // Frozen like the store's deck: immer freezes what produce returns.
  return produce(deck, () => undefined);
}

function expectValid(deck: Deck): void {
  const r = DeckSchema.safeParse(deck);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
}

describe('deck operations inside immer produce (a draft, as the editor runs them)', () => {
  it('duplicateSlide copies the slide and each widget with fresh ids, leaving the original untouched', () => {
    const deck = sampleDeck();
    const s = deck.slideOrder[1]!;
    let copyId: string | null = null;
    const next = produce(deck, (d) => {
      copyId = ops.duplicateSlide(d, s);
    });
    expect(copyId).not.toBeNull();
    expect(next.slideOrder).toEqual([deck.slideOrder[0], s, copyId]);
    const orig = next.slides[s]!;
    const copy = next.slides[copyId!]!;
    expect(copy.title).toBe('Compare');
    for (const slot of ['left', 'right']) {
      expect(copy.slots[slot]).not.toBe(orig.slots[slot]);
      const a = next.widgets[orig.slots[slot]!]!;
      const b = next.widgets[copy.slots[slot]!]!;
      expect({ ...b, id: a.id }).toEqual(a);
    }
    // The copy is independent: editing it does not change the original.
    const edited = produce(next, (d) => ops.updateWidget(d, copy.slots.right!, (w) => void (w.alt = 'changed')));
    expect(edited.widgets[orig.slots.right!]!.alt).toBeNull();
    expect(deck.slideOrder).toHaveLength(2);
    expectValid(next);
  });

  it('placeWidget accepts a widget read from the draft itself (copy into another slot)', () => {
    const deck = sampleDeck();
    const s = deck.slideOrder[1]!;
    const next = produce(deck, (d) => {
      const target = ops.addSlide(d, 'oneLarge', 2, 'Target');
      const source = d.widgets[d.slides[s]!.slots.left!]!;
      ops.placeWidget(d, target, 'main', source);
    });
    const target = next.slides[next.slideOrder[2]!]!;
    expect(target.slots.main).not.toBe(next.slides[s]!.slots.left);
    expect(next.widgets[target.slots.main!]!.kind).toBe('chart');
    expectValid(next);
  });

  it('bundleSlide, pasteSlides, datasetsUsedBy and addMissingDatasets work on a draft', () => {
    const deck = sampleDeck();
    const s = deck.slideOrder[1]!;
    const other = produce(ops.createDeck('Other'), () => undefined);
    let pasted: string[] = [];
    const next = produce(deck, (d) => {
      const bundle = bundleSlide(d, s)!;
      const used = datasetsUsedBy(d, bundle.widgets);
      expect(used.map((x) => x.id)).toEqual(['ds_shares']);
      pasted = pasteSlides(d, [bundle], 2);
    });
    expect(next.slideOrder).toHaveLength(3);
    expectValid(next);
    // Pasting into another deck from a draft of the first.
    const into = produce(other, (o) => {
      produce(deck, (d) => {
        const bundle = bundleSlide(d, s)!;
        addMissingDatasets(o, datasetsUsedBy(d, bundle.widgets));
        pasteSlides(o, [bundle], 1);
      });
    });
    expect(Object.keys(into.datasets)).toEqual(['ds_shares']);
    expect(into.slideOrder).toHaveLength(2);
    expectValid(into);
    expect(pasted).toHaveLength(1);
  });

  it('setSlideLayout and back inside produce keeps every widget', () => {
    const deck = sampleDeck();
    const s = deck.slideOrder[1]!;
    const narrow = produce(deck, (d) => ops.setSlideLayout(d, s, 'oneLarge'));
    const back = produce(narrow, (d) => ops.setSlideLayout(d, s, 'twoColumns'));
    expect(Object.values(back.slides[s]!.slots).filter(Boolean).sort()).toEqual(Object.values(deck.slides[s]!.slots).filter(Boolean).sort());
    expectValid(back);
  });
});

describe('widgets a layout has no slot for (not placed)', () => {
  it('are listed after a layout change, placed back or deleted, and leave no empty old slots behind', async () => {
    const { placedWidgetIds, unplacedWidgets } = await import('../../../shared/deck/placement');
    let deck = ops.createDeck('Grid');
    const s = ops.addSlide(deck, 'grid2x2', 1, 'Grid');
    const ids = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'].map((slot) => ops.insertWidget(deck, s, slot, 'text')!);
    deck = produce(deck, (d) => ops.setSlideLayout(d, s, 'twoColumns'));
    const slide = () => deck.slides[s]!;
    expect(placedWidgetIds(slide())).toHaveLength(2);
    const waiting = unplacedWidgets(deck, slide());
    expect(waiting.map((u) => u.widgetId).sort()).toEqual(ids.filter((id) => !placedWidgetIds(slide()).includes(id)).sort());
    // Put one back into a freed slot: its old key goes.
    deck = produce(deck, (d) => {
      ops.deleteWidgetAt(d, s, 'right');
      ops.moveWidget(d, s, waiting[0]!.slotKey, s, 'right');
    });
    expect(slide().slots.right).toBe(waiting[0]!.widgetId);
    expect(waiting[0]!.slotKey in slide().slots).toBe(false);
    // Delete the other from the tray: widget and key go.
    deck = produce(deck, (d) => ops.deleteWidgetAt(d, s, waiting[1]!.slotKey));
    expect(deck.widgets[waiting[1]!.widgetId]).toBeUndefined();
    expect(Object.keys(slide().slots).sort()).toEqual(['left', 'right']);
    expect(unplacedWidgets(deck, slide())).toEqual([]);
    expectValid(deck);
  });
});
