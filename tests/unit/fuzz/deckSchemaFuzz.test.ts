// Property-based fuzz of the deck schema (issue 16): decks built by random edits always
// round-trip; a valid deck with one random part replaced by a hostile value, any JSON at
// all, and any text are either read as a deck that keeps every invariant the app relies
// on, or refused with a BriefdeckError naming the file. Never a TypeError, never a silently
// dropped key, never an id that finds a prototype member.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import * as ops from '../../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';
import { isSafeId } from '../../../shared/ids';
import { LAYOUTS } from '../../../shared/layouts';
import { BriefdeckError, ERROR_CODES } from '../../../shared/result';
import { WIDGET_KINDS } from '../../../shared/widgets';
import { hostileNumber, hostileString, hostileValue } from './hostileValues';

const FUZZ_RUNS = { build: 300, mutate: 3000, json: 2000, text: 2000 } as const;

const READ_CODES = new Set(['not_json', 'truncated', 'foreign_format', 'invalid_deck', 'newer_version']);

/** What the editor, presenter and exporters assume of every deck they are given. */
function expectInvariants(deck: Deck): void {
  expect(DeckSchema.safeParse(deck).success).toBe(true);
  for (const map of [deck.slides, deck.widgets, deck.datasets, deck.assets]) {
    expect(Object.hasOwn(map, '__proto__')).toBe(false);
    for (const [key, value] of Object.entries(map)) {
      expect(isSafeId(key)).toBe(true);
      expect(value.id).toBe(key);
    }
  }
  expect(new Set(deck.slideOrder).size).toBe(deck.slideOrder.length);
  for (const id of deck.slideOrder) expect(Object.hasOwn(deck.slides, id)).toBe(true);
  for (const slide of Object.values(deck.slides)) {
    expect(Object.hasOwn(slide.slots, '__proto__')).toBe(false);
    for (const w of Object.values(slide.slots)) if (w !== null) expect(Object.hasOwn(deck.widgets, w)).toBe(true);
  }
  // What is read is written back the same (nothing dropped on the next save).
  expect(parseDeckText(serializeDeck(deck), 'again.briefdeck')).toEqual(deck);
}

/** Reads text as a deck: a deck that keeps the invariants, or a refusal naming the file. */
function readOrRefuse(text: string): 'read' | 'refused' {
  let deck: Deck;
  try {
    deck = parseDeckText(text, 'Fuzz.briefdeck');
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(BriefdeckError);
    const err = e as BriefdeckError;
    expect(READ_CODES.has(err.code), err.code).toBe(true);
    expect(err.message).toContain('“Fuzz.briefdeck”');
    expect(err.message).not.toMatch(/\n\s+at /); // no stack trace
    return 'refused';
  }
  expectInvariants(deck);
  return 'read';
}

type Edit =
  | { op: 'add'; layout: number; at: number; title: string }
  | { op: 'insert'; slide: number; slot: number; kind: number }
  | { op: 'title'; slide: number; title: string }
  | { op: 'notes'; slide: number; notes: string }
  | { op: 'delete'; slide: number }
  | { op: 'duplicate'; slide: number }
  | { op: 'move'; slide: number; to: number }
  | { op: 'layout'; slide: number; layout: number }
  | { op: 'alt'; slide: number; alt: string }
  | { op: 'deckTitle'; title: string };

const text = (max: number) => hostileString.map((s) => s.slice(0, max));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), layout: fc.nat(), at: fc.nat(), title: text(500) }),
  fc.record({ op: fc.constant('insert' as const), slide: fc.nat(), slot: fc.nat(), kind: fc.nat() }),
  fc.record({ op: fc.constant('title' as const), slide: fc.nat(), title: text(500) }),
  fc.record({ op: fc.constant('notes' as const), slide: fc.nat(), notes: text(2000) }),
  fc.record({ op: fc.constant('delete' as const), slide: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), slide: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), slide: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('layout' as const), slide: fc.nat(), layout: fc.nat() }),
  fc.record({ op: fc.constant('alt' as const), slide: fc.nat(), alt: text(2000) }),
  fc.record({ op: fc.constant('deckTitle' as const), title: text(300) }),
);

