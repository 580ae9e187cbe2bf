// A German deck in PowerPoint (issue #17 item 7): every text run, paragraph end and chart text is
// marked lang="de-DE" (PowerPoint's proofing language; none stays en-US), the native charts'
// number formats carry German's locale ([$-407]), and LibreOffice, an independent client, draws
// the key figure, the chart's value labels, the table, the quote's date and the date a source was
// accessed (Sources slide) the German way.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import { addSlide, createDeck, placeWidget } from '../../../shared/deck/operations';
import type { ExportOptions } from '../../../shared/api/contract';
import { widget } from '../export/decks';
import { tempDir } from '../services/helpers';
import { libreOfficeToPdf, pdfText } from './libreoffice';
import { readPptx, strFromU8 } from './ooxml';

const OPTIONS: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'a4' };
const SOURCE = { publisher: 'USGS', title: 'Mineral Commodity Summaries', year: 2025, url: null, accessed: '2025-01-15', note: null };

function germanDeck(language: string) {
  const deck = createDeck('Förderung', 'Test');
  deck.meta.language = language;
  const figures = addSlide(deck, 'twoColumns', 1, 'Seltene Erden');
  placeWidget(deck, figures, 'left', widget('keyFigure', { value: '1900000', unit: 't', label: 'Reserven' }, SOURCE));
  placeWidget(deck, figures, 'right', widget('quote', { text: 'Wir liefern.', speaker: 'Ministerin', date: '2021-02-24' }));
  const chart = addSlide(deck, 'oneLarge', 2, 'Förderung 2024');
  const table = { columns: ['Land', 'Förderung'], rows: [['China', 270000], ['Australien', 1234.5]], codes: [null, null] };
  placeWidget(deck, chart, 'main', widget('chart', { type: 'column', title: 'Förderung', unit: 't', showValues: true, table }, SOURCE));
  const tabular = addSlide(deck, 'oneLarge', 3, 'Tabelle');
  placeWidget(deck, tabular, 'main', widget('table', {
    columns: [{ header: 'Land', unit: '', type: 'text', datasetId: null }, { header: 'Anteil', unit: '%', type: 'number', datasetId: null }],
    rows: [{ cells: ['Japan', 1234.5], code: null }],
  }));
  deck.slides[figures]!.notes = 'Notizen zur Folie';
  return deck;
}

async function exported(language: string) {
  const dir = await tempDir();
  const out = path.join(dir, 'deck.pptx');
  await exportPptx(germanDeck(language), OPTIONS, out);
  return { dir, out, read: readPptx(await readFile(out)) };
}

const langs = (xml: string) => [...xml.matchAll(/<a:(?:rPr|endParaRPr|defRPr)\b[^>]*?\slang="([^"]+)"/g)].map((m) => m[1]);

describe('the deck’s language in PowerPoint', () => {
  it('marks every run German and gives the charts German number formats; LibreOffice shows German separators', async () => {
    const { dir, out, read } = await exported('de-DE');
    const textParts = Object.keys(read.files).filter((n) => /^ppt\/(slides|notesSlides|charts|slideMasters|slideLayouts)\/[^/]+\.xml$/.test(n));
    const all = textParts.flatMap((n) => langs(strFromU8(read.files[n]!)));
    expect(all.length).toBeGreaterThan(20);
    expect(new Set(all)).toEqual(new Set(['de-DE']));
    const chartXml = Object.keys(read.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map((n) => strFromU8(read.files[n]!)).join('');
    // Value labels and the value axis (categories are words: their format stays General).
    const codes = [...chartXml.matchAll(/<c:(?:dLbls|valAx)>[\s\S]*?<c:numFmt formatCode="([^"]*)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(2);
    for (const code of codes) expect(code).toMatch(/^\[\$-407\]/);

    const text = await pdfText(await libreOfficeToPdf(out, dir));
    expect(text).toContain('1.900.000');
    expect(text).toContain('270.000');
    expect(text).toContain('1.234,5');
    expect(text).toContain('24. Februar 2021');
    // The Sources slide: the date the source was read in German, its slides in one phrase.
    expect(text).toContain('Mineral Commodity Summaries, 2025 (accessed 15. Januar 2025) · slides 2, 3');
    expect(text).not.toContain('1,234.5');
    expect(text).not.toContain('270,000');
  }, 180_000);

  it('an English deck keeps en-US and English separators', async () => {
    const { read } = await exported('en-US');
    const slides = Object.keys(read.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(new Set(slides.flatMap((n) => langs(strFromU8(read.files[n]!))))).toEqual(new Set(['en-US']));
    const chartXml = Object.keys(read.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).map((n) => strFromU8(read.files[n]!)).join('');
    expect(chartXml).toContain('formatCode="[$-409]#,##0.0&quot; t&quot;"');
  });
});
