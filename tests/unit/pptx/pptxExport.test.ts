// The PowerPoint export read back independently (adm-zip + fast-xml-parser, not the writer's
// pptxgenjs/JSZip/fflate): one slide per exported slide, titles in title placeholders, a native chart
// per chart widget whose series and embedded sheet hold the widget's table, notes, hidden
// slides flagged, alt text on pictures and charts, document properties, and the PDF export's
// errors for bad decks and paths, with no file left behind.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportPptx, exportPptxFile } from '../../../electron/services/pptx/exportPptx';
import { serializeDeck } from '../../../shared/deck/codec';
import { describeChart } from '../../../shared/widgets/chart/chartData';
import { formatSourceLine } from '../../../shared/widgets/source';
import { buildMixedDeck, MARKING, SOURCE_A, SOURCE_B } from '../export/decks';
import { tempDir } from '../services/helpers';
import { chartSeries, chartWorkbook, readPptx, strFromU8 } from './ooxml';
import type { ExportOptions } from '../../../shared/api/contract';

const ALL: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter' };
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('PowerPoint export, read back', () => {
  it('writes every slide with its title placeholder, notes, hidden flag, banner and the Sources slide', async () => {
    const { deck } = buildMixedDeck();
    const out = path.join(await tempDir(), 'briefing.pptx');
    const result = await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    const deckSlides = deck.slideOrder.map((id) => deck.slides[id]!);
    expect(read.slides).toHaveLength(deckSlides.length + 1);
    expect(result.slides).toBe(deckSlides.length + 1);
    deckSlides.forEach((slide, i) => {
      const got = read.slides[i]!;
      expect(got.title).toBe(slide.title);
      expect(got.hidden).toBe(slide.hidden);
      if (slide.notes.trim() !== '') expect(got.notes).toBe(slide.notes);
      // The banner, top and bottom.
      expect(got.texts.filter((t) => t === MARKING.label)).toHaveLength(2);
    });
    expect(read.slides.filter((s) => s.hidden)).toHaveLength(1);
    const sources = read.slides.at(-1)!;
    expect(sources.title).toBe('Sources');
    expect(sources.texts.join('\n')).toContain(SOURCE_A.title);
    expect(sources.texts.join('\n')).toContain(SOURCE_B.title);
    expect(sources.links).toEqual(expect.arrayContaining([SOURCE_A.url, SOURCE_B.url]));
  });

  it('makes each chart a native chart whose series and embedded sheet are the widget table, with alt text', async () => {
    const { deck } = buildMixedDeck();
    const out = path.join(await tempDir(), 'charts.pptx');
    await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    const charts = Object.values(deck.widgets).filter((w) => w.kind === 'chart');
    const found = read.slides.flatMap((s) => s.charts);
    expect(found).toHaveLength(charts.length);
    for (const [i, w] of charts.entries()) {
      if (w.kind !== 'chart') continue;
      const chart = found[i]!;
      expect(chart.descr).toBe(describeChart(w.props, deck.meta.language));
      const series = chartSeries(chart.xml);
      const { columns, rows } = w.props.table;
      expect(series.map((s) => s.name)).toEqual(columns.slice(1));
      series.forEach((s, k) => {
        expect(s.categories).toEqual(rows.map((r) => String(r[0])));
        expect(s.values).toEqual(rows.map((r) => r[k + 1] ?? null));
      });
      const sheet = chartWorkbook(read, chart.part);
      expect(sheet.map((r) => r.slice(1)).flat()).toEqual(expect.arrayContaining(rows.flatMap((r) => r.slice(1).map(String))));
      expect(sheet.flat()).toEqual(expect.arrayContaining(rows.map((r) => String(r[0]))));
    }
  });

  it('draws maps as SVG pictures with a real PNG fallback, alt text, and source lines linked', async () => {
    const { deck } = buildMixedDeck();
    const out = path.join(await tempDir(), 'maps.pptx');
    await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    const pictures = read.slides.flatMap((s) => s.pictures);
    expect(pictures).toHaveLength(1);
    const map = pictures[0]!;
    expect(map.descr).toMatch(/^Map of .*Taiwan/);
    expect(map.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(map.svg).toContain('>Taiwan</text>');
    expect([...(map.png ?? []).slice(0, 4)]).toEqual(PNG_SIGNATURE);
    // A drawn map, not pptxgenjs' tiny placeholder.
    expect(map.png!.byteLength).toBeGreaterThan(20_000);
    const mapSlide = read.slides.find((s) => s.pictures.length > 0)!;
    expect(mapSlide.texts).toContain(formatSourceLine(SOURCE_B));
    expect(mapSlide.texts.join('\n')).toMatch(/Partner[\s\S]*Focus/);
    expect(mapSlide.links).toContain(SOURCE_B.url);
  });

  it('keeps text as text: bullets with bold runs, the quote and its linked attribution, key figures', async () => {
    const { deck, quotes } = buildMixedDeck();
    const out = path.join(await tempDir(), 'text.pptx');
    await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    const all = read.slides.map((s) => s.texts.join('\n')).join('\n');
    expect(all).toContain('Shared exposure to single-source suppliers');
    const bold = read.part(read.slides[1]!.path);
    expect(bold).toMatch(/<a:rPr[^>]*b="1"[^>]*>[\s\S]*?<a:t>single-source<\/a:t>/);
    expect(bold).toContain('<a:buChar');
    for (const q of quotes) expect(all).toContain(q);
    expect(all).toContain('— A. Minister, Trade Minister, May 2024 · Joint press conference transcript');
    expect(read.slides[3]!.links).toContain('https://example.gov/transcript');
    expect(all).toMatch(/92 %/);
  });

  it('sets the document properties and leaves out hidden slides, a range and the Sources slide when asked', async () => {
    const { deck, titles } = buildMixedDeck();
    deck.meta.title = 'Alliance <briefing> & “notes”';
    deck.meta.organisation = 'Office of <Strategic> Minerals & Energy';
    const dir = await tempDir();
    const out = path.join(dir, 'props.pptx');
    await exportPptx(deck, { ...ALL, includeHidden: false, sourcesPage: false }, out);
    const read = readPptx(await readFile(out));
    expect(read.slides.map((s) => s.title)).toEqual(titles);
    const core = JSON.stringify(read.core);
    expect(core).toContain('Alliance <briefing> & “notes”');
    expect(core).toContain('Critical minerals and semiconductors');
    expect(core).toContain('Policy Planning Staff');
    // The deck's organisation is the Company property, escaped once and read back as typed.
    const app = JSON.stringify(read.app);
    expect(app).toContain('Office of <Strategic> Minerals & Energy');
    const ranged = path.join(dir, 'range.pptx');
    await exportPptx(deck, { ...ALL, range: [{ from: 2, to: 3 }, { from: 5, to: 5 }], sourcesPage: false }, ranged);
    expect(readPptx(await readFile(ranged)).slides.map((s) => s.title)).toEqual([titles[1], titles[2], titles[4]]);
  });
});

describe('PowerPoint export, bad input', () => {
  it('refuses a missing, corrupt or foreign deck with the PDF export’s messages and writes nothing', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out.pptx');
    await expect(exportPptxFile({ deckPath: path.join(dir, 'missing.briefdeck'), outPath: out, options: ALL })).rejects.toThrow(/No deck at .*missing\.briefdeck\. Check the path\./);
    await writeFile(path.join(dir, 'corrupt.briefdeck'), '{"format":"briefdeck", "schemaVe');
    await expect(exportPptxFile({ deckPath: path.join(dir, 'corrupt.briefdeck'), outPath: out, options: ALL })).rejects.toThrow(/corrupt\.briefdeck/);
    await writeFile(path.join(dir, 'foreign.briefdeck'), JSON.stringify({ hello: 'world' }));
    await expect(exportPptxFile({ deckPath: path.join(dir, 'foreign.briefdeck'), outPath: out, options: ALL })).rejects.toThrow(/foreign\.briefdeck/);
    const { deck } = buildMixedDeck();
    await writeFile(path.join(dir, 'newer.briefdeck'), serializeDeck(deck).replace(/"schemaVersion": ?\d+/, '"schemaVersion": 999'));
    await expect(exportPptxFile({ deckPath: path.join(dir, 'newer.briefdeck'), outPath: out, options: ALL })).rejects.toThrow(/newer/i);
    expect(existsSync(out)).toBe(false);
    expect((await readdir(dir)).filter((f) => f.includes('.pptx'))).toEqual([]);
  });

  it('says why when nothing is selected or the folder is missing, and leaves no partial file', async () => {
    const dir = await tempDir();
    const { deck } = buildMixedDeck();
    const out = path.join(dir, 'out.pptx');
    await expect(exportPptx(deck, { ...ALL, range: { from: 50, to: 60 } }, out)).rejects.toThrow(/Nothing to export: slides 50-60 select no slides; the deck has 7\./);
    await expect(exportPptx(deck, ALL, path.join(dir, 'no-such-folder', 'x.pptx'))).rejects.toThrow(/does not exist or is not writable/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps hostile strings as text: markup in titles, quotes and labels stays literal and the XML stays well-formed', async () => {
    const { deck } = buildMixedDeck();
    const hostile = '<script>alert(1)</script> & ]]> "quoted" \u0007bell \uD800';
    const first = deck.slideOrder[1]!;
    deck.slides[first]!.title = hostile;
    const quote = Object.values(deck.widgets).find((w) => w.kind === 'quote')!;
    if (quote.kind === 'quote') quote.props.text = hostile;
    const map = Object.values(deck.widgets).find((w) => w.kind === 'map')!;
    if (map.kind === 'map') map.props.countries[0]!.label = hostile;
    deck.meta.organisation = hostile;
    const out = path.join(await tempDir(), 'hostile.pptx');
    await exportPptx(deck, ALL, out);
    const read = readPptx(await readFile(out));
    expect(read.slides[1]!.title).toContain('<script>alert(1)</script> & ]]> "quoted"');
    expect(read.slides.flatMap((s) => s.texts).join('\n')).toContain('<script>alert(1)</script>');
    for (const [name, bytes] of Object.entries(read.files)) {
      if (/\.(xml|rels)$/.test(name)) expect(XMLValidator.validate(strFromU8(bytes)), name).toBe(true);
    }
    const svg = read.slides.flatMap((s) => s.pictures)[0]!.svg!;
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
