import { describe, expect, it } from 'vitest';
import * as ops from '../../../shared/deck/operations';
import { findMatches, type FindOptions } from '../../../shared/find/findText';
import { countLabel, firstMatchFrom, replaceEverywhere, replaceOne, replacedMessage, showMatch } from '../../../renderer/store/find';
import { createTestEditor } from '../support/testEditor';

const loose: FindOptions = { matchCase: false, wholeWord: false };

function editorWithSlides() {
  const d = ops.createDeck('Chips and chips');
  const a = ops.addSlide(d, 'twoColumns', 1, 'Chips made here');
  const b = ops.addSlide(d, 'oneLarge', 2, 'More chips');
  const text = ops.insertWidget(d, a, 'right', 'text')!;
  ops.updateWidget(d, text, (w) => {
    if (w.kind === 'text') w.props = { ...w.props, heading: 'Chip plants', bullets: ['chips, chips'] };
  });
  ops.setSlideHidden(d, b, true);
  return { ed: createTestEditor(d), a, b };
}

describe('the find bar on an editor', () => {
  it('starts from the slide on the canvas and selects the slide and widget of a match', () => {
    const { ed, a, b } = editorWithSlides();
    ed.ui.getState().selectSlide(b);
    const matches = findMatches(ed.current, 'chip', loose);
    const first = firstMatchFrom(ed, matches);
    expect(matches[first]!.place).toEqual({ slideId: b, part: 'title' });
    const bullet = matches.find((m) => m.where === 'Text: Bullet 1')!;
    showMatch(ed, bullet);
    expect(ed.ui.getState()).toMatchObject({ currentSlideId: a, selectedSlotId: 'right' });
  });

  it('replaces one match as one undo step and goes on past its replacement', () => {
    const { ed } = editorWithSlides();
    const before = findMatches(ed.current, 'chips', loose);
    const i = before.findIndex((m) => m.where === 'Text: Bullet 1');
    // "chips" -> "chips and wafers" still contains "chips": the next match is the bullet's second one.
    const { next, result } = replaceOne(ed, 'chips', loose, before[i]!, i, 'chips and wafers');
    expect(result.replaced).toBe(1);
    const after = findMatches(ed.current, 'chips', loose);
    expect(after[next]).toMatchObject({ where: 'Text: Bullet 1', start: 'chips and wafers, '.length });
    expect(ed.document.getState().undoStack.at(-1)?.label).toBe('Replace “chips”');
    ed.undo();
    expect(findMatches(ed.current, 'chips', loose)).toEqual(before);
  });

  it('replaces all as one undo step, hidden slides included, and says how many', () => {
    // The title slide (the deck's title, twice), slide 2's title, heading and bullet (twice), the hidden slide's title.
    const { ed } = editorWithSlides();
    const steps = ed.document.getState().undoStack.length;
    const result = replaceEverywhere(ed, 'chip', { matchCase: false, wholeWord: false }, 'wafer');
    expect(result).toEqual({ replaced: 7, refused: [] });
    expect(replacedMessage(result)).toBe('Replaced 7 matches.');
    expect(ed.current.slides[ed.current.slideOrder[2]!]!.title).toBe('More wafers');
    expect(ed.document.getState().undoStack.length).toBe(steps + 1);
    ed.undo();
    expect(findMatches(ed.current, 'chip', loose)).toHaveLength(7);
    // Nothing to replace: no empty undo step.
    expect(replaceEverywhere(ed, 'cobalt', loose, 'x')).toEqual({ replaced: 0, refused: [] });
    expect(ed.document.getState().undoStack.length).toBe(steps);
  });

  it('counts as the bar shows it', () => {
    expect([countLabel(2, 12), countLabel(-1, 12), countLabel(-1, 1), countLabel(-1, 0)]).toEqual(['3 of 12', '12 matches', '1 match', 'No matches']);
    expect(replacedMessage({ replaced: 1, refused: ['slide 2, Chart: Title'] })).toBe('Replaced 1 match. Not replaced, the new text would be too long for: slide 2, Chart: Title.');
  });
});
