import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { addMissingDatasets, bundleSlide, datasetsUsedBy, pasteSlides } from '../../../shared/deck/paste';
import { importCsv } from '../../../shared/data/csvImport';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';

function deckWith(layouts: string[]): Deck {
  const deck = ops.createDeck('Test deck');
  layouts.forEach((l, i) => ops.addSlide(deck, l, i + 1, `Slide ${i + 2}`));
  return deck;
}

const valid = (d: Deck) => expect(DeckSchema.safeParse(d).success).toBe(true);

describe('deck operations', () => {
  it('creates a valid deck with a title slide', () => {
    const deck = ops.createDeck('Supply chains');
    valid(deck);
    expect(deck.slideOrder).toHaveLength(1);
    expect(deck.slides[deck.slideOrder[0]!]!.layoutId).toBe('title');
    expect(deck.meta.title).toBe('Supply chains');
  });

  it('adds, duplicates, moves and deletes slides, keeping the deck valid', () => {
    const deck = deckWith(['twoColumns', 'grid2x2']);
    const [, a, b] = deck.slideOrder as [string, string, string];
    ops.insertWidget(deck, a, 'left', 'chart');
    const copy = ops.duplicateSlide(deck, a)!;
    expect(deck.slideOrder.indexOf(copy)).toBe(2);
    const origWidget = deck.slides[a]!.slots.left;
    const copyWidget = deck.slides[copy]!.slots.left;
    expect(copyWidget).not.toBe(origWidget);
    expect(deck.widgets[copyWidget!]!.kind).toBe('chart');
    ops.moveSlide(deck, b, 0);
    expect(deck.slideOrder[0]).toBe(b);
    ops.deleteSlide(deck, a);
    expect(deck.slides[a]).toBeUndefined();
    expect(deck.widgets[origWidget!]).toBeUndefined();
    valid(deck);
  });

  it('replacing a widget deletes the old one; moving onto a filled slot swaps', () => {
    const deck = deckWith(['twoColumns']);
    const s = deck.slideOrder[1]!;
    const first = ops.insertWidget(deck, s, 'left', 'map')!;
    const second = ops.insertWidget(deck, s, 'right', 'chart')!;
    ops.moveWidget(deck, s, 'left', s, 'right');
    expect(deck.slides[s]!.slots).toEqual({ left: second, right: first });
    const third = ops.insertWidget(deck, s, 'left', 'quote')!;
    expect(deck.widgets[second]).toBeUndefined();
    expect(deck.slides[s]!.slots.left).toBe(third);
    valid(deck);
  });

  it('moves a widget to another slide only where a free slot accepts it', () => {
    // Slide 1 is a title slide: its subtitle line takes text or a key figure, not a map.
    const deck = deckWith(['twoColumns']);
    const [title, a] = deck.slideOrder as [string, string];
    const map = ops.insertWidget(deck, a, 'left', 'map')!;
    expect(ops.moveWidgetToSlide(deck, a, 'left', title)).toBeNull();
    expect(deck.slides[a]!.slots.left).toBe(map);
    const text = ops.insertWidget(deck, a, 'right', 'text')!;
    expect(ops.moveWidgetToSlide(deck, a, 'right', title)).toBe('subtitle');
    expect(deck.slides[title]!.slots.subtitle).toBe(text);
    expect(deck.slides[a]!.slots.right).toBeNull();
    valid(deck);
  });

  it('ordinary slots take any widget', () => {
    const deck = deckWith(['twoColumns', 'quoteFocus']);
    const [, a, q] = deck.slideOrder as [string, string, string];
    const map = ops.insertWidget(deck, a, 'left', 'map')!;
    expect(ops.moveWidgetToSlide(deck, a, 'left', q)).toBe('quote');
    expect(deck.slides[q]!.slots.quote).toBe(map);
    valid(deck);
  });

  it('changing layout never loses a widget: it moves to a free slot or waits for the old layout', () => {
    const deck = deckWith(['grid2x2']);
    const s = deck.slideOrder[1]!;
    const w1 = ops.insertWidget(deck, s, 'topLeft', 'chart')!;
    const w2 = ops.insertWidget(deck, s, 'bottomRight', 'map')!;
    ops.setSlideLayout(deck, s, 'oneLarge');
    const slots = deck.slides[s]!.slots;
    expect(Object.values(slots)).toContain(w1);
    expect(Object.values(slots)).toContain(w2);
    expect(slots.main === w1 || slots.main === w2).toBe(true);
    ops.setSlideLayout(deck, s, 'grid2x2');
    expect(Object.values(deck.slides[s]!.slots).filter(Boolean).sort()).toEqual([w1, w2].sort());
    valid(deck);
  });

  it('works inside immer produce (the renderer path) without touching the original', () => {
    const deck = deckWith(['oneLarge']);
    const before = JSON.stringify(deck);
    const next = produce(deck, (d) => void ops.insertWidget(d, d.slideOrder[1]!, 'main', 'keyFigure'));
    expect(JSON.stringify(deck)).toBe(before);
    valid(next);
  });

  it('pastes copied slides with fresh ids, even into the deck they came from', () => {
    const deck = deckWith(['twoColumns']);
    const s = deck.slideOrder[1]!;
    ops.insertWidget(deck, s, 'left', 'text');
    const bundle = bundleSlide(deck, s)!;
    const other = ops.createDeck('Other');
    const [pasted] = pasteSlides(other, [bundle, bundle], 1);
    expect(other.slideOrder).toHaveLength(3);
    expect(pasted).not.toBe(s);
    const again = pasteSlides(deck, [bundle], 0);
    expect(deck.slides[again[0]!]!.slots.left).not.toBe(deck.slides[s]!.slots.left);
    valid(deck);
    valid(other);
  });

  it('a pasted chart or choropleth map brings the source deck’s own dataset along, once', () => {
    const source = deckWith(['twoColumns']);
    const s = source.slideOrder[1]!;
    const imported = importCsv('Country,Code,Share\nTaiwan,TW,22\nJapan,JP,15\n', 'shares.csv', { id: 'ds_shares', bytes: 40 });
    if (!imported.ok) throw new Error(imported.error.message);
    source.datasets.ds_shares = imported.data;
    const chartId = ops.insertWidget(source, s, 'left', 'chart')!;
    const mapId = ops.insertWidget(source, s, 'right', 'map')!;
    const chart = source.widgets[chartId]!;
    const map = source.widgets[mapId]!;
    if (chart.kind !== 'chart' || map.kind !== 'map') throw new Error('wrong kinds');
    expect(datasetsUsedBy(source, [chart, map])).toEqual([]);
    chart.props.datasetId = 'ds_shares';
    map.props.mode = 'choropleth';
    map.props.choropleth = { datasetId: 'ds_shares', column: 'v1' };
    const used = datasetsUsedBy(source, bundleSlide(source, s)!.widgets);
    expect(used.map((d) => d.id)).toEqual(['ds_shares']);
    // Built-in datasets are not copied: every deck has them.
    chart.props.datasetId = 'rare_earths_production_2024_mcs2025';
    map.props.choropleth = null;
    expect(datasetsUsedBy(source, [chart, map])).toEqual([]);

    const target = ops.createDeck('Other');
    expect(addMissingDatasets(target, used)).toBe(1);
    expect(addMissingDatasets(target, used)).toBe(0);
    expect(target.datasets.ds_shares).toEqual(imported.data);
    valid(target);
  });
});
