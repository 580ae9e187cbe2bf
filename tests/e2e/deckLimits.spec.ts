// What a deck holds, as an author meets it. A CSV of 100 columns went into a chart, and from then
// on every save failed ("Briefdeck refused a malformed deck.save request"); 3,000 columns crashed
// the tab. Each refusal now comes at once, in words, and the deck keeps saving.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { deckOnDisk, uncompressedPng } from './support/pictures';

const wideCsv = (columns: number) => `Label,${Array.from({ length: columns }, (_, i) => `S${i}`).join(',')}\nA,${Array.from({ length: columns }, () => '1').join(',')}\n`;
const longCsv = (rows: number) => `Label,Value\n${Array.from({ length: rows }, (_, i) => `R${i},${(i % 9) + 1}`).join('\n')}\n`;

async function chartSlide(page: Page) {
  const ed = new EditorPage(page);
  await ed.createDeck('Limits');
  await ed.addUntitledSlide('oneLarge');
  // A click on the palette adds the widget to the slide's free slot.
  await page.getByTestId('palette-chart').click();
  await expect(ed.widgetIn('main')).toHaveAttribute('data-widget-kind', 'chart');
  return ed;
}

test('a CSV past what a chart holds is refused at once with the file’s words, and the deck still saves', async ({ page, host }) => {
  const ed = await chartSlide(page);
  const chart = ed.widgetIn('main');
  const before = await chart.getAttribute('aria-label');
  const file = ed.inspector().getByLabel(/Import CSV/);
  const alert = ed.inspector().getByRole('alert');

  await file.setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: Buffer.from(wideCsv(100)) });
  await expect(alert).toHaveText('“wide.csv” has 101 columns; a deck’s data table holds up to 50 (the labels and 49 columns of numbers). Keep the columns the chart needs and import again.');
  await file.setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(longCsv(5001)) });
  await expect(alert).toHaveText('“long.csv” has 5,001 rows of data; a chart draws up to 5,000. Keep the rows the chart needs and import again.');
  await file.setInputFiles({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) });
  await expect(alert).toHaveText(/^“figures.csv” is a spreadsheet workbook \(such as .xlsx\), not CSV text\. Open it in its program, save or export it as CSV/);
  await expect(chart).toHaveAttribute('aria-label', before!);
  await expect(page.locator('.save-banner')).toHaveCount(0);

  // The deck still saves: the chart's title, typed key by key, is in the file.
  const title = ed.inspector().getByLabel('Title', { exact: true });
  await title.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Rare earths, 2024');
  await ed.waitSaved();
  const saved = JSON.parse(await readFile(path.join(host.libraryDir, 'Limits.briefdeck'), 'utf8')) as { widgets: Record<string, { kind: string; props: { title: string } }> };
  expect(Object.values(saved.widgets).find((w) => w.kind === 'chart')?.props.title).toBe('Rare earths, 2024');

  // The most a chart holds still imports, chosen by keyboard (Space on the field opens the
  // chooser); the field is disabled while the file is read, and focus comes back to it.
  await file.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'most.csv', mimeType: 'text/csv', buffer: Buffer.from(wideCsv(49)) });
  await expect(chart).toHaveAttribute('aria-label', /^Column chart: most:/);
  await expect(alert).toHaveCount(0);
  await expect(file).toBeFocused();
  await ed.waitSaved();
});

test('typing past a field’s limit: the extra keys are refused, the foot says why, undo and saving work', async ({ page }) => {
  const ed = await chartSlide(page);
  const asOf = ed.inspector().getByLabel('As of', { exact: true });
  await asOf.click();
  await page.keyboard.type(`${'2'.repeat(46)}abcdefgh`);
  await expect(asOf).toHaveValue(`${'2'.repeat(46)}abcd`);
  const refused = page.getByTestId('change-refused');
  await expect(refused).toHaveText('That change was not made: the chart widget’s “As of” would be longer than 50 characters, the most a deck holds there.');
  await expect(refused).toHaveAttribute('role', 'alert');
  await expectAccessible(page, 'editor saying a change was refused');
  await ed.waitSaved();
  await expect(page.locator('.save-banner')).toHaveCount(0);
  // The slide shows what the deck holds.
  await expect(ed.widgetIn('main').locator('.w-chart-asof')).toHaveText(`As of ${'2'.repeat(46)}abcd`);
  // The message goes after its time, without another change.
  await expect(refused).toHaveText('', { timeout: 15_000 });
  await expect(ed.status()).toContainText('Ready');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(asOf).toHaveValue('');
});

