// Export to PDF, end to end: the real print route on the real browser host, printed by the
// Chromium printer, read back with pdfjs-dist and poppler. Rendered pages are kept under
// test-results/export/ for people to look at.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import type { ExportOptions } from '../../shared/api/contract';
import { serializeDeck } from '../../shared/deck/codec';
import type { Deck } from '../../shared/deck/schema';
import { formatSourceLine } from '../../shared/widgets/source';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { BriefdeckError } from '../../shared/result';
import type { ExportProgress } from '../../electron/services/export/printTarget';
import { defaultExportOptions, exportDeckFile, type ExportDeckFileRequest } from '../../electron/services/export/exportDeckFile';
import { buildMixedDeck, MARKING, SOURCE_A, SOURCE_B } from '../unit/export/decks';
import { figureAlts, pdffonts, pdfimagesOnPage, pdfinfo, readPdf, renderPngs } from '../unit/export/pdfRead';
import { describeChart } from '../../shared/widgets/chart/chartData';
import { getLayout } from '../../shared/layouts';

const REVIEW_DIR = path.resolve('test-results', 'export');
const SAMPLE = path.resolve('assets', 'sample', 'supply-chain-alliance.briefdeck');
const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

let work: string;
test.beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-export-e2e-'));
  await mkdir(REVIEW_DIR, { recursive: true });
});
test.afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writeDeck(name: string, deck: Deck): Promise<string> {
  const file = path.join(work, name);
  await writeFile(file, serializeDeck(deck));
  return file;
}

type Extra = Partial<Omit<ExportDeckFileRequest, 'deckPath' | 'startHost' | 'options' | 'outPath'>>;

async function exportTo(deckPath: string, outName: string, options: Partial<ExportOptions> = {}, extra: Extra = {}) {
  const outPath = path.join(work, outName);
  const result = await exportDeckFile({
    deckPath,
    outPath,
    options: defaultExportOptions(options),
    startHost: (libraryDir) => startBrowserHost({ port: 0, libraryDir, open: false, log: quietLog }),
    ...extra,
  });
  return { outPath, result };
}

