// Leak-free by test (issue #13 item 4): a deck where every portion the partner audience must not
// get carries its own LEAK-… marker and every portion it gets an INCLUDED-… one, exported for
// that audience through the CLI as people run it (npm run export's bundle, --audience by name):
// the PDF as slides, notes pages and handouts, and the PowerPoint file. Every surface is searched
// for every marker (page text, the structure tree and alt texts, outline, document info and
// XMP, link annotations; every XML part of the .pptx), and the included markers must be there,
// so the test fails if the export dropped everything. Rendered pages go to test-results/audience.
import AdmZip from 'adm-zip';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { serializeDeck } from '../../shared/deck/codec';
import { buildLeakDeck } from '../unit/markings/leakDeck';
import { figureAlts, pdfSurfaces, readPdf, renderPngs } from '../unit/export/pdfRead';

const REVIEW_DIR = path.resolve('test-results', 'audience');
const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['dist/cli/export.mjs', ...args], { encoding: 'utf8' }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let work: string;
let deckPath: string;
const leak = buildLeakDeck();
test.beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-leak-'));
  await mkdir(REVIEW_DIR, { recursive: true });
  deckPath = path.join(work, 'Leak test.briefdeck');
  await writeFile(deckPath, serializeDeck(leak.deck));
});
test.afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const DATA_ONLY = ['LEAK-DATASET-TITLE', 'LEAK-DATASET-COLUMN', 'LEAK-DATASET-ROW', 'LEAK-SRC-DATASET', 'LEAK-CHART-COLUMN'];

/** pdftotext -layout breaks a long word after its hyphens onto the next line: join them again. */
const joinHyphens = (text: string) => text.replace(/-\s+/g, '-');

function expectNoLeak(surface: string, text: string): void {
  for (const marker of leak.withheld) expect(text.includes(marker), `${marker} in ${surface}`).toBe(false);
}

test.describe('an audience version leaks nothing it withholds', () => {
  test.describe.configure({ timeout: 180_000 });

  test('--list-audiences names them; an unknown audience exits non-zero naming the ones there are', async () => {
    const list = await cli([deckPath, '--list-audiences']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Internal\tup to TOP SECRET, own nationals, notes included; withholds 0 of 6 slides');
    expect(list.stdout).toContain('Partners (AUS, JPN)\tup to SECRET, with AUS, JPN, no notes; withholds 2 of 6 slides and 3 widgets');
    const out = path.join(work, 'press.pdf');
    const unknown = await cli([deckPath, '-o', out, '--audience', 'Press']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('Leak test.briefdeck: No audience “Press” in this deck. Its audiences: “Internal”, “Partners (AUS, JPN)”.');
    const pptx = await cli([deckPath, '-o', path.join(work, 'press.pptx'), '--audience', 'Press']);
    expect(pptx.code).toBe(1);
    expect(pptx.stderr).toContain('No audience “Press” in this deck.');
  });

  for (const layout of [[], ['--notes'], ['--handout', '3']] as const) {
    const name = layout.length === 0 ? 'slides' : layout.join(' ').replace(/^--/, '');
    test(`PDF ${name}: no withheld marker on any surface; the included ones are there`, async () => {
      const out = path.join(work, `partners ${name}.pdf`);
      const r = await cli([deckPath, '-o', out, '--audience', 'partners (aus, jpn)', ...layout]);
      expect(r.code, r.stderr).toBe(0);
      // The CLI says what was withheld and why, in the author's numbering.
      expect(r.stderr).toContain('warning: Withheld from “Partners (AUS, JPN)”: Slide 3 “LEAK-TS-TITLE”');
      const surfaces = await pdfSurfaces(out);
      const { strings, raw } = surfaces;
      const pageText = joinHyphens(surfaces.pageText);
      expectNoLeak('page text', pageText);
      expectNoLeak('PDF strings (structure tree, alt texts, outline, info, links)', strings);
      expectNoLeak('the uncompressed file (XMP and the rest)', raw);
      const pdf = await readPdf(out);
      expectNoLeak('outline', pdf.outline.map((o) => o.title).join('\n'));
      expectNoLeak('alt texts', (await figureAlts(out)).join('\n'));
      for (const marker of leak.included) expect(pageText.includes(marker) || strings.includes(marker), `${marker} missing`).toBe(true);
      expect(strings).toContain('INCLUDED-MAP-ALT');
      expect(pageText).toContain('Withheld for this audience');
      // Banners from what is included: the partner version's highest portion is the map's C//REL.
      expect(pageText).toContain('CONFIDENTIAL//REL TO USA, AUS, JPN');
      expect(pageText).not.toContain('TOP SECRET');
      expect(pageText).not.toContain('NOFORN');
      renderPngs(out, REVIEW_DIR, `partners-${name.replace(/\s+/g, '')}`);
    });
  }

  test('PowerPoint: no withheld marker in any part of the .pptx; the included ones are there', async () => {
    const out = path.join(work, 'partners.pptx');
    const r = await cli([deckPath, '-o', out, '--audience', 'Partners (AUS, JPN)']);
    expect(r.code, r.stderr).toBe(0);
    // As for the PDF, the CLI says what was withheld and why (it said nothing for a .pptx).
    expect(r.stderr).toContain('warning: Withheld from “Partners (AUS, JPN)”: Slide 3 “LEAK-TS-TITLE”');
    const parts = new AdmZip(out).getEntries().filter((e) => !e.isDirectory);
    const text = parts.map((e) => e.getData().toString('utf8')).join('\n');
    expect(parts.length).toBeGreaterThan(10);
    expectNoLeak('the .pptx', text);
    for (const marker of leak.included) expect(text.includes(marker), `${marker} missing`).toBe(true);
    expect(text).toContain('Withheld for this audience');
    expect(text).toContain('CONFIDENTIAL//REL TO USA, AUS, JPN');
  });

  test('the full deck (no --audience) has every marker: the markers are real', async () => {
    const out = path.join(work, 'full.pdf');
    const r = await cli([deckPath, '-o', out, '--notes']);
    expect(r.code, r.stderr).toBe(0);
    const surfaces = await pdfSurfaces(out);
    const { strings } = surfaces;
    const pageText = joinHyphens(surfaces.pageText);
    // Markers the full deck's PDF does not print are data only: the chart draws its dataset, so its
    // own table and the dataset's title, unit column and source stay in the file's data (that they
    // leave the variant's data is checked in tests/unit/markings/variant.test.ts).
    const missing = leak.withheld.filter((m) => !pageText.includes(m) && !strings.includes(m));
    expect(missing).toEqual(DATA_ONLY);
  });
});
