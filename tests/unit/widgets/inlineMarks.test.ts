// Ctrl+B / Ctrl+I in a bullet edited on the slide: markers the shared parser reads back as runs.
import { describe, expect, it } from 'vitest';
import { parseInline, toggleInlineMark } from '../../../shared/widgets/text/inline';

const sel = (text: string, start: number, end = start) => ({ text, start, end });

describe('toggleInlineMark', () => {
  it('wraps the selection, and the parser reads it as a bold run', () => {
    const out = toggleInlineMark(sel('Fund a joint stockpile', 7, 12), 'bold');
    expect(out).toEqual({ text: 'Fund a **joint** stockpile', start: 7, end: 16 });
    expect(parseInline(out.text)).toContainEqual({ text: 'joint', bold: true, italic: false });
  });

  it('takes the markers off again (selection inside or around them)', () => {
    expect(toggleInlineMark(sel('Fund a **joint** stockpile', 9, 14), 'bold').text).toBe('Fund a joint stockpile');
    expect(toggleInlineMark(sel('Fund a **joint** stockpile', 7, 16), 'bold').text).toBe('Fund a joint stockpile');
    expect(toggleInlineMark(sel('a _b_ c', 3, 4), 'italic')).toEqual({ text: 'a b c', start: 2, end: 3 });
  });

  it('marks the word at the caret, or inserts an empty pair between words', () => {
    expect(toggleInlineMark(sel('review in March', 12), 'italic')).toEqual({ text: 'review in _March_', start: 10, end: 17 });
    expect(toggleInlineMark(sel('a  b', 2), 'bold')).toEqual({ text: 'a **** b', start: 4, end: 4 });
  });

  it('keeps markers inside each line and its spaces, so a marker never spans bullets', () => {
    const out = toggleInlineMark(sel('one \ntwo\n\nthree', 0, 15), 'bold');
    expect(out.text).toBe('**one** \n**two**\n\n**three**');
    expect(out.text.split('\n').map((l) => parseInline(l).filter((r) => r.bold).map((r) => r.text))).toEqual([['one'], ['two'], [], ['three']]);
  });
});
