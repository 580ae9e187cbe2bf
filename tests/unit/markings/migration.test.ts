// Decks written before portion markings (schema v1, one banner {label, color}) open unchanged:
// the same banner text and colours on every slide, no portion marks appearing, and a damaged old
// banner refused by name instead of dropped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textColorOn } from '../../../shared/contrast';
import { parseDeckText } from '../../../shared/deck/codec';
import { deckVariant, markingFromClassification } from '../../../shared/markings';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const read = (p: string) => readFileSync(path.join(FIXTURES, p), 'utf8');

/** What the v1 slide view drew: the label on the colour, text black or white by contrast. */
function oldBanner(label: string, color: string) {
  return { text: label, background: color.toLowerCase(), color: textColorOn(color) };
}

describe('v1 -> v2: the deck banner', () => {
  it.each([
    ['marked-us-confidential.briefdeck', 'CONFIDENTIAL', '#0033A0', 'us'],
    ['marked-official-sensitive.briefdeck', 'OFFICIAL-SENSITIVE', '#2b2b2b', 'custom'],
  ])('%s shows the same banner on every slide, in scheme %s, with no portion marks', (file, label, color, scheme) => {
    const text = read(`v1/${file}`);
    expect(JSON.parse(text).meta.classification).toEqual({ label, color });
    const deck = parseDeckText(text, file);
    expect(deck.schemaVersion).toBe(2);
    expect(deck.meta.marking?.scheme).toBe(scheme);
    expect(deck.meta.marking?.portionMarks).toBe(false);
    const v = deckVariant(deck, null);
    expect(v.banner).toEqual(oldBanner(label, color));
    for (const id of deck.slideOrder) {
      const marks = v.slides[id]!;
      expect(marks.banner).toEqual(oldBanner(label, color));
      expect(marks.title).toBe('');
      expect(Object.values(marks.widgets).every((m) => m === '')).toBe(true);
    }
    expect(v.deck).toBe(deck);
  });

  it('an unmarked v1 deck stays unmarked: no banner at all', () => {
    const deck = parseDeckText(read('v1/indo-pacific-update.briefdeck'), 'indo-pacific-update.briefdeck');
    expect(deck.meta.marking).toBeNull();
    const v = deckVariant(deck, null);
    expect(v.banner).toBeNull();
    expect(deck.slideOrder.every((id) => v.slides[id]!.banner === null)).toBe(true);
  });

  it('a built-in level matches only on label and colour; a label in several schemes stays custom', () => {
    expect(markingFromClassification({ label: 'UNCLASSIFIED', color: '#007a33' })).toMatchObject({ scheme: 'us', defaultLevel: 'U', custom: null });
    // Same label, another colour: the author's colour is kept in a custom level.
    expect(markingFromClassification({ label: 'UNCLASSIFIED', color: '#008000' })).toMatchObject({ scheme: 'custom', custom: { levels: [{ label: 'UNCLASSIFIED', background: '#008000' }] } });
    // SECRET on #c8102e is a level of the US, UK and Australian schemes: which one is the author's call.
    expect(markingFromClassification({ label: 'SECRET', color: '#c8102e' }).scheme).toBe('custom');
    // TLP prescribes coloured text on black; white text on black is not TLP:RED.
    expect(markingFromClassification({ label: 'TLP:RED', color: '#000000' }).scheme).toBe('custom');
  });

  it('a damaged old banner is refused, naming the field, not dropped', () => {
    const doc = JSON.parse(read('v1/indo-pacific-update.briefdeck'));
    doc.meta.classification = { label: 'SECRET', color: 'red' };
    expect(() => parseDeckText(JSON.stringify(doc), 'bad.briefdeck')).toThrow(/meta\.classification/);
    doc.meta.classification = { label: '', color: '#000000' };
    expect(() => parseDeckText(JSON.stringify(doc), 'bad.briefdeck')).toThrow(/could not be upgraded from format 1/);
  });

  it('the v0 prototype goes through both steps', () => {
    const deck = parseDeckText(read('v0/prototype-briefing.briefdeck'), 'prototype-briefing.briefdeck');
    expect(deck.schemaVersion).toBe(2);
    expect(deck.meta.marking).toBeNull();
  });
});
