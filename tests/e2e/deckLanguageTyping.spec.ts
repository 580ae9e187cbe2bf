// Typing numbers in a German deck (issue #17 item 7): a key figure, the chart's data grid and the
// table's grid take "1.234,5", "1 234,5", "−3" and "1900000" key by key, checked only when a cell
// is left; the slide writes them the German way; a cell German cannot read says so beside it and
// keeps its text. The exported PDF (pdftotext) and PowerPoint file (every run lang="de-DE";
// LibreOffice's rendering, pdftotext) show German separators. Screenshots in test-results.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { renderPngs } from '../unit/export/pdfRead';
import { libreOfficeToPdf, pdfText } from '../unit/pptx/libreoffice';
import { readPptx, strFromU8 } from '../unit/pptx/ooxml';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { exportPdfWithoutSources } from './support/exportPdf';

/** Inserts a widget into a slot from the palette, by keyboard. */
async function insert(page: Page, kind: string, slot: string): Promise<void> {
  await page.getByTestId(`slot-${slot}`).click();
  await page.getByTestId(`palette-${kind}`).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Inspector' }).getByRole('tab', { name: 'Widget' }).click();
}

/** Clicks a field, selects what it holds and types `text` key by key. */
async function retype(page: Page, field: ReturnType<Page['getByLabel']>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

test('a German deck: key figure, chart grid and table grid typed the German way; slide, PDF and PowerPoint write 1.234,5', async ({ page }, testInfo) => {
  // Some sixty keystrokes, an axe pass, a PDF and a PowerPoint export rendered by LibreOffice.
  test.setTimeout(240_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Förderung');
  await ed.addSlide('threeColumns', 'Seltene Erden');
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const language = ed.inspector().getByTestId('deck-language');
  await language.focus();
  await page.keyboard.type('German (G');
  await expect(language).toHaveValue('de-DE');

  // The key figure's value as typed; the slide writes it the German way.
  await insert(page, 'keyFigure', 'left');
  const value = ed.inspector().getByLabel('Value', { exact: true });
  await retype(page, value, '1900000');
  await expect(ed.widgetIn('left')).toContainText('1.900.000');
  await expect(value, 'the inspector keeps what was typed').toHaveValue('1900000');
  await retype(page, value, '1,234.5');
  await expect(ed.widgetIn('left'), 'an English-written figure reads the German way').toContainText('1.234,5');
  await retype(page, value, '1900000');
  await expect(ed.widgetIn('left')).toContainText('1.900.000');

  // The chart's grid: German numbers, checked when the cell is left, shown the German way.
  await insert(page, 'chart', 'middle');
  await ed.inspector().getByText(/^Table \(/).click();
  const cell = (r: number) => ed.inspector().getByLabel(`Row ${r} value 1`, { exact: true });
  await retype(page, cell(1), '1.234,5');
  await page.keyboard.press('Enter');
  await retype(page, cell(2), '270000');
  await page.keyboard.press('Tab');
  await expect(cell(2), 'a committed value is written the German way').toHaveValue('270.000');
  await retype(page, cell(3), '−3');
  await page.keyboard.press('Enter');
  await expect(cell(1)).toHaveValue('1.234,5');
  const chart = ed.widgetIn('middle');
  await expect(chart).toContainText('1.234,5');
  await expect(chart).toContainText('270.000');
  // A cell German does not write as a number: said beside the cell, the text kept, the chart unchanged.
  await retype(page, cell(4), '1.23,4');
  await page.keyboard.press('Enter');
  await expect(cell(4)).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(4)).toHaveValue('1.23,4');
  const error = ed.inspector().getByRole('alert').filter({ hasText: '“1.23,4” is not a number' });
  await expect(error).toContainText('Type digits such as 1.234,5 as German (Germany), the deck’s language, writes them');
  expect(await error.evaluate((el, input) => el.parentElement === input?.parentElement, await cell(4).elementHandle()), 'the message sits beside its cell').toBe(true);
  await expectAccessible(page, 'the chart grid with a refused German cell');
  await page.keyboard.press('Escape');
  await expect(cell(4)).toHaveValue('1');
  await expect(error).toBeHidden();

  // The table's grid: a French-style space group and a real minus sign, read in German.
  await insert(page, 'table', 'right');
  const tableCell = (r: number) => ed.inspector().getByLabel(`Row ${r}, “Value”`, { exact: true });
  await retype(page, tableCell(1), '1 234,5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('−3');
  await page.keyboard.press('Enter');
  await expect(tableCell(1), 'shown the German way once committed').toHaveValue('1.234,5');
  const table = ed.widgetIn('right');
  await expect(table.locator('tbody td')).toContainText(['1.234,5', '-3']);
  await ed.focusCanvas();
  await page.screenshot({ path: testInfo.outputPath('editor-german-typed.png') });

  // PDF: German separators in the text.
  const pdf = testInfo.outputPath('german-typed.pdf');
  await exportPdfWithoutSources(page, pdf);
  await page.keyboard.press('Escape');
  const pdfWords = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const german of ['1.900.000', '1.234,5', '270.000']) expect(pdfWords, `PDF: ${german}`).toContain(german);
  expect(pdfWords).not.toContain('1,234.5');
  renderPngs(pdf, testInfo.outputPath('.'), 'german-typed-pdf');

  // PowerPoint, from the palette: every run is German, and LibreOffice draws German separators.
  await ed.runFromPalette('Export to PowerPoint');
  const pptxDialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  const pptxDownload = page.waitForEvent('download');
  await pptxDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pptx = testInfo.outputPath('german-typed.pptx');
  await (await pptxDownload).saveAs(pptx);
  await expect(pptxDialog.getByTestId('pptx-done')).toBeVisible();
  const read = readPptx(await readFile(pptx));
  const slideXml = read.slides.map((s) => strFromU8(read.files[s.path]!)).join('');
  const langs = new Set([...slideXml.matchAll(/<a:(?:rPr|endParaRPr)\b[^>]*?\slang="([^"]+)"/g)].map((m) => m[1]));
  expect(langs).toEqual(new Set(['de-DE']));
  const rendered = await libreOfficeToPdf(pptx, testInfo.outputPath('.'));
  const slideWords = await pdfText(rendered);
  for (const german of ['1.900.000', '1.234,5', '270.000']) expect(slideWords, `PowerPoint via LibreOffice: ${german}`).toContain(german);
  expect(slideWords).not.toContain('1,234.5');
  renderPngs(rendered, testInfo.outputPath('.'), 'german-typed-pptx');
});
