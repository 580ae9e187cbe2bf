// The table widget (issue #12 item 3), as a person makes one: from the palette with the keyboard,
// typed cell by cell in the inspector's grid (arrows, Tab and Enter; a word in a number column
// refused when committed, naming row and column), undone and redone; cells pasted from a
// spreadsheet on a slide, malformed cells named; too many rows for the slot shrink, then get the
// overflow badge and a preflight finding; the exported PDF has the cells in reading order and a
// tagged Table (TR, TH with scope, TD). axe on the grid editor. Screenshots in test-results.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { tableStructures, renderPngs } from '../unit/export/pdfRead';
import { expectAccessible } from './support/axe';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Another application (a spreadsheet) puts cells on the clipboard. */
async function spreadsheetCopies(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

const RARE_EARTHS = 'Partner\tReserves (t)\tMine production, 2024 (t)\nUnited States\t1900000\t45000\nAustralia\t5700000\t13000\nChina\t44000000\t270000\n';

test('insert a table from the palette and type it in the grid, key by key; undo and redo; axe on the grid', async ({ page }, testInfo) => {
  // Two axe passes and some forty keystrokes: at load 27 on 2 cores this took over a minute.
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  const table = ed.canvas().locator('[data-slot-id=main] [data-widget-kind=table]');
  const grid = ed.inspector();
  await ed.createDeck('Typed table');
  await ed.addSlide('oneLarge', 'Partners');
  await page.getByTestId('slot-main').click();
  await page.getByTestId('palette-table').focus();
  await ed.press('Enter');
  await expect(table.locator('table')).toBeVisible();

  // Headers, a unit, then numbers: Tab and Enter move on, arrows go up and down.
  await grid.getByLabel('Column A header').click();
  await ed.press('Control+a');
  await page.keyboard.type('Partner');
  await ed.press('Tab');
  await expect(grid.getByLabel('Column B header')).toBeFocused();
  await page.keyboard.type('Reserves');
  await ed.press('Enter');
  await expect(grid.getByLabel('Column B unit')).toBeFocused();
  await page.keyboard.type('t');
  await ed.press('ArrowDown');
  await expect(grid.getByLabel('Row 1, “Reserves”')).toBeFocused();
  await page.keyboard.type('1,900,000');
  await ed.press('Enter');
  // A word in a number column: refused when committed, named by row and column; the text stays.
  await page.keyboard.type('lots');
  await ed.press('Enter');
  const message = grid.getByRole('alert').filter({ hasText: 'Row 2, “Reserves”' });
  await expect(message).toContainText('“lots” is not a number');
  await expect(grid.getByLabel('Row 2, “Reserves”')).toBeFocused();
  await expect(grid.getByLabel('Row 2, “Reserves”')).toHaveAttribute('aria-invalid', 'true');
  await expect(table).not.toContainText('lots');
  await expectAccessible(page, 'the table grid editor with a refused cell');
  await ed.press('Control+a');
  await page.keyboard.type('5700000');
  await ed.press('Enter');
  await expect(message).toBeHidden();
  await ed.press('ArrowUp');
  await ed.press('ArrowLeft');
  await expect(grid.getByLabel('Row 1, “Partner”')).toBeFocused();
  await page.keyboard.type('United States');
  await ed.press('Enter');
  await page.keyboard.type('Australia');
  await ed.press('Tab');
  await expect(grid.getByLabel('Row 2, “Reserves”')).toBeFocused();

  // The slide: header with its unit, numbers in the deck's format, right-aligned.
  await expect(table.locator('thead th')).toHaveText(['Partner', 'Reserves (t)']);
  await expect(table.locator('tbody tr')).toHaveText([/United States\s*1,900,000/, /Australia\s*5,700,000/]);
  expect(await table.locator('tbody td').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');

  // Add a row below the current one (the keyboard reaches the button too) and type into it.
  await grid.getByRole('button', { name: 'Add row below 2' }).click();
  await expect(grid.getByLabel('Row 3, “Partner”')).toBeFocused();
  await page.keyboard.type('Japan');
  await ed.press('Tab');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tbody tr').nth(2)).toHaveText(/Japan\s*–/);
  await expectAccessible(page, 'the table grid editor');
  await page.screenshot({ path: testInfo.outputPath('editor-grid.png') });

  // Undo takes back one cell at a time, then the added row; redo puts them back.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(table.locator('tbody tr').nth(2)).toHaveText(/^\s*–\s*$/);
  await ed.press('Control+z');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await ed.press('Control+z');
  await expect(table.locator('tbody tr').nth(1)).toHaveText(/^\s*5,700,000\s*$/);
  await ed.press('Control+Shift+z');
  await ed.press('Control+Shift+z');
  await ed.press('Control+Shift+z');
  await expect(table.locator('tbody tr')).toHaveText([/United States\s*1,900,000/, /Australia\s*5,700,000/, /Japan\s*–/]);
  await ed.waitSaved();
});

test('cells pasted from a spreadsheet become a table; bad cells are named; undo; the PDF has a tagged table in reading order', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  const table = ed.canvas().locator('[data-slot-id=main] [data-widget-kind=table]');
  await ed.createDeck('Pasted table');
  await ed.addSlide('oneLarge', 'Rare earths');
  await spreadsheetCopies(page, RARE_EARTHS);
  await page.getByTestId('slot-main').click();
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('Pasted table into “Main”');
  await expect(table.locator('thead th')).toHaveText(['Partner', 'Reserves (t)', 'Mine production, 2024 (t)']);
  await expect(table.locator('tbody tr')).toHaveText([/United States\s*1,900,000\s*45,000/, /Australia\s*5,700,000\s*13,000/, /China\s*44,000,000\s*270,000/]);
  await ed.press('Control+z');
  await expect(ed.widgetIn('main')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(table.locator('tbody tr')).toHaveCount(3);

  // Malformed cells pasted onto the selected table: the message names the cell; nothing changes.
  await spreadsheetCopies(page, 'Partner\tReserves\nIndia\t69OO000\nBrazil\t21000000\n');
  await page.getByTestId('slot-main').click();
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('row 2, column B (“Reserves”): “69OO000” is not a number');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await spreadsheetCopies(page, 'Partner\tReserves\nIndia\t6900000\n');
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('Pasted 1 row and 2 columns into the table');
  await expect(table.locator('tbody tr')).toHaveText([/India\s*6,900,000/]);
  await ed.press('Control+z');
  await expect(table.locator('tbody tr')).toHaveCount(3);

  // Partner rows in the inspector; then the PDF.
  await ed.inspector().getByRole('button', { name: 'Partners (US, JP, KR, TW, AU)' }).click();
  await expect(table.locator('tbody tr[data-partner=true]')).toHaveCount(2);
  await ed.waitSaved();
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('table.pdf');
  await (await downloading).saveAs(pdf);
  await expect(dialog.getByTestId('export-done')).toBeVisible();

  // Page 1 is the deck's title slide; the table is on page 2.
  const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Partner Reserves (t) Mine production, 2024 (t) United States 1,900,000 45,000 Australia 5,700,000 13,000 China 44,000,000 270,000');
  const [tagged] = await tableStructures(pdf);
  expect(tagged, 'a Table in the structure tree').toBeDefined();
  const rows = tagged!.children.filter((n) => n.type === 'TR');
  expect(rows.map((r) => r.children.map((c) => (c.scope ? `${c.type}/${c.scope}` : c.type)))).toEqual([
    ['TH/Column', 'TH/Column', 'TH/Column'],
    ['TH/Row', 'TD', 'TD'],
    ['TH/Row', 'TD', 'TD'],
    ['TH/Row', 'TD', 'TD'],
  ]);
  renderPngs(pdf, testInfo.outputPath('.'), 'table-pdf');
});

test('too many rows for the slot: shrunk, then the badge counts the rows cut; the preflight names slide and widget', async ({ page }, testInfo) => {
  const ed = new EditorPage(page);
  const table = ed.canvas().locator('[data-slot-id=left] [data-widget-kind=table]');
  await ed.createDeck('Long table');
  await ed.addSlide('twoColumns', 'Every producer');
  const rows = Array.from({ length: 60 }, (_, i) => `Producer ${i + 1}\t${(i + 1) * 1000}`).join('\n');
  await spreadsheetCopies(page, `Producer\tOutput (t)\n${rows}\n`);
  await page.getByTestId('slot-left').click();
  await ed.press('Control+v');
  await expect(table.locator('tbody tr')).toHaveCount(60);
  const badge = ed.canvas().locator('[data-slot-id=left]').getByTestId('fit-badge');
  await expect(badge).toContainText(/Too long: \d+ of 60 rows are cut off/);
  await expect(table.locator('.w-table')).toHaveAttribute('data-fit', 'cut');
  await page.screenshot({ path: testInfo.outputPath('overflow-badge.png') });

  // Fewer rows: readable again below the readable size first (a badge that says so), then fits.
  await spreadsheetCopies(page, `Producer\tOutput (t)\n${rows.split('\n').slice(0, 24).join('\n')}\n`);
  await page.getByTestId('slot-left').click();
  await ed.press('Control+v');
  await expect(table.locator('tbody tr')).toHaveCount(24);
  await expect(badge).toContainText(/Too long: set at \d+ px, below the readable 20 px/);
  await ed.press('Control+z');
  await expect(table.locator('tbody tr')).toHaveCount(60);

  await ed.press('Control+e');
  const preflight = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(preflight.getByTestId('export-preflight-status')).toHaveText(/Checked 2 slides/, { timeout: 30_000 });
  await expect(preflight).toContainText(/Slide 2 “Every producer”: .*table.* does not fit its slot even at 12 px: \d+ of 60 rows are cut off/);
});

test('from built-in data: a column at a time, rows matched by country; the source line names the data', async ({ page }) => {
  const ed = new EditorPage(page);
  const table = ed.canvas().locator('[data-slot-id=main] [data-widget-kind=table]');
  const inspector = ed.inspector();
  await ed.createDeck('Data table');
  await ed.addSlide('oneLarge', 'Reserves');
  await page.getByTestId('slot-main').click();
  await page.getByTestId('palette-table').focus();
  await ed.press('Enter');
  await inspector.getByLabel('Dataset').selectOption({ label: 'Rare-earth reserves by country (USGS MCS 2025)' });
  await inspector.getByRole('button', { name: 'New table from this column' }).click();
  await expect(table.locator('caption')).toHaveText('Rare-earth reserves by country (USGS MCS 2025)');
  await expect(table.locator('tbody tr').first()).toHaveText(/China\s*44,000,000/);
  // The world total is kept in the dataset and left out of the table, as charts do.
  await expect(table).not.toContainText('World');
  // Production 2024 joins the same rows by country; a country with no production stays empty.
  await inspector.getByLabel('Dataset').selectOption({ label: 'Rare-earth mine production by country, 2024 (USGS MCS 2025)' });
  await inspector.getByRole('button', { name: /Add as a column/ }).click();
  await expect(table.locator('thead th')).toHaveText(['Country', 'Reserves (t REO equivalent)', 'Mine production, 2024 (t REO equivalent)']);
  await expect(table.locator('tbody tr').first()).toHaveText(/China\s*44,000,000\s*270,000/);
  await expect(table.locator('tbody tr').filter({ hasText: 'Greenland' })).toHaveText(/Greenland\s*1,500,000\s*–/);
  await expect(ed.canvas().locator('[data-slot-id=main] .source-line')).toContainText('U.S. Geological Survey');
  // Remove a column from the grid (its button acts on the cell last focused), then undo each step.
  await inspector.getByLabel('Row 1, “Mine production, 2024 (t REO equivalent)”').focus();
  await inspector.getByRole('button', { name: 'Remove column C' }).focus();
  await ed.press('Enter');
  await expect(table.locator('thead th')).toHaveText(['Country', 'Reserves (t REO equivalent)']);
  await ed.press('Control+z');
  await expect(table.locator('thead th')).toHaveCount(3);
  await ed.press('Control+z');
  await expect(table.locator('thead th')).toHaveCount(2);
});
