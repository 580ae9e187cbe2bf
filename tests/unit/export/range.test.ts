// Slide ranges: one span or a list ("1-5, 8, 10-12"), the same in the dialog, the CLI's
// --range, the print route's address and the page plan; old single-span URLs and callers
// keep working.
import { describe, expect, it } from 'vitest';
import { ExportOptionsSchema } from '../../../shared/api/contract';
import { parseExportArgs } from '../../../shared/export/cliArgs';
import { planPages, selectSlides } from '../../../shared/export/pagePlan';
import { optionsFromParams, printQuery } from '../../../shared/export/printParams';
import { formatRange, inRange, parseRange, RANGE_END } from '../../../shared/export/range';
import { buildMixedDeck } from './decks';

describe('parseRange', () => {
  it('reads one slide, one span and open spans as one span, as before', () => {
    expect(parseRange('')).toEqual({ ok: true, range: null });
    expect(parseRange(' all ')).toEqual({ ok: true, range: null });
    expect(parseRange('3')).toEqual({ ok: true, range: { from: 3, to: 3 } });
    expect(parseRange('2 – 6')).toEqual({ ok: true, range: { from: 2, to: 6 } });
    expect(parseRange('4-')).toEqual({ ok: true, range: { from: 4, to: RANGE_END } });
    expect(parseRange('-6')).toEqual({ ok: true, range: { from: 1, to: 6 } });
  });

  it('reads a list of slides and spans, sorted, with overlapping and touching spans joined', () => {
    expect(parseRange('1-5, 8, 10-12')).toEqual({
      ok: true,
      range: [
        { from: 1, to: 5 },
        { from: 8, to: 8 },
        { from: 10, to: 12 },
      ],
    });
    expect(parseRange('10-12,1-3;8')).toEqual({
      ok: true,
      range: [
        { from: 1, to: 3 },
        { from: 8, to: 8 },
        { from: 10, to: 12 },
      ],
    });
    // 1-5 and 3-8 overlap, 9 touches: one span.
    expect(parseRange('1-5, 3-8, 9')).toEqual({ ok: true, range: { from: 1, to: 9 } });
    // A trailing comma is forgiven.
    expect(parseRange('2, 4,')).toEqual({ ok: true, range: [{ from: 2, to: 2 }, { from: 4, to: 4 }] });
  });

  it('names the part of a list that is wrong', () => {
    const bad = parseRange('1-5, 9-7, 12');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toBe('The range “9-7” in “1-5, 9-7, 12” ends before it starts.');
    const word = parseRange('1-5, x');
    expect(!word.ok && word.message).toMatch(/^“x” in “1-5, x” is not a slide range\. .*a list \(1-5, 8, 10-12\)/);
    expect(parseRange('0, 3').ok).toBe(false);
    expect(parseRange(',').ok).toBe(false);
    expect(parseRange('5-2')).toEqual({ ok: false, message: 'The range “5-2” ends before it starts.' });
  });

  it('formats a range so that it parses back to the same range', () => {
    for (const text of ['3', '1-5', '4-', '1-5, 8, 10-12', '2, 7-']) {
      const r = parseRange(text);
      if (!r.ok) throw new Error(r.message);
      expect(formatRange(r.range)).toBe(text);
      expect(parseRange(formatRange(r.range))).toEqual(r);
    }
    expect(formatRange(null)).toBe('');
  });

  it('tells which slides are in', () => {
    const r = parseRange('1-2, 5');
    if (!r.ok) throw new Error(r.message);
    expect([1, 2, 3, 4, 5, 6].filter((n) => inRange(r.range, n))).toEqual([1, 2, 5]);
    expect(inRange(null, 42)).toBe(true);
    expect(inRange({ from: 3, to: 4 }, 4)).toBe(true);
  });
});

describe('a list of ranges through the export', () => {
  const mixed = buildMixedDeck();

  it('the page plan prints the listed slides, in deck order, and says which list selected nothing', () => {
    const slides = selectSlides(mixed.deck, { range: [{ from: 5, to: 6 }, { from: 1, to: 1 }, { from: 3, to: 3 }], includeHidden: false });
    expect(slides.map((s) => s.number)).toEqual([1, 3, 5, 6]);
    const none = planPages(mixed.deck, { range: [{ from: 50, to: 60 }, { from: 70, to: 70 }], includeHidden: false, layout: 'slides', sourcesPage: false, pageNumbers: true, paper: 'letter' });
    expect(none).toEqual({ ok: false, message: `Nothing to export: slides 50-60, 70 select no visible slides; the deck has ${mixed.deck.slideOrder.length}.` });
  });

  it('the print route address carries the list, and an old single-span address still reads', () => {
    const options = ExportOptionsSchema.parse({ range: [{ from: 1, to: 2 }, { from: 4, to: 4 }], layout: 'notes' });
    const params = new URLSearchParams(printQuery('library:a.briefdeck', options));
    expect(params.get('range')).toBe('1-2, 4');
    expect(optionsFromParams(params)).toEqual(options);
    const old = optionsFromParams(new URLSearchParams('deck=library%3Aa.briefdeck&layout=slides&range=2-4&hidden=0&sources=1&numbers=1'));
    expect(old.range).toEqual({ from: 2, to: 4 });
    const oldOpen = optionsFromParams(new URLSearchParams(`deck=x&range=3-${RANGE_END}`));
    expect(oldOpen.range).toEqual({ from: 3, to: RANGE_END });
  });

  it('the contract takes one span (older callers) or a list, and refuses an empty list', () => {
    expect(ExportOptionsSchema.parse({ range: { from: 2, to: 4 } }).range).toEqual({ from: 2, to: 4 });
    expect(ExportOptionsSchema.parse({ range: [{ from: 2, to: 4 }, { from: 7, to: 7 }] }).range).toHaveLength(2);
    expect(ExportOptionsSchema.safeParse({ range: [] }).success).toBe(false);
    expect(ExportOptionsSchema.safeParse({ range: [{ from: 0, to: 2 }] }).success).toBe(false);
  });

  it('the CLI takes a list after --range, with or without spaces, and explains a bad one', () => {
    const a = parseExportArgs(['deck.briefdeck', '--range', '1-5,8,10-12']);
    expect(a.ok === true && a.args.options.range).toEqual([
      { from: 1, to: 5 },
      { from: 8, to: 8 },
      { from: 10, to: 12 },
    ]);
    const b = parseExportArgs(['deck.briefdeck', '--range', '1-5, 8']);
    expect(b.ok === true && b.args.options.range).toEqual([
      { from: 1, to: 5 },
      { from: 8, to: 8 },
    ]);
    const c = parseExportArgs(['deck.briefdeck', '--range', '2-4']);
    expect(c.ok === true && c.args.options.range).toEqual({ from: 2, to: 4 });
    const bad = parseExportArgs(['deck.briefdeck', '--range', '3,1-x']);
    expect(bad).toEqual({ ok: false, message: expect.stringContaining('“1-x” in “3,1-x” is not a slide range') });
  });
});