test('the palette: a click adds to the chosen slot; where none takes it, the foot says why, aloud', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Palette');
  // The title slide's one slot takes text and key figures, not charts.
  await page.getByTestId('palette-chart').click();
  const said = ed.status().getByRole('status');
  await expect(said).toHaveText('No free slot on this slide takes a chart widget; change the layout or select a slot to replace.');
  await expect(ed.canvas().locator('[data-widget-kind]')).toHaveCount(0);
  await page.getByTestId('palette-text').click();
  await expect(ed.widgetIn('subtitle')).toHaveAttribute('data-widget-kind', 'text');
  await expect(said).toHaveText('');
  // A drag that ends back on the palette adds nothing.
  await ed.addUntitledSlide('twoColumns');
  await ed.drag(page.getByTestId('palette-map'), page.getByTestId('palette-quote'));
  await expect(ed.canvas().locator('[data-widget-kind]')).toHaveCount(0);
  // One click, one widget, in the first free slot; the next click fills the next.
  await page.getByTestId('palette-quote').click();
  await expect(ed.widgetIn('left')).toHaveAttribute('data-widget-kind', 'quote');
  await page.getByTestId('palette-map').click();
  await expect(ed.widgetIn('right')).toHaveAttribute('data-widget-kind', 'map');
  // With no free slot, the selected slot's widget is replaced, and the foot says so.
  await page.getByTestId('slot-left').click();
  await page.getByTestId('palette-image').click();
  await expect(ed.widgetIn('left')).toHaveAttribute('data-widget-kind', 'image');
  await expect(ed.widgetIn('right')).toHaveAttribute('data-widget-kind', 'map');
  await expect(said).toHaveText('Replaced the quote widget with an image widget; Ctrl+Z brings it back.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(ed.widgetIn('left')).toHaveAttribute('data-widget-kind', 'quote');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(ed.widgetIn('right')).toHaveCount(0);
});

test('an untitled slide says where its title goes, and the title typed there replaces the hint', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Titles');
  await ed.addUntitledSlide('oneLarge');
  const hint = ed.canvas().getByTestId('title-placeholder');
  await expect(hint).toHaveText('Double-click to add a title');
  await expect(hint).toBeVisible();
  await expectAccessible(page, 'editor with an untitled slide');
  await page.getByTestId('title-overlay').dblclick();
  await page.keyboard.type('Lithium, 2025');
  await page.keyboard.press('Enter');
  await expect(hint).toHaveCount(0);
  await expect(ed.canvas().getByRole('heading', { level: 1 })).toHaveText('Lithium, 2025');
  await ed.expectSlideTitles(['Titles', 'Lithium, 2025']);
});

test('a paste longer than a quote holds is refused whole, and the quote keeps its words', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Quotes');
  await ed.addUntitledSlide('oneLarge');
  await page.getByTestId('palette-quote').click();
  const field = ed.inspector().getByLabel('Quotation');
  await ed.typeInto(field, 'Resilient supply chains.');
  await ed.pasteInto(field, 'x'.repeat(6000));
  await expect(page.getByTestId('change-refused')).toHaveText('That change was not made: the quote widget’s “Text” would be longer than 5,000 characters, the most a deck holds there.');
  await expect(field).toHaveValue('Resilient supply chains.');
  await expect(ed.widgetIn('main')).toContainText('Resilient supply chains.');
  await ed.waitSaved();
  await expect(page.locator('.save-banner')).toHaveCount(0);
});

test('a picture kept at its original size past what a deck stores is refused, saying what to do; without keeping it, it goes in smaller', async ({ page, host }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Pictures');
  await ed.addUntitledSlide('oneLarge');
  await page.getByTestId('palette-image').click();
  // 3000 x 2700 px stored without compression: a 24.3 MB file (a deck stores pictures up to 21 MB).
  const png = uncompressedPng(3000, 2700);
  expect(png.length).toBeGreaterThan(24_000_000);
  const picture = ed.inspector().getByLabel('Picture');
  const keep = ed.inspector().getByRole('checkbox', { name: /Keep the original size/ });
  await keep.check();
  await picture.setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png });
  await expect(ed.inspector().getByRole('alert')).toHaveText(
    '“scan.png” would be stored as 23 MB; a deck holds pictures up to 21 MB. Insert it without keeping the original, so Briefdeck makes a smaller copy, or save a smaller copy yourself. Nothing was changed.',
  );
  await expect(ed.widgetIn('main').locator('img')).toHaveCount(0);
  await keep.uncheck();
  await picture.setInputFiles({ name: 'scan.png', mimeType: 'image/png', buffer: png });
  await expect(ed.widgetIn('main').locator('img')).toBeVisible();
  await ed.waitSaved();
  const disk = deckOnDisk(host.libraryDir);
  const [stored] = Object.values(disk.assets);
  expect(stored?.mime).toBe('image/png');
  expect(stored!.data.length).toBeLessThan(1_000_000);
  await expect(page.locator('.save-banner')).toHaveCount(0);
});
