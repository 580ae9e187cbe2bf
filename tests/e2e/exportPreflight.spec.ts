// Preflight in the export dialog, before anything prints: text that overflows its slot, a
// chart without a source and a widget that cannot be drawn are all listed as soon as the
// dialog has checked the slides (drawn off-screen the way the print route draws them); a
// click goes to the slide. A widget that never draws is named after the timeout, the check
// never blocks Export, and changing the options starts it over.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Deck } from '../../shared/deck/schema';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

const SAMPLE = fileURLToPath(new URL('../../assets/sample/supply-chain-alliance.briefdeck', import.meta.url));
/** The map geometry chunks (world-atlas, loaded on first use). */
const GEOMETRY = /countries-\d+m.*\.js$/;

/**
 * The sample deck (11 slides) with two problems a reader would see: the quote on slide 7 is
 * far too long for its slot, and the chart on slide 4 has no source (none of its own, no dataset).
 */
async function deckWithProblems(): Promise<Deck> {
  const deck = JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck;
  const quoteSlide = deck.slides[deck.slideOrder[6]!]!;
  const quote = deck.widgets[quoteSlide.slots['quote']!]!;
  if (quote.kind !== 'quote') throw new Error('the sample changed: slide 7 has no quote');
  quote.props.text = Array.from({ length: 120 }, () => quote.props.text).join(' ');
  const chartSlide = deck.slides[deck.slideOrder[3]!]!;
  const chart = deck.widgets[chartSlide.slots['main']!]!;
  if (chart.kind !== 'chart') throw new Error('the sample changed: slide 4 has no chart');
  chart.source = null;
  chart.props.datasetId = null;
  return deck;
}

