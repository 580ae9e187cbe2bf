import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import * as ops from '../../../shared/deck/operations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/deck/schema';
import type { BriefdeckError } from '../../../shared/result';

function codeOf(text: string): string {
  try {
    parseDeckText(text, 'Test.briefdeck');
    return 'ok';
  } catch (e) {
    return `${(e as BriefdeckError).code}: ${(e as Error).message}`;
  }
}

describe('deck codec', () => {
  it('round-trips a deck', () => {
    const deck = ops.createDeck('Round trip');
    ops.insertWidget(deck, deck.slideOrder[0]!, 'subtitle', 'text');
    expect(parseDeckText(serializeDeck(deck), 'x.briefdeck')).toEqual(deck);
  });

  it('names the problem and the file for each kind of bad input', () => {
    const good = serializeDeck(ops.createDeck('x'));
    expect(codeOf('')).toMatch(/^truncated: “Test.briefdeck” is empty/);
    expect(codeOf(' \n\t')).toMatch(/^truncated: “Test.briefdeck” is empty/);
    expect(codeOf(good.slice(0, good.length / 2))).toMatch(/^truncated: “Test.briefdeck” is incomplete/);
    expect(codeOf(`\uFEFF${good.slice(0, good.length / 2)}`)).toMatch(/^truncated: “Test.briefdeck” is incomplete/);
    expect(codeOf('hello, not json')).toMatch(/^not_json: “Test.briefdeck” is not a Briefdeck file/);
    // Open braces in something that is not a deck's start do not make it a cut-off deck.
    expect(codeOf('\u0000\u0001garbage{{{')).toMatch(/^not_json/);
    expect(codeOf('function f() { if (x) {')).toMatch(/^not_json/);
    expect(codeOf(`\uFEFF${good}`)).toBe('ok');
    expect(codeOf('{"name":"package","version":"1.0.0"}')).toMatch(/^foreign_format/);
    expect(codeOf('[1,2,3]')).toMatch(/^foreign_format/);
    const newer = JSON.parse(good);
    newer.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    expect(codeOf(JSON.stringify(newer))).toMatch(/^newer_version: .*newer version of Briefdeck/);
    const broken = JSON.parse(good);
    broken.slides[broken.slideOrder[0]].title = 42;
    expect(codeOf(JSON.stringify(broken))).toMatch(/^invalid_deck: .*slides\.slide_\w+\.title/);
    const dangling = JSON.parse(good);
    dangling.slideOrder.push('slide_missing');
    expect(codeOf(JSON.stringify(dangling))).toMatch(/slideOrder\[1\]: slide "slide_missing" is listed but missing/);
  });

  it('renders hostile strings as data: a title full of markup survives unchanged', () => {
    const deck = ops.createDeck('<img src=x onerror=alert(1)> "quotes" \u202e RTL');
    expect(parseDeckText(serializeDeck(deck), 'x.briefdeck').meta.title).toBe(deck.meta.title);
  });
});
