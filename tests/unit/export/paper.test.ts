// Paper for notes pages and handouts: A4 or Letter by locale, per export (the dialog, the print
// route's address, the CLI's --paper), and the page plan's page size; slides stay 16:9.
import { describe, expect, it } from 'vitest';
import { ExportOptionsSchema } from '../../../shared/api/contract';
import { parseExportArgs } from '../../../shared/export/cliArgs';
import { planPages, SLIDE_PAGE } from '../../../shared/export/pagePlan';
import { defaultPaperFor, PAPER_SIZES } from '../../../shared/export/paper';
import { optionsFromParams, printQuery } from '../../../shared/export/printParams';
import { systemPaper } from '../../../electron/services/systemPaper';
import { buildMixedDeck } from './decks';

describe('defaultPaperFor', () => {
  it('is Letter in the regions that use it and A4 elsewhere', () => {
    expect(defaultPaperFor('en-US')).toBe('letter');
    expect(defaultPaperFor('fr-CA')).toBe('letter');
    expect(defaultPaperFor('es_MX.UTF-8')).toBe('letter');
    expect(defaultPaperFor('en-AU')).toBe('a4');
    expect(defaultPaperFor('en_GB.UTF-8')).toBe('a4');
    expect(defaultPaperFor('ja-JP')).toBe('a4');
    expect(defaultPaperFor('zh-Hant-TW')).toBe('a4');
    expect(defaultPaperFor('ko_KR')).toBe('a4');
  });

  it('is Letter when the locale names no region', () => {
    expect(defaultPaperFor(undefined)).toBe('letter');
    expect(defaultPaperFor('')).toBe('letter');
    expect(defaultPaperFor('en')).toBe('letter');
    expect(defaultPaperFor('de')).toBe('letter');
  });
});

describe('systemPaper', () => {
  it('reads LC_ALL over LC_PAPER over LANG, skipping the C locale', () => {
    expect(systemPaper({ LC_PAPER: 'en_AU.UTF-8', LANG: 'en_US.UTF-8' })).toBe('a4');
    expect(systemPaper({ LC_ALL: 'en_US.UTF-8', LC_PAPER: 'en_AU.UTF-8' })).toBe('letter');
    expect(systemPaper({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('a4');
  });
});

describe('the page plan and the print route', () => {
  const { deck } = buildMixedDeck();
  const options = (over: Partial<ReturnType<typeof ExportOptionsSchema.parse>>) => ExportOptionsSchema.parse({ ...over });

  it('prints notes pages and handouts on the chosen paper and slides on 16:9', () => {
    const notesA4 = planPages(deck, options({ layout: 'notes', paper: 'a4' }));
    expect(notesA4.ok && notesA4.plan.page).toEqual({ width: 793, height: 1122, css: '210mm 297mm' });
    const handoutLetter = planPages(deck, options({ layout: 'handout3', paper: 'letter' }));
    expect(handoutLetter.ok && handoutLetter.plan.page).toMatchObject({ width: PAPER_SIZES.letter.width, css: '8.5in 11in' });
    const slidesA4 = planPages(deck, options({ layout: 'slides', paper: 'a4' }));
    expect(slidesA4.ok && slidesA4.plan.page).toEqual(SLIDE_PAGE);
  });

  it('A4 in CSS px never exceeds the sheet (210 x 297 mm at 96 px/in)', () => {
    expect(PAPER_SIZES.a4.width).toBeLessThanOrEqual((210 / 25.4) * 96);
    expect(PAPER_SIZES.a4.height).toBeLessThanOrEqual((297 / 25.4) * 96);
    expect((210 / 25.4) * 96 - PAPER_SIZES.a4.width).toBeLessThan(1);
  });

  it('carries the paper through the print route and reads an old address as Letter', () => {
    const a4 = options({ layout: 'handout6', paper: 'a4' });
    expect(optionsFromParams(new URLSearchParams(printQuery('library:x.briefdeck', a4)))).toEqual(a4);
    expect(optionsFromParams(new URLSearchParams('deck=x&layout=notes')).paper).toBe('letter');
    expect(optionsFromParams(new URLSearchParams('deck=x&layout=notes&paper=a3')).paper).toBe('letter');
  });
});

describe('export CLI: --paper', () => {
  it('takes a4 or letter, defaulting to the locale the CLI passes', () => {
    const a4 = parseExportArgs(['d.briefdeck', '--notes', '--paper', 'A4']);
    expect(a4.ok === true && a4.args.options.paper).toBe('a4');
    const byLocale = parseExportArgs(['d.briefdeck', '--handout', '2'], { paper: 'a4' });
    expect(byLocale.ok === true && byLocale.args.options.paper).toBe('a4');
    const letter = parseExportArgs(['d.briefdeck', '--notes', '--paper', 'letter'], { paper: 'a4' });
    expect(letter.ok === true && letter.args.options.paper).toBe('letter');
  });

  it('refuses another paper and --paper for PowerPoint, each in one line', () => {
    expect(parseExportArgs(['d.briefdeck', '--paper', 'a3'])).toEqual({ ok: false, message: '--paper needs a4 or letter (the paper notes pages and handouts print on).' });
    expect(parseExportArgs(['d.briefdeck', '--paper'])).toMatchObject({ ok: false });
    const pptx = parseExportArgs(['d.briefdeck', '-o', 'd.pptx', '--paper', 'a4']);
    expect(pptx).toEqual({ ok: false, message: '--paper is for PDF notes pages and handouts; PowerPoint slides keep their 16:9 size.' });
  });
});
