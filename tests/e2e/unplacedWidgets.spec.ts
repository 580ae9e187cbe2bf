// A layout change that leaves widgets without a slot (issue 11): 2x2 to two columns used to
// hide two widgets with no notice. Now they wait in a "Not placed" tray under the slide, can
// be put back or deleted, undo restores layout and widgets, and the export preflight names them.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

const SLOTS = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'] as const;
const HEADINGS = ['Alpha point', 'Bravo point', 'Charlie point', 'Delta point'];

async function gridWithFourTexts(page: Page): Promise<EditorPage> {
  const ed = new EditorPage(page);
  await ed.createDeck('Layouts');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-grid2x2').click();
  await page.getByTestId('slide-title').click();
  await page.keyboard.type('Four points');
  for (const [i, slot] of SLOTS.entries()) {
    await ed.dragWidgetFromPalette('text', slot);
    await page.getByTestId(`slot-${slot}`).click();
    await page.getByRole('region', { name: 'Inspector' }).getByLabel('Heading').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(HEADINGS[i]!);
  }
  // A click beside the slide clears the selection: the inspector shows the slide.
  await page.locator('.canvas-pane').click({ position: { x: 5, y: 5 } });
  return ed;
}

test('2x2 to two columns: the two widgets without a slot wait in the tray; put back, delete, undo', async ({ page }) => {
  const ed = await gridWithFourTexts(page);
  const canvas = page.getByTestId('canvas');
  const tray = page.getByTestId('unplaced-tray');
  await expect(tray).toHaveCount(0);

  await page.getByTestId('slide-layout').selectOption('twoColumns');
  await expect(canvas.locator('[data-widget-kind=text]')).toHaveCount(2);
  // The two that lost their slot are in sight, by name.
  await expect(tray).toBeVisible();
  await expect(tray).toContainText('Not placed (2)');
  await expect(tray).toContainText('not shown when presenting or in the PDF');
  await expect(page.locator('.status-bar')).toContainText('2 widgets have no slot in the Two columns layout');
  const shown = await canvas.locator('[data-widget-kind=text] h2').allTextContents();
  const waiting = HEADINGS.filter((h) => !shown.includes(h));
  expect(waiting).toHaveLength(2);
  for (const h of waiting) await expect(tray.getByRole('button', { name: new RegExp(`^Text “${h}”`) })).toBeVisible();

  // Undo restores the 2x2 layout with every widget; redo brings the tray back.
  await ed.press('Control+z');
  await expect(canvas.locator('[data-widget-kind=text]')).toHaveCount(4);
  await expect(page.getByTestId('slide-layout')).toHaveValue('grid2x2');
  await expect(tray).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(tray).toContainText('Not placed (2)');

  // Free the right column, then put the first waiting widget there from the tray.
  await page.getByTestId('slot-right').click();
  await ed.press('Delete');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind]')).toHaveCount(0);
  await tray.getByRole('combobox', { name: new RegExp(`Put Text “${waiting[0]}”`) }).selectOption('right');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=text]')).toContainText(waiting[0]!);
  await expect(tray).toContainText('Not placed (1)');

  // Delete the other from the tray; undo brings it back into the tray.
  await tray.getByRole('button', { name: `Delete Text “${waiting[1]}”` }).click();
  await expect(tray).toHaveCount(0);
  await ed.press('Control+z');
  await expect(tray.getByRole('button', { name: new RegExp(`^Text “${waiting[1]}”`) })).toBeVisible();

  // Drag it onto the left column: it swaps with the widget there, which waits in the tray.
  const leftBefore = await canvas.locator('[data-slot-id=left] h2').textContent();
  await ed.drag(tray.getByRole('button', { name: new RegExp(`^Text “${waiting[1]}”`) }), page.getByTestId('slot-left'));
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toContainText(waiting[1]!);
  await expect(tray.getByRole('button', { name: new RegExp(`^Text “${leftBefore}”`) })).toBeVisible();

  // A widget in the tray can be selected and edited in the inspector.
  await tray.getByRole('button', { name: new RegExp(`^Text “${leftBefore}”`) }).click();
  const heading = page.getByRole('region', { name: 'Inspector' }).getByLabel('Heading');
  await expect(heading).toHaveValue(leftBefore!);

  // The export preflight names it, with the slide, and says it is left out.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    `Slide 2 “Four points”: the text “${leftBefore}” has no slot in this layout and is left out of the PDF and the presentation.`,
  );
});
