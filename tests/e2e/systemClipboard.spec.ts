// Ctrl+V takes the system clipboard first, like every desktop app (issue 11): another app's
// text becomes a text widget even after a widget was copied inside Briefdeck earlier; cells
// from a spreadsheet become the selected chart's data, elsewhere a table; an image is refused with a message;
// only Briefdeck's own payload pastes widgets. Copy writes a readable text/plain beside it.
// Real clipboard content in Chromium (clipboard permissions granted); every paste is undone.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/** Another application puts text on the clipboard. */
async function otherAppCopies(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

const systemText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('text copied in another app after a widget was copied in Briefdeck pastes as text, not the old widget', async ({ page }) => {
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const status = page.locator('.status-bar');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Clipboard order');
  await ed.addSlide('grid2x2', 'Numbers');
  await ed.dragWidgetFromPalette('keyFigure', 'topLeft');
  const value = inspector.getByLabel('Value');
  await value.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('92');
  await page.getByTestId('slot-topLeft').click();
  await ed.press('Control+c');
  await expect(status).toContainText('Widget copied');
  // Copy wrote a readable form for other apps, not only Briefdeck's payload.
  expect(await systemText(page)).toContain('92');

  // Later, someone copies a sentence in another app and pastes on the slide.
  await otherAppCopies(page, 'Allies agree a joint stockpile by 2027.\nReview in six months.');
  await page.getByTestId('slot-topRight').click();
  await ed.press('Control+v');
  const pasted = canvas.locator('[data-slot-id=topRight] [data-widget-kind=text]');
  await expect(pasted).toContainText('Allies agree a joint stockpile by 2027.');
  await expect(pasted).toContainText('Review in six months.');
  await expect(canvas.locator('.w-keyfigure')).toHaveCount(1);
  await expect(status).toContainText('Pasted text into');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=topRight] [data-widget-kind]')).toHaveCount(0);

  // Copying the widget again puts Briefdeck's payload back on top: Ctrl+V pastes the widget.
  await page.getByTestId('slot-topLeft').click();
  await ed.press('Control+c');
  await page.getByTestId('slot-bottomLeft').click();
  await ed.press('Control+v');
  await expect(canvas.locator('[data-slot-id=bottomLeft] .w-keyfigure')).toContainText('92');
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=bottomLeft] [data-widget-kind]')).toHaveCount(0);

  // In a text field Ctrl+V is the field's own paste.
  await otherAppCopies(page, ' (draft)');
  await page.getByTestId('slide-row').nth(1).click();
  const title = page.getByTestId('slide-title');
  await title.click();
  await page.keyboard.press('End');
  await ed.press('Control+v');
  await expect(title).toHaveValue('Numbers (draft)');
  await expect(canvas.locator('[data-widget-kind=text]')).toHaveCount(0);
});

test('cells from a spreadsheet become the selected chart’s data; elsewhere a table; bad cells say where', async ({ page }) => {
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const status = page.locator('.status-bar');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await ed.createDeck('Pasted cells');
  await ed.addSlide('twoColumns', 'Capacity');
  await ed.dragWidgetFromPalette('chart', 'left');
  const chart = canvas.locator('[data-slot-id=left] .w-chart');
  await expect(chart).toContainText('Taiwan');

  await otherAppCopies(page, 'Country\tShare of capacity\nNetherlands\t41\nSingapore\t27\nIreland\t9\n');
  await page.getByTestId('slot-left').click();
  await ed.press('Control+v');
  await expect(status).toContainText('Pasted 3 rows and 1 column of numbers into the chart');
  await expect(chart).toContainText('Netherlands');
  await expect(chart).not.toContainText('Taiwan');
  await expect(inspector.getByRole('combobox', { name: /^Data/ }).locator('option:checked')).toHaveText('Pasted data');
  await ed.press('Control+z');
  await expect(chart).toContainText('Taiwan');
  await expect(chart).not.toContainText('Netherlands');

  // Ragged cells: the import's message names the row; the chart keeps its data.
  await otherAppCopies(page, 'Country\tShare\nNetherlands\t41\nSingapore\n');
  await page.getByTestId('slot-left').click();
  await ed.press('Control+v');
  await expect(status).toContainText('row 3');
  await expect(chart).toContainText('Taiwan');

  // With no chart selected, the same cells become a table widget (tableWidget.spec.ts has more).
  await otherAppCopies(page, 'Country,Share\nNetherlands,41\nSingapore,27');
  await page.getByTestId('slot-right').click();
  await ed.press('Control+v');
  await expect(status).toContainText('Pasted table into');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=table] tbody tr').first()).toHaveText(/Netherlands\s*41/);
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind]')).toHaveCount(0);
});