async function openDeck(page: Page, host: { url: string }, fileName: string): Promise<void> {
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent(`library:${fileName}`)}`);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

test('the dialog lists overflowing text, a missing source and a map that cannot draw before Export; a click goes to the slide', async ({ page, host }, testInfo) => {
  // The map geometry cannot be loaded (a broken asset): the map on slide 2 draws only its error.
  await page.route(GEOMETRY, (route) => route.abort());
  await host.writeLibraryFile('Problems.briefdeck', await deckWithProblems());
  await openDeck(page, host, 'Problems.briefdeck');
  const editor = new EditorPage(page);

  await editor.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await editor.typeInto(dialog.getByTestId('export-range'), '');
  await dialog.getByRole('checkbox', { name: 'Include hidden slides' }).uncheck();
  const preflight = dialog.getByTestId('export-preflight');
  await expect(preflight.getByTestId('export-preflight-status')).toHaveText(/Checked 11 slides: \d+ warnings?\./, { timeout: 30_000 });

  const warnings = preflight.getByRole('button');
  await expect(warnings.filter({ hasText: 'Slide 2 “Partners in the Indo-Pacific”: the map could not be drawn (The 110m map geometry could not be loaded)' })).toHaveCount(1);
  await expect(warnings.filter({ hasText: 'Slide 4 “Foundry market share: TSMC leads”: the chart “Foundry revenue share by company, 4Q20…” has no source' })).toHaveCount(1);
  await expect(warnings.filter({ hasText: 'Slide 7 “Could Taiwan join a formal partnership?”: the quote “It\'s possible, I don\'t see why not…” does not fit its slot at the readable size (22 px): it is set at' })).toHaveCount(1);
  // In slide order, and nothing else: the rest of the sample prints cleanly.
  await expect(warnings).toHaveCount(3);
  expect(await warnings.evaluateAll((els) => els.map((e) => /Slide (\d+)/.exec(e.textContent ?? '')?.[1]))).toEqual(['2', '4', '7']);
  // Nothing has been exported yet: the findings came before the Export button.
  await expect(dialog.getByTestId('export-progress')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('export-preflight.png') });
  // Each warning's text after its "!" icon.
  const before = (await warnings.allTextContents()).map((t) => t.replace(/^!/, ''));

  // The printer finds the same things (its Chromium loads the map geometry, so the map draws there).
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const done = dialog.getByTestId('export-done');
  await expect(done).toContainText('Printing found 2 of the warnings listed above.', { timeout: 60_000 });
  // They are counted, not listed twice, until asked for.
  const printedList = done.locator('.export-print-warnings li');
  await expect(printedList.first()).toBeHidden();
  await done.getByText('Printing found 2 of the warnings listed above.').click();
  const printed = await printedList.allTextContents();
  expect([...printed].sort()).toEqual(before.filter((w) => !w.startsWith('Slide 2')).sort());
  // The list found before exporting stays for jumping to a slide.
  await expect(warnings).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('export-preflight-done.png') });

  await warnings.filter({ hasText: 'Slide 7' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.slideRows().nth(6)).toHaveAttribute('aria-current', 'true');
  // The off-screen pages went with the dialog.
  await expect(page.locator('.export-preflight-stage')).toHaveCount(0);
});

test('a map that never draws is named after the timeout; Export may start while checking, and new options check again', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  // The geometry request never answers (a stuck asset): the map on slide 2 never becomes ready.
  await page.route(GEOMETRY, () => undefined);
  await host.writeLibraryFile('Stuck.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck);
  await openDeck(page, host, 'Stuck.briefdeck');
  const editor = new EditorPage(page);

  await editor.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  const range = dialog.getByTestId('export-range');
  await editor.typeInto(range, '');
  const status = dialog.getByTestId('export-preflight-status');
  // Held up by slide 2's map, in the first batch; after a moment the dialog says what it waits for.
  await expect(status).toHaveText('Checking slides… 0 of 11');
  await expect(dialog.getByRole('progressbar', { name: 'Preflight progress' })).toBeVisible();
  await expect(dialog.getByTestId('export-preflight-waiting')).toHaveText('Waiting for Slide 2 “Partners in the Indo-Pacific”, map widget to draw…');
  await page.screenshot({ path: testInfo.outputPath('export-preflight-waiting.png') });

  // Other options (a list of ranges without slide 2): the stuck check is dropped and the
  // new slides are checked at once.
  await editor.typeInto(range, '1, 3-9');
  await range.press('Enter');
  await expect(dialog.getByTestId('export-summary')).toHaveText(/^8 slides → /);
  await expect(status).toHaveText(/Checked 8 slides: /, { timeout: 20_000 });
  await expect(dialog.getByTestId('export-preflight').getByRole('button', { name: /Slide 2/ })).toHaveCount(0);

  // Back to all slides (stuck again), and Export right away: checking stops, the export runs.
  await editor.typeInto(range, '');
  await range.press('Enter');
  await expect(status).toHaveText('Checking slides… 0 of 11');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 60_000 });
  await expect(status).toHaveText('Checked 0 of 11 slides before the export started.');
  await expect(page.locator('.export-preflight-stage')).toHaveCount(0);

  // Once more: after the per-widget timeout the map is named, instead of a check that never ends.
  await dialog.getByRole('button', { name: 'Export again…' }).click();
  // Back to the options (the click once fell through to the Export button that replaced it).
  await expect(dialog.getByTestId('export-progress')).toHaveCount(0);
  await expect(dialog.getByTestId('export-done')).toHaveCount(0);
  await expect(status).toHaveText('Checking slides… 0 of 11');
  await expect(status).toHaveText(/Checked 11 slides: \d+ warnings?\./, { timeout: 40_000 });
  await expect(dialog.getByTestId('export-preflight').getByRole('button', { name: /Slide 2 “Partners in the Indo-Pacific”, map widget did not finish drawing within 20 s/ })).toHaveCount(1);
});

test('a new chart’s made-up numbers and an untitled slide are named before Export, and go once the author replaces them', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.createDeck('Examples');
  await editor.addUntitledSlide('oneLarge');
  await page.getByTestId('palette-chart').click();
  await editor.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  const preflight = dialog.getByTestId('export-preflight');
  const status = preflight.getByTestId('export-preflight-status');
  await expect(status).toHaveText(/Checked 2 slides: \d+ warnings?\./, { timeout: 30_000 });
  const warnings = preflight.getByRole('button');
  await expect(warnings.filter({ hasText: 'Slide 2 has no title: its page has none, and its bookmark reads “Slide 2”. Double-click where the title goes to add one.' })).toHaveCount(1);
  await expect(warnings.filter({ hasText: 'Slide 2 “Untitled”: the chart “New chart” still shows the example content it was added with. Replace it with your own, or delete the widget.' })).toHaveCount(1);

  // A click goes to the slide; the author types a title on it and gives the chart real data.
  await warnings.filter({ hasText: 'example content' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('title-overlay').dblclick();
  await page.keyboard.type('Rare earths');
  await page.keyboard.press('Enter');
  await page.getByTestId('slot-main').click();
  await editor.inspector().getByRole('combobox', { name: /^Data/ }).selectOption('rare_earths_production_2024_mcs2025');
  await editor.press('Control+e');
  await expect(status).toHaveText(/Checked 2 slides/, { timeout: 30_000 });
  await expect(preflight.getByText('still shows the example content')).toHaveCount(0);
  await expect(preflight.getByText('has no title')).toHaveCount(0);
});
