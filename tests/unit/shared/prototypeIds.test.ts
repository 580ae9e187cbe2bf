// Issue 16, problem 2: ids that name Object.prototype members must not pass validation in
// any reference position. Each hostile deck is written as JSON text (as a file would hold
// it, so "__proto__" is an own key after JSON.parse) and must be refused with invalid_deck
// naming the path; nothing may silently drop the key. Lookups in shared code never return
// a prototype member for such a name.
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../../shared/data/sources';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import * as ops from '../../../shared/deck/operations';
import { bundleSlide } from '../../../shared/deck/paste';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';
import { planPages } from '../../../shared/export/pagePlan';
import type { BriefdeckError } from '../../../shared/result';
import { PROTOTYPE_NAMES } from '../../../shared/ids';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function baseDeck(): Deck {
  const deck = ops.createDeck('Hostile ids', 'Tester');
  const s = ops.addSlide(deck, 'twoColumns', 1, 'Second');
  ops.insertWidget(deck, s, 'left', 'chart');
  ops.insertWidget(deck, s, 'right', 'text');
  deck.datasets.ds_1 = {
    id: 'ds_1',
    title: 'Data',
    unit: '',
    year: '',
    source: { publisher: 'P', title: 'T', year: null, url: null, accessed: null, note: null },
    columns: [{ key: 'label', label: 'Country', type: 'string' }, { key: 'v', label: 'Value', type: 'number' }],
    rows: [{ label: 'Japan', v: 1 }],
  };
  return deck;
}

/** Renames a key of an object in JSON text (keeps order), the way an edited file would. */
function renameKey(obj: Raw, from: string, to: string): Raw {
  const out: Raw = {};
  for (const [k, v] of Object.entries(obj)) Object.defineProperty(out, k === from ? to : k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

type Mutation = { name: string; path: RegExp; apply: (d: Raw, bad: string) => void };

const MUTATIONS: Mutation[] = [
  { name: 'deck id', path: /damaged and cannot be opened: id: /, apply: (d, bad) => void (d.id = bad) },
  { name: 'slideOrder entry', path: /slideOrder\[1\]/, apply: (d, bad) => void (d.slideOrder[1] = bad) },
  {
    name: 'slide key and id',
    path: /slides\./,
    apply: (d, bad) => {
      const old = d.slideOrder[1];
      d.slides = renameKey(d.slides, old, bad);
      d.slides[bad].id = bad;
      d.slideOrder[1] = bad;
    },
  },
  {
    name: 'slot holding a widget id',
    path: /slides\.slide_\w+\.slots\.left/,
    apply: (d, bad) => void (d.slides[d.slideOrder[1]].slots.left = bad),
  },
  {
    name: 'widget key and id',
    path: /widgets\./,
    apply: (d, bad) => {
      const slide = d.slides[d.slideOrder[1]];
      const old = slide.slots.left;
      d.widgets = renameKey(d.widgets, old, bad);
      d.widgets[bad].id = bad;
      slide.slots.left = bad;
    },
  },
  {
    name: 'slot key',
    path: /slides\.slide_\w+\.slots/,
    apply: (d, bad) => {
      const slide = d.slides[d.slideOrder[1]];
      slide.slots = renameKey(slide.slots, 'right', bad);
    },
  },
  {
    name: 'dataset key and id',
    path: /datasets\./,
    apply: (d, bad) => {
      d.datasets = renameKey(d.datasets, 'ds_1', bad);
      d.datasets[bad].id = bad;
    },
  },
  {
    name: 'dataset column and row key',
    path: /datasets\.ds_1\.(columns|rows)/,
    apply: (d, bad) => {
      const ds = d.datasets.ds_1;
      ds.columns[1].key = bad;
      ds.rows[0] = renameKey(ds.rows[0], 'v', bad);
    },
  },
  {
    name: 'chart dataset reference',
    path: /widgets\.w_\w+\.props\.datasetId/,
    apply: (d, bad) => void (d.widgets[d.slides[d.slideOrder[1]].slots.left].props.datasetId = bad),
  },
  {
    name: 'asset key and id',
    path: /assets\./,
    apply: (d, bad) => {
      const a = { id: bad, name: 'x.png', mime: 'image/png', data: 'AAAA', source: null };
      d.assets = {};
      Object.defineProperty(d.assets, bad, { value: a, enumerable: true, writable: true, configurable: true });
    },
  },
];

const BAD_NAMES = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

function hostileText(m: Mutation, bad: string): string {
  const d = JSON.parse(serializeDeck(baseDeck())) as Raw;
  m.apply(d, bad);
  const text = JSON.stringify(d, null, 2);
  // The hostile name really is in the file (JSON.stringify keeps an own "__proto__" key).
  expect(text).toContain(`"${bad}"`);
  return text;
}

function outcome(text: string): string {
  try {
    parseDeckText(text, 'Hostile.briefdeck');
    return 'accepted';
  } catch (e) {
    return `${(e as BriefdeckError).code}: ${(e as Error).message}`;
  }
}

describe('ids that name Object.prototype members', () => {
  it('the reserved names are every Object.prototype member and "prototype"', () => {
    for (const n of [...Object.getOwnPropertyNames(Object.prototype), 'prototype']) expect(PROTOTYPE_NAMES.has(n)).toBe(true);
  });

  for (const m of MUTATIONS) {
    for (const bad of BAD_NAMES) {
      it(`${m.name} = "${bad}" is refused as invalid_deck naming the path`, () => {
        const result = outcome(hostileText(m, bad));
        expect(result).toMatch(/^invalid_deck: “Hostile\.briefdeck” is damaged/);
        expect(result).toMatch(m.path);
        expect(result).toMatch(/reserved name|not a valid id/);
      });
    }
  }

  it('a save request carrying such a deck is refused by the contract schema too', () => {
    for (const m of MUTATIONS) {
      const raw = JSON.parse(hostileText(m, '__proto__'));
      expect(DeckSchema.safeParse(raw).success, m.name).toBe(false);
    }
  });

  it('ids keep working when they are ordinary', () => {
    expect(outcome(serializeDeck(baseDeck()))).toBe('accepted');
  });
});

describe('lookups by a prototype name find nothing', () => {
  const deck = baseDeck();
  for (const bad of BAD_NAMES) {
    it(`"${bad}"`, () => {
      const d = structuredClone(deck);
      expect(ops.findWidgetSlot(d, bad)).toBeNull();
      expect(bundleSlide(d, bad)).toBeNull();
      for (const op of [
        () => ops.deleteSlide(d, bad),
        () => ops.duplicateSlide(d, bad),
        () => ops.setSlideTitle(d, bad, 'x'),
        () => ops.setSlideLayout(d, bad, 'title'),
        () => ops.insertWidget(d, bad, 'left', 'text'),
        () => ops.deleteWidgetAt(d, d.slideOrder[1]!, bad),
        () => ops.updateWidget(d, bad, (w) => void (w.alt = 'x')),
        () => ops.moveWidget(d, bad, 'left', d.slideOrder[1]!, 'left'),
        () => ops.moveWidgetToSlide(d, d.slideOrder[1]!, bad, d.slideOrder[0]!),
      ])
        expect(op).not.toThrow();
      expect(d).toEqual(deck);
      // A chart naming such a dataset simply has no dataset source.
      const w = d.widgets[d.slides[d.slideOrder[1]!]!.slots.left!]!;
      if (w.kind === 'chart') w.props.datasetId = bad;
      expect(() => collectSources(d)).not.toThrow();
      d.slideOrder.push(bad);
      expect(() => planPages(d, { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter' })).not.toThrow();
    });
  }
});