test('an image on the clipboard becomes an image widget in one undo step; too much text is refused with the numbers', async ({ page }) => {
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const status = page.locator('.status-bar');
  await ed.createDeck('Images');
  await ed.addSlide('oneLarge', 'Picture');
  await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 8;
    c.height = 8;
    c.getContext('2d')!.fillRect(0, 0, 8, 8);
    const blob = await new Promise<Blob>((resolve) => c.toBlob((b) => resolve(b!), 'image/png'));
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  });
  await page.getByTestId('slot-main').click();
  await ed.press('Control+v');
  await expect(status).toContainText('Pasted image into “Main”');
  await expect(canvas.locator('[data-slot-id=main] [data-widget-kind=image] img')).toBeVisible();
  // The paste is one undo step: undo takes the picture away, and the next undo the title typed before it.
  await ed.press('Control+z');
  await expect(canvas.locator('[data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+z');
  await expect(status).toContainText('Undone: Edit slide title');
  await ed.press('Control+Shift+z');
  await otherAppCopies(page, Array.from({ length: 150 }, (_, i) => `Line ${i + 1}`).join('\n'));
  await page.getByTestId('slot-main').click();
  await ed.press('Control+v');
  await expect(status).toContainText('The clipboard text has 150 paragraphs; a text widget holds up to 100. Nothing was pasted');
  await expect(canvas.locator('[data-widget-kind]')).toHaveCount(0);
});

test('Copy and Paste from the command palette use the clipboard too, and paste a slide', async ({ page }) => {
  const ed = new EditorPage(page);
  const status = page.locator('.status-bar');
  const runFromPalette = async (title: string) => {
    await ed.press('Control+Shift+P');
    await page.keyboard.type(title);
    await expect(page.getByRole('dialog', { name: 'Commands' }).getByRole('option').first()).toContainText(title);
    await page.keyboard.press('Enter');
  };
  await ed.createDeck('Palette clipboard');
  await ed.addSlide('titleBody', 'Agenda');
  await ed.selectSlide(2);
  await runFromPalette('Copy');
  await expect(status).toContainText('Slide copied');
  expect(await systemText(page)).toContain('Agenda');
  await runFromPalette('Paste');
  await expect.poll(() => ed.slideTitles()).toEqual(['Palette clipboard', 'Agenda', 'Agenda']);
  await ed.press('Control+z');
  await expect.poll(() => ed.slideTitles()).toEqual(['Palette clipboard', 'Agenda']);
  // Undoing the paste removed the slide on the canvas: the slide now in its place is shown.
  await expect(ed.slideRows().nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('canvas')).toContainText('Agenda');

  await otherAppCopies(page, 'Pasted from the palette');
  await page.getByTestId('slot-body').click();
  await runFromPalette('Paste');
  await expect(page.getByTestId('canvas').locator('[data-slot-id=body] [data-widget-kind=text]')).toContainText('Pasted from the palette');
  await ed.press('Control+z');
  await expect(page.getByTestId('canvas').locator('[data-widget-kind]')).toHaveCount(0);
});