test.describe('export to PDF', () => {
  test.describe.configure({ timeout: 120_000 });

  test('slides: one 13.333 x 7.5 in page per slide with titles, quotes, sources, markings, outline, metadata, tags, fonts, vector map', async () => {
    const mixed = buildMixedDeck();
    const deckPath = await writeDeck('mixed.briefdeck', mixed.deck);
    const progress: ExportProgress[] = [];
    const { outPath, result } = await exportTo(deckPath, 'mixed-slides.pdf', {}, { onProgress: (p) => progress.push(p) });
    renderPngs(outPath, REVIEW_DIR, 'mixed-slides');

    const pdf = await readPdf(outPath);
    const slides = mixed.titles.length;
    expect(pdf.pages).toHaveLength(slides + 1); // + Sources
    expect(result.pages).toBe(slides + 1);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(960, 0); // 13.333 in
      expect(page.height).toBeCloseTo(540, 0); // 7.5 in
    }
    mixed.titles.forEach((title, i) => expect(pdf.pages[i]?.text).toContain(title));
    expect(pdf.pages.map((p) => p.text).join(' ')).not.toContain(mixed.hiddenTitle);
    for (const quote of mixed.quotes) expect(pdf.pages[3]?.text).toContain(quote);
    expect(pdf.pages[2]?.text).toContain(formatSourceLine(SOURCE_A));
    expect(pdf.pages[2]?.text).toContain(formatSourceLine(SOURCE_B));
    const sources = pdf.pages[slides]?.text ?? '';
    expect(sources).toContain('Sources');
    for (const s of [SOURCE_A, SOURCE_B]) {
      expect(sources).toContain(s.title);
      expect(sources).toContain(s.url as string);
    }
    expect(sources).toContain('Joint press conference transcript');

    // The marking at the top and the bottom of every page, Sources page included.
    pdf.pages.forEach((page, i) => {
      const marks = page.items.filter((t) => t.str.includes(MARKING.label));
      expect(marks.some((t) => t.top < page.height * 0.08), `top marking on page ${i + 1}`).toBe(true);
      expect(marks.some((t) => t.top > page.height * 0.92), `bottom marking on page ${i + 1}`).toBe(true);
    });
    // Page numbers.
    expect(pdf.pages[1]?.text).toContain(`2 / ${slides + 1}`);

    expect(pdf.outline.map((o) => o.title)).toEqual([...mixed.titles, 'Sources']);
    expect(pdf.outline.map((o) => o.pageIndex)).toEqual([...mixed.titles.map((_, i) => i), slides]);
    expect(pdf.info.Title).toBe(mixed.deck.meta.title);
    expect(pdf.info.Author).toBe(mixed.deck.meta.author);
    expect(pdf.info.Subject).toBe(mixed.deck.meta.subtitle);
    expect(String(pdf.info.Keywords)).toContain(MARKING.label);
    expect(pdf.info.Creator).toMatch(/^Briefdeck \d+\.\d+\.\d+$/);
    expect(pdf.language).toBe(mixed.deck.meta.language);

    const info = pdfinfo(outPath);
    expect(info.Tagged).toBe('yes');
    // The chart and the map are Figures whose /Alt is the text drafted from their data.
    const chart = Object.values(mixed.deck.widgets).find((w) => w.kind === 'chart');
    const map = Object.values(mixed.deck.widgets).find((w) => w.kind === 'map');
    if (chart?.kind !== 'chart' || map?.kind !== 'map') throw new Error('the mixed deck has a chart and a map');
    const alts = await figureAlts(outPath);
    expect(alts).toHaveLength(2);
    expect(alts[0]).toBe(describeChart(chart.props, mixed.deck.meta.language));
    expect(alts[1]).toMatch(/^Map of .+ highlighting /);
    for (const name of ['Taiwan', 'Japan', 'South Korea', 'Australia', 'United States']) expect(alts[1]).toContain(name);
    expect(info.CreationDate).not.toBe('');
    const fonts = pdffonts(outPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => /Inter/.test(f.name))).toBe(true);

    // The map slide (6) draws vector paths and embeds no raster image.
    const mapPage = pdf.pages[5] as (typeof pdf.pages)[number];
    expect(mapPage.text).toContain('Where the partners are');
    expect(mapPage.paths).toBeGreaterThan(20);
    expect(mapPage.images).toBe(0);
    expect(pdfimagesOnPage(outPath, 6)).toBe(0);

    expect(progress.some((p) => p.phase === 'printing')).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'done', rendered: slides, total: slides });
  });

  test('notes pages and handouts have the right page counts, markings and notes', async () => {
    const mixed = buildMixedDeck();
    const deckPath = await writeDeck('mixed-layouts.briefdeck', mixed.deck);
    const slides = mixed.titles.length; // 6 visible
    const cases: { layout: ExportOptions['layout']; pages: number }[] = [
      { layout: 'notes', pages: slides + 1 },
      { layout: 'handout2', pages: Math.ceil(slides / 2) + 1 },
      { layout: 'handout3', pages: Math.ceil(slides / 3) + 1 },
      { layout: 'handout6', pages: Math.ceil(slides / 6) + 1 },
    ];
    for (const c of cases) {
      const { outPath } = await exportTo(deckPath, `mixed-${c.layout}.pdf`, { layout: c.layout });
      renderPngs(outPath, REVIEW_DIR, `mixed-${c.layout}`);
      const pdf = await readPdf(outPath);
      expect(pdf.pages, c.layout).toHaveLength(c.pages);
      for (const page of pdf.pages) {
        expect(page.width).toBeCloseTo(612, 0); // Letter portrait
        expect(page.height).toBeCloseTo(792, 0);
        const marks = page.items.filter((t) => t.str.includes(MARKING.label));
        expect(marks.some((t) => t.top < 20), `${c.layout}: top marking`).toBe(true);
        expect(marks.some((t) => t.top > page.height - 20), `${c.layout}: bottom marking`).toBe(true);
      }
      expect(pdf.outline.map((o) => o.title)).toEqual([...mixed.titles, 'Sources']);
      expect(pdfinfo(outPath).Tagged).toBe('yes');
      if (c.layout === 'notes') {
        expect(pdf.pages[1]?.text).toContain('Stress the single-source exposure.');
        expect(pdf.pages[1]?.text).toContain('Then pause for questions.');
      }
    }
    // Hidden slides on request; a range and no Sources page.
    const withHidden = await exportTo(deckPath, 'mixed-hidden.pdf', { includeHidden: true, sourcesPage: false });
    const hiddenPdf = await readPdf(withHidden.outPath);
    expect(hiddenPdf.pages).toHaveLength(slides + 1);
    expect(hiddenPdf.pages.at(-1)?.text).toContain(mixed.hiddenTitle);
    const ranged = await exportTo(deckPath, 'mixed-range.pdf', { range: { from: 2, to: 4 }, sourcesPage: false });
    const rangedPdf = await readPdf(ranged.outPath);
    expect(rangedPdf.pages.map((p) => p.items[1]?.str ?? '')).toHaveLength(3);
    expect(rangedPdf.outline.map((o) => o.title)).toEqual(mixed.titles.slice(1, 4));
    // A list of ranges ("1, 3-4", typed in the dialog or given to --range) prints just those slides.
    const listed = await exportTo(deckPath, 'mixed-list.pdf', { range: [{ from: 1, to: 1 }, { from: 3, to: 4 }], sourcesPage: false });
    const listedPdf = await readPdf(listed.outPath);
    expect(listedPdf.pages).toHaveLength(3);
    expect(listedPdf.outline.map((o) => o.title)).toEqual([mixed.titles[0], mixed.titles[2], mixed.titles[3]]);
  });

  test('a widget that never becomes ready fails the export naming the slide, and leaves no file', async () => {
    const mixed = buildMixedDeck();
    const deckPath = await writeDeck('stalled.briefdeck', mixed.deck);
    const outPath = path.join(work, 'stalled.pdf');
    const started = Date.now();
    const error = await exportTo(deckPath, 'stalled.pdf', {}, {
      widgetTimeoutMs: 1500,
      // The map geometry request hangs forever (a stuck asset), so the map never draws.
      onPage: async (page) => {
        await page.route(/countries-\d+m.*\.js$/, () => undefined);
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BriefdeckError);
    expect((error as BriefdeckError).code).toBe('export_failed');
    expect((error as Error).message).toContain('Slide 6 “Where the partners are”');
    expect((error as Error).message).toMatch(/map/i);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(existsSync(outPath)).toBe(false);
  });

  // Issue #16: a print page that throws, leaves a rejection unhandled or crashes used to be
  // noticed only when the ready timeout ran out (ten minutes). The map's geometry is held back,
  // so the page is still drawing that map when the injected failure happens.
  for (const failure of [
    { name: 'throws', inject: 'throw new Error("injected failure")', expected: /stopped with an error while drawing Slide 6 “Where the partners are”, map widget: injected failure/ },
    { name: 'rejects', inject: 'void Promise.reject(new Error("injected rejection"))', expected: /stopped with an error while drawing Slide 6 “Where the partners are”, map widget: injected rejection/ },
    { name: 'crashes', inject: null, expected: /The print page crashed \(its renderer process stopped\) while drawing Slide 6 “Where the partners are”, map widget/ },
  ]) {
    test(`a print page that ${failure.name} fails the export at once from its own error (no timeout), naming the slide and widget, and leaves no file`, async () => {
      const mixed = buildMixedDeck();
      const deckPath = await writeDeck(`fails-${failure.name}.briefdeck`, mixed.deck);
      const dir = await mkdtemp(path.join(work, `fails-${failure.name}-`));
      const error = await exportDeckFile({
        deckPath,
        outPath: path.join(dir, 'out.pdf'),
        options: defaultExportOptions(),
        startHost: (libraryDir) => startBrowserHost({ port: 0, libraryDir, open: false, log: quietLog }),
        onPage: async (page) => {
          await page.route(/countries-\d+m.*\.js$/, () => undefined);
          // Once only the map is left drawing (it waits for its geometry), the page fails.
          const drawing = '/Where the partners are/.test((window.__briefdeckPrint || {}).drawing || "")';
          if (failure.inject) await page.addInitScript(`const t = setInterval(() => { if (${drawing}) { clearInterval(t); ${failure.inject} } }, 50)`);
          else {
            // The renderer process dies mid-drawing, as an out-of-memory kill would do it.
            const cdp = await page.context().newCDPSession(page);
            void (async () => {
              while (!page.isClosed() && !(await page.evaluate(drawing).catch(() => false))) await new Promise((r) => setTimeout(r, 50));
              // The map stays drawing (its geometry never comes), so the crash can wait until the
              // exporter, which asks the page every 20 ms, has surely read that: crashing at the
              // first sight raced its read on a loaded machine (the message then named no slide).
              await new Promise((r) => setTimeout(r, 1000));
              await cdp.send('Page.crash');
            })().catch(() => undefined);
          }
        },
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BriefdeckError);
      expect((error as BriefdeckError).code).toBe('export_failed');
      expect((error as Error).message).toMatch(failure.expected);
      expect((error as Error).message).toMatch(/no PDF was written/i);
      // Noticed from the failure itself, not by a timeout running out: the message quotes the
      // page's own error (or its crash), which a timeout's message never does. A wall-clock
      // bound here failed at load 30 (15.08 s against 15) while measuring Chromium's start.
      expect((error as Error).message).not.toMatch(/did not become ready/);
      expect(await readdir(dir)).toEqual([]);
    });
  }

  test('cancel stops the export and leaves no partial file where the user asked for one', async () => {
    const mixed = buildMixedDeck();
    const deckPath = await writeDeck('cancel.briefdeck', mixed.deck);
    const dir = await mkdtemp(path.join(work, 'cancel-'));
    const outPath = path.join(dir, 'cancelled.pdf');
    const abort = new AbortController();
    const error = await exportDeckFile({
      deckPath,
      outPath,
      options: defaultExportOptions(),
      signal: abort.signal,
      startHost: (libraryDir) => startBrowserHost({ port: 0, libraryDir, open: false, log: quietLog }),
      // Cancel at the first sign of the print route (loading, drawing or already printing: a
      // small deck can be ready before the first poll), i.e. mid-export, after Chromium started.
      onProgress: (p) => {
        if (p.phase !== 'starting' && p.phase !== 'done') abort.abort();
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(abort.signal.aborted).toBe(true);
    expect((error as BriefdeckError).code).toBe('cancelled');
    expect(await readdir(dir)).toEqual([]);
  });

  test('the CLI exports a deck on any path and fails in one clear line on a bad deck or path', async () => {
    const mixed = buildMixedDeck();
    const deckPath = await writeDeck('CLI Deck.briefdeck', mixed.deck);
    const run = promisify(execFile);
    const cli = (args: string[]) => run(process.execPath, ['dist/cli/export.mjs', ...args], { encoding: 'utf8' }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    const out = path.join(work, 'cli out.pdf');
    const ok = await cli([deckPath, '-o', out, '--handout', '3', '--range', '1-3']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Wrote .*cli out\.pdf: 2 pages/);
    expect((await readPdf(out)).pages).toHaveLength(2);
    // Notes pages on A4 by --paper (the default follows the locale's LC_PAPER).
    const a4 = path.join(work, 'cli notes a4.pdf');
    const onA4 = await cli([deckPath, '-o', a4, '--notes', '--paper', 'a4', '--range', '1-2', '--no-sources']);
    expect(onA4.code, onA4.stderr).toBe(0);
    expect(pdfinfo(a4)['Page size']).toMatch(/ pts \(A4\)$/);

    const missing = await cli([path.join(work, 'nope.briefdeck'), '-o', path.join(work, 'x.pdf')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([`No deck at ${path.join(work, 'nope.briefdeck')}. Check the path.`]);

    const notDeck = path.join(work, 'not-a-deck.briefdeck');
    await writeFile(notDeck, '{"hello": "world"}');
    const bad = await cli([notDeck, '-o', path.join(work, 'x.pdf')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('not a Briefdeck deck');

    const badOut = await cli([deckPath, '-o', path.join(work, 'no-such-folder', 'x.pdf')]);
    expect(badOut.code).toBe(1);
    expect(badOut.stderr).toContain('does not exist or is not writable');

    const badArgs = await cli([deckPath, '--handout', '4']);
    expect(badArgs.code).toBe(2);
    expect(existsSync(path.join(work, 'x.pdf'))).toBe(false);
  });

  test('the sample deck exports with every slide title and quote as text', async () => {
    const { outPath, result } = await exportTo(SAMPLE, 'sample.pdf');
    renderPngs(outPath, REVIEW_DIR, 'sample');
    const { parseDeckText } = await import('../../shared/deck/codec');
    const { readFile } = await import('node:fs/promises');
    const deck = parseDeckText(await readFile(SAMPLE, 'utf8'), 'sample');
    const visible = deck.slideOrder.map((id) => deck.slides[id]!).filter((s) => !s.hidden);
    const pdf = await readPdf(outPath);
    expect(pdf.pages.length).toBe(result.pages);
    const all = pdf.pages.map((p) => p.text).join(' ');
    visible.forEach((s, i) => expect(pdf.pages[i]?.text, `slide ${i + 1}`).toContain(s.title.replace(/\s+/g, ' ').trim()));
    for (const w of Object.values(deck.widgets)) {
      if (w.kind === 'quote' && visible.some((s) => Object.values(s.slots).includes(w.id))) {
        // Quotes may wrap over lines; check the first words.
        expect(all).toContain(w.props.text.split(/\s+/).slice(0, 5).join(' '));
      }
    }
    expect(pdf.outline.length).toBeGreaterThanOrEqual(visible.length);
    expect(pdfinfo(outPath).Tagged).toBe('yes');
    // Every chart, map and picture on a shown slide is one Figure with alt text, in slide
    // order; a chart's is its own alt or the one drafted from its data.
    const pictured = visible
      .flatMap((s) => getLayout(s.layoutId).slots.map((slot) => s.slots[slot.id]))
      .map((id) => (id ? deck.widgets[id] : undefined))
      .filter((w) => w?.kind === 'chart' || w?.kind === 'map' || w?.kind === 'image');
    const alts = await figureAlts(outPath);
    expect(alts).toHaveLength(pictured.length);
    pictured.forEach((w, i) => {
      expect(alts[i], `figure ${i + 1}`).not.toBe('');
      if (w?.kind === 'chart') expect(alts[i]).toBe(w.alt ?? describeChart(w.props, deck.meta.language));
      if ((w?.kind === 'map' || w?.kind === 'image') && w.alt) expect(alts[i]).toBe(w.alt);
    });
  });
});
