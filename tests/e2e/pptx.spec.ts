// PowerPoint export from the app (issue 14): the command palette's "Export to PowerPoint…" opens
// the dialog, options are typed as a person types them, and the browser host hands the file over
// as a download whose slides, hidden flags and notes are read back independently. The sample
// deck's PowerPoint file, rendered by LibreOffice, matches our PDF export page by page.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { defaultExportOptions, exportDeckFile } from '../../electron/services/export/exportDeckFile';
import { exportPptxFile } from '../../electron/services/pptx/exportPptx';
import { parseDeckText } from '../../shared/deck/codec';
import { readPptx } from '../unit/pptx/ooxml';
import { libreOfficeToPdf, pdfPages, pdfText } from '../unit/pptx/libreoffice';
import { expect, test } from './fixtures';

const SAMPLE = fileURLToPath(new URL('../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function openDeck(page: Page, host: { url: string }, fileName: string): Promise<void> {
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent(`library:${fileName}`)}`);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

test('palette > Export to PowerPoint…: a range and hidden slides typed in, the .pptx downloaded with them', async ({ page, host }, testInfo) => {
  const text = await readFile(SAMPLE, 'utf8');
  const deck = parseDeckText(text, 'sample');
  // Slide 3 hidden: the export keeps it, hidden, when asked to.
  deck.slides[deck.slideOrder[2]!]!.hidden = true;
  deck.slides[deck.slideOrder[1]!]!.notes = 'Say the partners first.';
  await host.writeLibraryFile('Alliance.briefdeck', deck);
  await openDeck(page, host, 'Alliance.briefdeck');
  // The organisation, typed in the Deck tab, becomes the file's Company property.
  await page.getByRole('tab', { name: 'Deck' }).click();
  await page.getByTestId('deck-organisation').click();
  await page.keyboard.type('Office of Critical Minerals & Energy');
  await expect(page.getByTestId('deck-organisation')).toHaveValue('Office of Critical Minerals & Energy');
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });

  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('PowerPoint');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('pptx-summary')).toContainText(`${deck.slideOrder.length - 1} slides + 1 Sources slide`);

  await dialog.getByTestId('pptx-range').click();
  await page.keyboard.type('2-4');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('pptx-summary')).toContainText('2 slides + 1 Sources slide');
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: /Include hidden slides/ })).toBeChecked();
  await expect(dialog.getByTestId('pptx-summary')).toContainText('3 slides + 1 Sources slide');
  await page.screenshot({ path: testInfo.outputPath('pptx-dialog.png') });

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  // The sample is marked: the name carries the full deck's marking (shared/export/fileName.ts).
  expect(download.suggestedFilename()).toBe('Alliance — CUI NOFORN.pptx');
  await expect(dialog.getByTestId('pptx-done')).toContainText('Exported 4 slides');
  // Export was disabled while the file was written; focus is on Close, not lost to the page.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  const file = testInfo.outputPath('Alliance.pptx');
  await download.saveAs(file);
  const read = readPptx(await readFile(file));
  const titles = deck.slideOrder.slice(1, 4).map((id) => deck.slides[id]!.title);
  // The sample marks every title (U): the portion mark leads the title, as on the slide.
  expect(read.slides.map((s) => s.title)).toEqual([...titles.map((t) => `(U) ${t}`), 'Sources']);
  expect(read.slides.map((s) => s.hidden)).toEqual([false, true, false, false]);
  expect(read.slides[0]!.notes).toBe('(U) Say the partners first.');
  expect(JSON.stringify(read.app)).toContain('Office of Critical Minerals & Energy');

  // Escape closes the dialog; the editor is where it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('the partner version by keyboard: the summary says its notes stay out, and the result lists what it withholds', async ({ page, host }) => {
  await host.writeLibraryFile('Alliance.briefdeck', parseDeckText(await readFile(SAMPLE, 'utf8'), 'sample'));
  await openDeck(page, host, 'Alliance.briefdeck');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('PowerPoint');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  const summary = dialog.getByTestId('pptx-summary');
  await expect(summary).toContainText('speaker notes come along.');
  await dialog.getByLabel('Audience').selectOption({ label: 'Partners (AUS, JPN)' });
  // That audience takes no notes: the summary said they "come along" for every version.
  await expect(summary).toHaveText('10 slides + 1 Sources slide. Charts stay editable with their data; speaker notes stay out, as this audience does not get them.');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe('Alliance — Partners (AUS, JPN) — CUI REL TO USA, AUS, JPN.pptx');
  const done = dialog.getByTestId('pptx-done');
  await expect(done).toContainText('Exported 11 slides');
  await expect(done).toContainText('3 things to look at:');
  await expect(done.locator('li')).toHaveText([
    'Withheld from “Partners (AUS, JPN)”: The notes of slides 1-6, 8-11 (speaker notes do not go to “Partners (AUS, JPN)”).',
    'Withheld from “Partners (AUS, JPN)”: The text “Roles” on slide 2 (NOFORN is not released to “Partners (AUS, JPN)”).',
    'Withheld from “Partners (AUS, JPN)”: Slide 7 “Could Taiwan join a formal partnership?” (NOFORN is not released to “Partners (AUS, JPN)”).',
  ]);
  await expect(done).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
});

test('a range that selects nothing is said at once and Export stays off', async ({ page, host }) => {
  await host.writeLibraryFile('Alliance.briefdeck', await readFile(SAMPLE, 'utf8'));
  await openDeck(page, host, 'Alliance.briefdeck');
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('Export to PowerPoint');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  await dialog.getByTestId('pptx-range').click();
  await page.keyboard.type('40-50');
  await page.keyboard.press('Tab');
  await expect(dialog.getByTestId('pptx-summary')).toContainText('Nothing to export');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
});

test('the sample deck: LibreOffice renders the .pptx with the PDF export’s pages and text', async ({ host: _host }, testInfo) => {
  test.setTimeout(180_000);
  const dir = testInfo.outputPath();
  const pptx = path.join(dir, 'sample.pptx');
  await exportPptxFile({ deckPath: SAMPLE, outPath: pptx, options: defaultExportOptions() });
  const ours = path.join(dir, 'ours.pdf');
  await exportDeckFile({ deckPath: SAMPLE, outPath: ours, options: defaultExportOptions(), startHost: (libraryDir) => startBrowserHost({ port: 0, libraryDir, open: false, log: quiet }) });
  const lo = await libreOfficeToPdf(pptx, dir);
  const pages = await pdfPages(ours);
  expect(await pdfPages(lo)).toBe(pages);
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  for (let page = 1; page <= pages; page++) {
    const a = words(await pdfText(ours, page));
    const b = words(await pdfText(lo, page));
    const found = [...a].filter((w) => b.has(w)).length;
    // Words split differently at line ends ("information" over two lines) are the only misses seen.
    expect(found / a.size, `page ${page}: ${[...a].filter((w) => !b.has(w)).join(' ')}`).toBeGreaterThanOrEqual(0.9);
  }
  const deck = parseDeckText(await readFile(SAMPLE, 'utf8'), 'sample');
  for (const [i, id] of deck.slideOrder.filter((s) => !deck.slides[s]!.hidden).entries()) {
    expect(await pdfText(lo, i + 1)).toContain(deck.slides[id]!.title.replace(/\s+/g, ' '));
  }
});
