// The export dialog in the browser host: Mod+E opens it, the options and preflight are there
// before anything prints, the progress bar counts slides, the PDF arrives as a download, and
// Cancel really stops a long export.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import type { Deck } from '../../shared/deck/schema';
import { newId } from '../../shared/ids';
import { pdfinfo, readPdf } from '../unit/export/pdfRead';
import { expect, test, writeLibraryFile } from './fixtures';
import { EditorPage } from './support/editorPage';

const SAMPLE = fileURLToPath(new URL('../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url));

async function sample(): Promise<Deck> {
  return JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck;
}

/** The sample deck with the first key figure on "Key figures" (slide 6) stripped of its source. */
async function sampleMissingASource(): Promise<Deck> {
  const deck = await sample();
  const slide = deck.slides[deck.slideOrder[5]!]!;
  const widgetId = Object.values(slide.slots).find((id) => id && deck.widgets[id]?.kind === 'keyFigure')!;
  (deck.widgets[widgetId] as { source: unknown }).source = null;
  return deck;
}

/** The sample's content slides repeated until the deck has `count` slides (fresh ids throughout). */
async function bigDeck(count: number): Promise<Deck> {
  const deck = await sample();
  const template = deck.slideOrder.slice(1).map((id) => deck.slides[id]!);
  while (deck.slideOrder.length < count) {
    const from = template[deck.slideOrder.length % template.length]!;
    const id = newId('s');
    const slots: Record<string, string | null> = {};
    for (const [slot, wid] of Object.entries(from.slots)) {
      if (!wid) continue;
      const w = deck.widgets[wid]!;
      const copyId = newId('w');
      deck.widgets[copyId] = { ...w, id: copyId } as Deck['widgets'][string];
      slots[slot] = copyId;
    }
    deck.slides[id] = { ...from, id, slots, title: `${from.title} (${deck.slideOrder.length + 1})` };
    deck.slideOrder.push(id);
  }
  return deck;
}

async function openDeck(page: Page, host: { url: string }, fileName: string): Promise<void> {
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent(`library:${fileName}`)}`);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

test('Mod+E: options, preflight, progress, a handout PDF downloaded with the right pages', async ({ page, host }, testInfo) => {
  await host.writeLibraryFile('Alliance.briefdeck', await sampleMissingASource());
  await openDeck(page, host, 'Alliance.briefdeck');
  const editor = new EditorPage(page);

  await editor.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog).toBeVisible();

  // A range the parser refuses gets an inline error once it is committed (Tab), and no Export.
  const range = dialog.getByTestId('export-range');
  await range.click();
  await page.keyboard.type('5-2');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('alert')).toContainText('ends before it starts');
  await expect(range).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();

  await range.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2-7');
  await page.keyboard.press('Enter');
  await dialog.getByRole('radio', { name: /Handout, 3 per page/ }).check();
  await dialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  await expect(dialog.getByTestId('export-summary')).toHaveText('6 slides → 2 pages');

  // Preflight before exporting: the key figure without a source, named by slide.
  const preflight = dialog.getByTestId('export-preflight');
  await expect(preflight.getByRole('button')).toHaveCount(1);
  await expect(preflight.getByRole('button')).toContainText('Slide 6 “Key figures”: the key figure “270,000 t China’s rare-earth mine…” has no source');
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });

  // Clicking the warning goes to that slide; the dialog reopens with the defaults (it never
  // carries a choice into the next export unseen), so the handout is chosen again.
  await preflight.getByRole('button').click();
  await expect(dialog).toBeHidden();
  await expect(editor.slideRows().nth(5)).toHaveAttribute('aria-current', 'true');
  await editor.press('Control+e');
  await expect(dialog.getByTestId('export-range')).toHaveValue('');
  await expect(dialog.getByRole('radio', { name: /^Slides/ })).toBeChecked();
  await dialog.getByTestId('export-range').click();
  await page.keyboard.type('2-7');
  await page.keyboard.press('Enter');
  await dialog.getByRole('radio', { name: /Handout, 3 per page/ }).check();
  await dialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  await expect(dialog.getByTestId('export-summary')).toHaveText('6 slides → 2 pages');

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  // The sample is marked: the name carries the full deck's marking (shared/export/fileName.ts).
  expect(download.suggestedFilename()).toBe('Alliance — CUI NOFORN.pdf');
  const file = testInfo.outputPath('Alliance-handout3.pdf');
  await download.saveAs(file);
  await expect(dialog.getByTestId('export-done')).toContainText(/Exported 2 pages \(\d+(\.\d)? (MB|KB)\)/);
  await page.screenshot({ path: testInfo.outputPath('export-dialog-done.png') });

  const pdf = await readPdf(file);
  expect(pdf.pages).toHaveLength(2);
  expect(pdfinfo(file)['Pages']).toBe('2');
  // Handouts print on portrait paper, three slides a page: slide 2's and slide 7's titles are there.
  expect(pdf.pages[0]!.height).toBeGreaterThan(pdf.pages[0]!.width);
  expect(pdf.pages[0]!.text).toContain('Partners in the Indo-Pacific');
  expect(pdf.pages[1]!.text).toContain('Could Taiwan join a formal partnership?');

  // The host printed on the page it prepared while the dialog was open, and prepares another
  // once an export has ended: "Export again…" prints on that one too.
  const prepared = () => host.logs.filter((l) => l.includes('printing on the page prepared for library:Alliance.briefdeck')).length;
  expect(prepared()).toBe(1);
  await dialog.getByRole('button', { name: 'Export again…' }).click();
  const again = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await again;
  await expect(dialog.getByTestId('export-done')).toContainText('Exported 2 pages');
  expect(prepared()).toBe(2);
});

test('Cancel stops a long export: the dialog says cancelled and nothing is downloaded', async ({ page, host }, testInfo) => {
  await host.writeLibraryFile('Big.briefdeck', await bigDeck(160));
  await openDeck(page, host, 'Big.briefdeck');
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  // By keyboard: Export is a focused button's Enter.
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');

  // Mid-way: the export is running (starting, loading, drawing or printing; the print route
  // can be ready between two polls, so any running phase counts), well before the PDF exists.
  // The progress is in sight, and focus went from the vanished Export button to Cancel export.
  const progress = dialog.getByTestId('export-progress');
  await expect(progress).toContainText(/Starting the printer…|Loading the deck…|Drawing slides…|Printing pages…/, { timeout: 60_000 });
  await expect(progress.getByRole('progressbar')).toBeInViewport();
  await expect(dialog.getByTestId('export-cancel')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('export-dialog-progress.png') });
  await page.keyboard.press('Enter');

  await expect(dialog.getByTestId('export-cancelled')).toHaveText('Export cancelled. No PDF was written.', { timeout: 15_000 });
  await expect(dialog.getByTestId('export-cancelled')).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Export again…' })).toBeFocused();
  // Give a stray download every chance to show up.
  await page.waitForTimeout(1000);
  expect(downloads).toBe(0);
});

test('the export dialog opens with the defaults every time: plain slides, no hidden slides, all slides', async ({ page, host }) => {
  const deck = await sample();
  deck.slides[deck.slideOrder[8]!]!.hidden = true;
  const shown = deck.slideOrder.filter((id) => !deck.slides[id]!.hidden).length;
  await host.writeLibraryFile('Backup.briefdeck', deck);
  await openDeck(page, host, 'Backup.briefdeck');
  const editor = new EditorPage(page);
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });

  await editor.press('Control+e');
  await expect(dialog.getByTestId('export-summary')).toHaveText(new RegExp(`^${shown} slides → `));
  // Someone exports a handout of everything, backup slide included, then cancels.
  await dialog.getByRole('checkbox', { name: 'Include hidden slides' }).check();
  await dialog.getByRole('radio', { name: /Handout, 6 per page/ }).check();
  await dialog.getByTestId('export-range').click();
  await page.keyboard.type('2-9');
  await page.keyboard.press('Enter');
  await expect(dialog.getByTestId('export-summary')).toHaveText(/^8 slides → /);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The next Ctrl+E is plain slides again, without the hidden backup slide.
  await editor.press('Control+e');
  await expect(dialog.getByRole('radio', { name: /^Slides/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Include hidden slides' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Add a Sources page' })).toBeChecked();
  await expect(dialog.getByTestId('export-range')).toHaveValue('');
  await expect(dialog.getByTestId('export-summary')).toHaveText(`${shown} slides → ${shown + 1} pages`);
});

test('a print page that throws: the dialog says so within seconds, naming the slide and widget, and nothing is downloaded', async ({ page }, testInfo) => {
  // A host of its own whose print pages fail the way a broken widget would: the map geometry is
  // held back (the map is still drawing) and an uncaught error is thrown on the page.
  const libraryDir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-e2e-fail-'));
  const inject = 'setTimeout(() => { throw new Error("injected failure") }, 1500)';
  const injectOnRoute = 'addEventListener("hashchange", () => setTimeout(() => { throw new Error("injected failure") }, 200))';
  const host = await startBrowserHost({
    port: 0,
    libraryDir,
    open: false,
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    printPage: async (p) => {
      await p.route(/countries-\d+m.*\.js$/, () => undefined);
      await p.addInitScript(inject);
      // A prepared page has the app (and the map geometry) loaded: it fails as its route changes.
      if (p.url().startsWith('http')) await p.evaluate(injectOnRoute);
    },
  });
  try {
    await writeLibraryFile(libraryDir, 'Sample.briefdeck', await sample());
    await openDeck(page, host, 'Sample.briefdeck');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const error = dialog.getByTestId('export-error');
    await expect(error).toContainText(/The print page stopped with an error( while drawing .+?)?: injected failure\. No PDF was written/, { timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    await page.screenshot({ path: testInfo.outputPath('export-dialog-page-error.png') });
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  } finally {
    await host.close();
    await rm(libraryDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
});
