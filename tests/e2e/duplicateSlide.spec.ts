// Duplicate slide through each entry a person uses: the toolbar button, Ctrl+D and the
// command palette (issue 11: all three did nothing while the status bar said "Ready").
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

test('duplicate slide from the toolbar, Ctrl+D and the palette; each copy shows; undo removes them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const ed = new EditorPage(page);
  await ed.createDeck('Duplicates');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-twoColumns').click();
  await page.getByTestId('slide-title').click();
  await page.keyboard.type('Partners');
  await ed.dragWidgetFromPalette('text', 'left');
  await page.getByLabel('Heading').click();
  await page.keyboard.type('Why it matters');
  const canvas = page.getByTestId('canvas');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toContainText('Why it matters');
  expect(await ed.slideTitles()).toEqual(['Duplicates', 'Partners']);

  // Toolbar.
  await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
  await expect(ed.slideRows()).toHaveCount(3);
  expect(await ed.slideTitles()).toEqual(['Duplicates', 'Partners', 'Partners']);
  await expect(ed.slideRows().nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toContainText('Why it matters');
  await expect(ed.slideRows().nth(2)).toContainText('Why it matters');

  // Ctrl+D, with the canvas focused.
  await canvas.click({ position: { x: 5, y: 5 } });
  await ed.press('Control+d');
  await expect(ed.slideRows()).toHaveCount(4);
  await expect(ed.slideRows().nth(3)).toHaveAttribute('aria-current', 'true');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toContainText('Why it matters');

  // The command palette, typed key by key.
  await ed.press('Control+Shift+P');
  await page.keyboard.type('Duplicate slide');
  await ed.press('Enter');
  await expect(ed.slideRows()).toHaveCount(5);
  await expect(ed.slideRows().nth(4)).toHaveAttribute('aria-current', 'true');
  expect(await ed.slideTitles()).toEqual(['Duplicates', 'Partners', 'Partners', 'Partners', 'Partners']);

  // The copies are independent: editing the last one leaves the first alone.
  await canvas.locator('[data-testid=slot-left]').click();
  await page.getByLabel('Heading').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' now');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toContainText('Why it matters now');
  await expect(ed.slideRows().nth(1)).not.toContainText('Why it matters now');

  // Undo: the edit, then each duplicate, one step each.
  await canvas.click({ position: { x: 5, y: 5 } });
  await ed.press('Control+z');
  await ed.press('Control+z');
  await expect(ed.slideRows()).toHaveCount(4);
  await ed.press('Control+z');
  await ed.press('Control+z');
  await expect(ed.slideRows()).toHaveCount(2);
  expect(await ed.slideTitles()).toEqual(['Duplicates', 'Partners']);
  expect(errors).toEqual([]);
});
