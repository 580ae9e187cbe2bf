import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../../shared/deck/schema';
import { findMatches, replaceAll, replaceMatch, type FindOptions } from '../../../shared/find/findText';
import type { Widget } from '../../../shared/widgets';

const loose: FindOptions = { matchCase: false, wholeWord: false };

/** Title slide, a two-column slide (text left, chart right) and a hidden one-large slide (quote). */
function deck(): Deck {
  const d = ops.createDeck('Find test');
  const two = ops.addSlide(d, 'twoColumns', 1, 'Rare earths and chips');
  const hidden = ops.addSlide(d, 'oneLarge', 2, 'Backup: earth');
  ops.setSlideNotes(d, two, 'Say: rare EARTHS first.');
  ops.setSlideHidden(d, hidden, true);
  const text = ops.insertWidget(d, two, 'left', 'text')!;
  const chart = ops.insertWidget(d, two, 'right', 'chart')!;
  const quote = ops.insertWidget(d, hidden, 'main', 'quote')!;
  ops.updateWidget(d, text, (w) => {
    if (w.kind === 'text') w.props = { ...w.props, heading: 'Earth', bullets: ['**Rare** earth output', 'Earthquake risk'] };
  });
  ops.updateWidget(d, chart, (w) => {
    if (w.kind === 'chart') w.props = { ...w.props, title: 'Rare-earth output', table: { columns: ['Country', 'Earth t'], rows: [['Earthland', 5], ['Japan', 2]] } };
  });
  ops.updateWidget(d, quote, (w: Widget) => {
    if (w.kind === 'quote') w.props = { ...w.props, text: 'The earth moved.', speaker: 'A. Earthson' };
  });
  return d;
}

const summary = (d: Deck, q: string, o: FindOptions = loose) => findMatches(d, q, o).map((m) => `${m.slideNumber}${m.hidden ? 'h' : ''} ${m.where} ${m.text.slice(m.start, m.end)}`);

describe('find', () => {
  it('finds in titles, widget fields by slot, chart headings and label cells, notes and hidden slides, in reading order', () => {
    expect(summary(deck(), 'earth')).toEqual([
      '2 Slide title earth',
      '2 Text: Heading Earth',
      '2 Text: Bullet 1 earth',
      '2 Text: Bullet 2 Earth',
      '2 Chart: Title earth',
      '2 Chart: Column 2 heading Earth',
      '2 Chart: Row 1, Country Earth',
      '2 Notes EARTH',
      '3h Slide title earth',
      '3h Quote: Quotation earth',
      '3h Quote: Speaker Earth',
    ]);
  });

  it('matches case and whole words when asked, across letters of any script', () => {
    const d = deck();
    expect(summary(d, 'Earth', { matchCase: true, wholeWord: false })).toHaveLength(5);
    // Not "earths", "Earthquake", "Earthland" or "Earthson"; "Rare-earth" is (a hyphen ends a word).
    expect(summary(d, 'earth', { matchCase: false, wholeWord: true }).map((s) => s.split(' ').slice(0, -1).join(' '))).toEqual([
      '2 Text: Heading',
      '2 Text: Bullet 1',
      '2 Chart: Title',
      '2 Chart: Column 2 heading',
      '3h Slide title',
      '3h Quote: Quotation',
    ]);
    // "Earthé" is one word, not "Earth" and a letter.
    const s = produce(d, (x) => ops.setSlideTitle(x, x.slideOrder[1]!, 'Earthé and Rare-earth'));
    expect(findMatches(s, 'earth', { matchCase: false, wholeWord: true }).filter((m) => m.where === 'Slide title' && m.slideNumber === 2).map((m) => m.start)).toEqual([16]);
  });

  it('treats the query as text, not a pattern', () => {
    const d = produce(deck(), (x) => ops.setSlideTitle(x, x.slideOrder[1]!, 'Costs (a+b) * 2 [est.]'));
    expect(summary(d, '(a+b) *')).toEqual(['2 Slide title (a+b) *']);
    expect(summary(d, '.')).toEqual(['2 Slide title .', '2 Notes .', '3h Quote: Quotation .', '3h Quote: Speaker .']);
    expect(findMatches(d, '', loose)).toEqual([]);
  });

  it('never searches numbers as words: a chart cell holding 5 is data', () => {
    expect(summary(deck(), '5')).toEqual([]);
  });
});

describe('replace', () => {
  it('replaces one match where it was found, keeping the rest of the text', () => {
    const d = deck();
    const match = findMatches(d, 'earth', loose).find((m) => m.where === 'Text: Bullet 1')!;
    const next = produce(d, (x) => void replaceMatch(x, match, 'metal'));
    const text = Object.values(next.widgets).find((w) => w.kind === 'text')!;
    expect(text.kind === 'text' && text.props.bullets).toEqual(['**Rare** metal output', 'Earthquake risk']);
  });

  it('replaces nothing when the text changed since the match was found', () => {
    const d = deck();
    const match = findMatches(d, 'earth', loose)[0]!;
    const changed = produce(d, (x) => ops.setSlideTitle(x, x.slideOrder[1]!, 'Earth, rare'));
    let result;
    const next = produce(changed, (x) => void (result = replaceMatch(x, match, 'metal')));
    expect(result).toEqual({ replaced: 0, refused: [] });
    expect(next).toBe(changed);
  });

  it('replaces all in every field, the replacement taken literally, and the deck stays valid', () => {
    let result;
    const next = produce(deck(), (x) => void (result = replaceAll(x, 'earth', loose, '$& metal')));
    expect(result).toEqual({ replaced: 11, refused: [] });
    expect(findMatches(next, 'earth', loose)).toEqual([]);
    expect(findMatches(next, '$& metal', loose)).toHaveLength(11);
    expect(DeckSchema.safeParse(next).success).toBe(true);
  });

  it('names the fields a replacement would make too long instead of cutting them', () => {
    let result;
    const long = 'x'.repeat(400);
    const next = produce(deck(), (x) => void (result = replaceAll(x, 'Rare-earth output', loose, long)));
    // The chart title holds at most 300 characters: refused and named; nothing else matched.
    expect(result).toEqual({ replaced: 0, refused: ['slide 2, Chart: Title'] });
    expect(findMatches(next, 'Rare-earth output', loose)).toHaveLength(1);
  });
});
