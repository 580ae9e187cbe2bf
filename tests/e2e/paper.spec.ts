// Paper (issue #17 item 6): notes pages and handouts print on A4 or US Letter. The Preferences'
// paper is where the export dialog starts; the dialog can change it for one export; slides
// keep their 16:9 page whatever the paper.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Deck } from '../../shared/deck/schema';
import { pdfinfo, readPdf, renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

// Real exports through the dialog's printer, as export.spec.ts's tests, which get the same time.
test.describe.configure({ timeout: 120_000 });

const SAMPLE = fileURLToPath(new URL('../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url));

/** The sample deck in the editor with Mod+E's dialog open: the editor, the dialog, its paper select. */
async function openExportDialog(page: Page, hostUrl: string) {
  await page.goto(`${hostUrl}#/edit?deck=${encodeURIComponent('library:Alliance.briefdeck')}`);
  await expect(page.getByTestId('canvas')).toBeVisible();
  const ed = new EditorPage(page);
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  return { ed, dialog, paper: dialog.getByRole('combobox', { name: 'Paper' }) };
}

/** Exports with the dialog as it stands and returns the saved PDF's path. */
async function exportFromDialog(page: Page, outPath: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await downloading).saveAs(outPath);
  await expect(dialog.getByTestId('export-done')).toBeVisible();
  return outPath;
}

/** pdfinfo's "Page size: 595.276 x 841.89 pts (A4)" as numbers. */
function pageSize(file: string): { width: number; height: number } {
  const m = /([\d.]+) x ([\d.]+) pts/.exec(pdfinfo(file)['Page size'] ?? '');
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
}

test('Preferences set A4; the export dialog starts there and prints notes pages on A4', async ({ page, host }, testInfo) => {
  const deck = JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck;
  await host.writeLibraryFile('Alliance.briefdeck', deck);

  // Preferences, by keyboard: End moves the focused select to its last paper (A4).
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  const paperPref = prefs.getByRole('combobox', { name: 'Paper for notes pages and handouts' });
  await paperPref.focus();
  await page.keyboard.press('End');
  await expect(paperPref).toHaveValue('a4');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();

  const { dialog, paper } = await openExportDialog(page, host.url);
  // Slides print on their own 16:9 page: the paper waits for a notes or handout layout.
  await expect(paper).toHaveValue('a4');
  await expect(paper).toBeDisabled();
  await expect(dialog).toContainText('Slides print on 16:9 pages');
  await dialog.getByRole('radio', { name: /Notes pages/ }).check();
  await expect(paper).toBeEnabled();
  await dialog.getByTestId('export-range').click();
  await page.keyboard.type('1-3');
  await page.keyboard.press('Tab');
  await dialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  await page.screenshot({ path: testInfo.outputPath('export-dialog-a4.png') });

  const a4 = await exportFromDialog(page, testInfo.outputPath('notes-a4.pdf'));
  expect(pageSize(a4).width).toBeCloseTo(595.28, 0);
  expect(pageSize(a4).height).toBeCloseTo(841.89, 0);
  const a4Pdf = await readPdf(a4);
  expect(a4Pdf.pages).toHaveLength(3);
  // Nothing of the page falls off the narrower, taller sheet: the notes heading and the page
  // number are on it.
  expect(a4Pdf.pages[0]!.text).toContain('Notes · Slide 1');
  expect(a4Pdf.pages[2]!.text).toContain('3 / 3');
  renderPngs(a4, testInfo.outputPath(''), 'notes-a4');

});

test('the dialog changes the paper for one export; the next opening starts from the preference again', async ({ page, host }, testInfo) => {
  const deck = JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck;
  await host.writeLibraryFile('Alliance.briefdeck', deck);
  const { ed, dialog, paper } = await openExportDialog(page, host.url);
  // This host's preference is Letter (a fresh library).
  await expect(paper).toHaveValue('letter');
  await dialog.getByRole('radio', { name: /Handout, 6 per page/ }).check();
  // Chosen by keyboard, as a person moves through a select.
  await paper.focus();
  await page.keyboard.press('End');
  await expect(paper).toHaveValue('a4');
  const handout = await exportFromDialog(page, testInfo.outputPath('handout6-a4.pdf'));
  expect(pageSize(handout).width).toBeCloseTo(595.28, 0);
  // The Sources page prints on the same paper as the handout.
  const handoutPdf = await readPdf(handout);
  expect(handoutPdf.pages.at(-1)!.text).toContain('Sources');
  expect(handoutPdf.pages.at(-1)!.width).toBeCloseTo(595.28, 0);
  renderPngs(handout, testInfo.outputPath(''), 'handout6-a4');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await ed.press('Control+e');
  await expect(paper).toHaveValue('letter');
  await dialog.getByRole('radio', { name: /Notes pages/ }).check();
  await dialog.getByTestId('export-range').click();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  const letter = await exportFromDialog(page, testInfo.outputPath('notes-letter.pdf'));
  expect(pageSize(letter)).toEqual({ width: 612, height: 792 });
});