function applyEdit(deck: Deck, e: Edit): void {
  const slideAt = (i: number) => deck.slideOrder[i % Math.max(1, deck.slideOrder.length)] ?? '';
  switch (e.op) {
    case 'add':
      ops.addSlide(deck, LAYOUTS[e.layout % LAYOUTS.length]!.id, e.at, e.title);
      return;
    case 'insert': {
      const id = slideAt(e.slide);
      const slide = deck.slides[id];
      if (!slide) return;
      const slots = Object.keys(slide.slots);
      if (slots.length > 0) ops.insertWidget(deck, id, slots[e.slot % slots.length]!, WIDGET_KINDS[e.kind % WIDGET_KINDS.length]!);
      return;
    }
    case 'title':
      ops.setSlideTitle(deck, slideAt(e.slide), e.title);
      return;
    case 'notes':
      ops.setSlideNotes(deck, slideAt(e.slide), e.notes);
      return;
    case 'delete':
      ops.deleteSlide(deck, slideAt(e.slide));
      return;
    case 'duplicate':
      ops.duplicateSlide(deck, slideAt(e.slide));
      return;
    case 'move':
      ops.moveSlide(deck, slideAt(e.slide), e.to % (deck.slideOrder.length + 1));
      return;
    case 'layout':
      ops.setSlideLayout(deck, slideAt(e.slide), LAYOUTS[e.layout % LAYOUTS.length]!.id);
      return;
    case 'alt': {
      const w = Object.values(deck.slides[slideAt(e.slide)]?.slots ?? {}).find((x) => x !== null);
      if (w) ops.updateWidget(deck, w, (x) => void (x.alt = e.alt));
      return;
    }
    case 'deckTitle':
      ops.setDeckTitle(deck, e.title);
      return;
    default: {
      const never: never = e;
      throw new Error(String(never));
    }
  }
}

/** Every path into a JSON value: [] (the root), ['slides'], ['slides', 'slide_x', 'title']… */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'addKey'; key: string; value: unknown };

function mutate(doc: Record<string, unknown>, path: (string | number)[], m: Mutation): unknown {
  if (path.length === 0) return m.kind === 'set' ? m.value : doc;
  let parent: Record<string | number, unknown> = doc;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') Object.defineProperty(parent, last, { value: m.value, enumerable: true, writable: true, configurable: true });
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return doc;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: hostileValue }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('addKey' as const), key: hostileString, value: hostileValue }),
);

const counts = { read: 0, refused: 0 };

describe('deck schema fuzz (fast-check)', () => {
  it(`${FUZZ_RUNS.build} decks built by random edits round-trip and keep every invariant`, () => {
    fc.assert(
      fc.property(text(300), fc.array(edit, { maxLength: 40 }), (title, edits) => {
        const deck = ops.createDeck(title, 'Fuzz');
        for (const e of edits) applyEdit(deck, e);
        expectInvariants(parseDeckText(serializeDeck(deck), 'Built.briefdeck'));
      }),
      { numRuns: FUZZ_RUNS.build },
    );
  });

  it(`${FUZZ_RUNS.mutate} decks with one part replaced, removed or given a hostile key are read whole or refused by name`, () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), fc.nat(), mutation, (edits, pick, m) => {
        const deck = ops.createDeck('Base', 'Fuzz');
        for (const e of edits) applyEdit(deck, e);
        ops.insertWidget(deck, deck.slideOrder[0]!, 'subtitle', 'text');
        const doc = JSON.parse(serializeDeck(deck)) as Record<string, unknown>;
        const all = paths(doc);
        const mutated = mutate(doc, all[pick % all.length]!, m);
        counts[readOrRefuse(JSON.stringify(mutated))]++;
      }),
      { numRuns: FUZZ_RUNS.mutate },
    );
    // Both outcomes happen: the fuzz reaches past the first check.
    expect(counts.read).toBeGreaterThan(50);
    expect(counts.refused).toBeGreaterThan(50);
  });

  it(`${FUZZ_RUNS.json} arbitrary JSON documents (some shaped like decks) never break the reader`, () => {
    const deckLike = fc.record({ format: fc.constantFrom('briefdeck', 'other'), schemaVersion: fc.oneof(fc.constant(1), fc.constant(0), hostileNumber), id: hostileString, meta: hostileValue, slideOrder: hostileValue, slides: hostileValue, widgets: hostileValue });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileValue, deckLike), (value) => {
        readOrRefuse(JSON.stringify(value) ?? 'null');
      }),
      { numRuns: FUZZ_RUNS.json },
    );
  });

  it(`${FUZZ_RUNS.text} arbitrary texts (cut-off decks, binary) are refused by name`, () => {
    const good = serializeDeck(ops.createDeck('Cut', 'Fuzz'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.nat({ max: good.length }).map((n) => good.slice(0, n))), (t) => {
        readOrRefuse(t);
      }),
      { numRuns: FUZZ_RUNS.text },
    );
    expect(ERROR_CODES).toContain('invalid_deck');
  });
});

