// Deck language (issue #17 item 7): a deck switched to German in the Deck tab (keyboard) writes
// a chart's numbers as "1.234,5" in the editor and in the PDF (pdftotext), its slides say
// lang="de-DE", the PDF's /Lang is de-DE; German cells pasted into the chart are read as German
// writes them, and a cell that cannot be read is named by row and column. Undo goes back.
import { execFileSync } from 'node:child_process';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import fs from 'node:fs';
import { renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { exportPdfWithoutSources } from './support/exportPdf';

test('a German deck: Deck tab by keyboard, German cells pasted, 1.234,5 in the editor and the PDF, /Lang de-DE', async ({ page, context }, testInfo) => {
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ed = new EditorPage(page);
  await ed.createDeck('Förderung');
  await ed.addSlide('oneLarge', 'Seltene Erden');
  await ed.dragWidgetFromPalette('chart', 'main');

  // The Deck tab: the language list, chosen by keyboard (type-ahead on the focused list).
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const language = ed.inspector().getByTestId('deck-language');
  await expect(language, 'a new deck takes the system’s language (the test host runs in en-US)').toHaveValue('en-US');
  await expect(ed.canvas().locator('.slide').first()).toHaveAttribute('lang', 'en-US');
  await expectAccessible(page, 'the Deck tab with the language choice');
  await language.focus();
  await page.keyboard.type('German (G');
  await expect(language).toHaveValue('de-DE');
  await expect(language.locator('option:checked')).toHaveText('German (Germany) (1.234,5)');
  await expect(ed.canvas().locator('.slide').first()).toHaveAttribute('lang', 'de-DE');

  // German cells from a spreadsheet, pasted with the chart selected: read as German writes them.
  await page.getByTestId('slot-main').click();
  await page.evaluate(() => navigator.clipboard.writeText('Land\tFörderung (t)\nChina\t270.000\nAustralien\t1.234,5\nUSA\t−3\n'));
  await page.keyboard.press('Control+v');
  await expect(ed.status()).toContainText('Pasted 3 rows and 1 column of numbers into the chart');
  const chart = ed.widgetIn('main');
  await expect(chart).toContainText('1.234,5');
  await expect(chart).toContainText('270.000');
  await expect(chart).toContainText('-3');
  await page.screenshot({ path: testInfo.outputPath('editor-german.png') });

  // A cell German does not write as a number is named, and the chart keeps its data.
  await page.evaluate(() => navigator.clipboard.writeText('Land\tFörderung (t)\nChina\t270.000\nJapan\tviel\n'));
  await page.getByTestId('slot-main').click();
  await page.keyboard.press('Control+v');
  await expect(ed.status()).toContainText('row 3, column B (“Förderung (t)”): “viel” is not a number as German (Germany), the deck’s language, writes numbers (such as “1.234,5”)');
  await expect(chart).toContainText('1.234,5');

  // The PDF says the same numbers, and its language.
  const pdf = testInfo.outputPath('german.pdf');
  await exportPdfWithoutSources(page, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('1.234,5');
  expect(text).toContain('270.000');
  expect(text).not.toContain('1,234.5');
  const doc = await PDFDocument.load(fs.readFileSync(pdf));
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('de-DE');
  renderPngs(pdf, testInfo.outputPath('.'), 'german');
  await page.keyboard.press('Escape');

  // One undo step back to English: the chart is written the English way again.
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  for (let i = 0; i < 10 && (await language.inputValue()) !== 'en-US'; i++) {
    await ed.focusCanvas();
    await page.keyboard.press('Control+z');
  }
  await expect(language).toHaveValue('en-US');
});
