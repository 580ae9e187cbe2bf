// The editor shell, end to end in Chromium against the browser host: what a user does
// on day one, and that nothing is lost across a reload or a bad file.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

test('build a deck: three slides, rename, reorder, undo/redo, reload, all still there', async ({ page, host }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Alliance briefing');
  await ed.addSlide('twoColumns', 'Partners');
  await ed.addSlide('grid2x2', 'Key figures');
  await ed.addSlide('quoteFocus', 'Voices');
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Partners', 'Key figures', 'Voices']);

  // Rename the deck from the toolbar.
  await ed.typeInto(page.getByTestId('deck-title-input'), 'Supply chain alliance');

  // Reorder by keyboard: move "Voices" up one.
  await ed.selectSlide(4);
  await ed.press('Alt+ArrowUp');
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Partners', 'Voices', 'Key figures']);

  // Reorder by drag: drag "Key figures" onto "Partners".
  await ed.drag(ed.slideRows().nth(3), ed.slideRows().nth(1));
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Key figures', 'Partners', 'Voices']);

  // Undo both moves, then redo one. Selection changes do not clear redo.
  await page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await ed.press('Control+z');
  await ed.press('Control+z');
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Partners', 'Key figures', 'Voices']);
  await ed.selectSlide(2);
  await ed.press('Control+Shift+z');
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Partners', 'Voices', 'Key figures']);

  await ed.waitSaved();
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(await ed.slideTitles()).toEqual(['Alliance briefing', 'Partners', 'Voices', 'Key figures']);
  await expect(page.getByTestId('deck-title-input')).toHaveValue('Supply chain alliance');

  // The file on disk is the deck, under its new name.
  const files = fs.readdirSync(host.libraryDir).filter((f) => f.endsWith('.briefdeck'));
  expect(files).toHaveLength(1);
  const onDisk = JSON.parse(fs.readFileSync(path.join(host.libraryDir, files[0]!), 'utf8'));
  expect(onDisk.meta.title).toBe('Supply chain alliance');
  expect(onDisk.slideOrder).toHaveLength(4);
});

test('a corrupt deck shows a readable error and the file is left unchanged', async ({ page, host }) => {
  const file = path.join(host.libraryDir, 'Broken.briefdeck');
  const bytes = '{"format":"briefdeck","schemaVersion":1,"id":"deck_x","meta":{"title":"Bro';
  fs.writeFileSync(file, bytes);
  await page.reload();
  const card = page.getByTestId('deck-card').filter({ hasText: 'Broken.briefdeck' });
  await expect(card).toContainText('incomplete');
  await page.goto(`${host.url.split('?')[0]}#/edit?deck=${encodeURIComponent('library:Broken.briefdeck')}`);
  await expect(page.getByTestId('open-error')).toContainText('“Broken.briefdeck” is incomplete');
  expect(fs.readFileSync(file, 'utf8')).toBe(bytes);
  // An empty file is called empty, and bytes that are not a deck's start are not called cut off.
  fs.writeFileSync(path.join(host.libraryDir, 'Empty.briefdeck'), '');
  fs.writeFileSync(path.join(host.libraryDir, 'Binary.briefdeck'), Buffer.from([0, 1, 0x7b, 0x7b, 0x7b]));
  await page.goto(host.url);
  await expect(page.getByTestId('deck-card').filter({ hasText: 'Empty.briefdeck' })).toContainText('“Empty.briefdeck” is empty: the file has nothing in it');
  await expect(page.getByTestId('deck-card').filter({ hasText: 'Binary.briefdeck' })).toContainText('“Binary.briefdeck” is not a Briefdeck file: it is not readable JSON');
});

test('widgets: drop from the palette, move between slots, swap, undo, delete by key', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Widgets');
  await ed.addSlide('twoColumns', 'Compare');
  await ed.dragWidgetFromPalette('text', 'left');
  await ed.dragWidgetFromPalette('keyFigure', 'right');
  const canvas = page.getByTestId('canvas');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toBeVisible();
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=keyFigure]')).toBeVisible();

  // Swap by dragging the left widget's handle onto the right slot.
  await page.getByTestId('slot-left').hover();
  await ed.drag(page.getByRole('button', { name: 'Move Text widget' }), page.getByTestId('slot-right'));
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=keyFigure]')).toBeVisible();
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=text]')).toBeVisible();

  // One drop = one undo step.
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toBeVisible();

  // Delete with the Delete key; undo brings it back.
  await page.getByTestId('slot-right').click();
  await ed.press('Delete');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind]')).toHaveCount(0);
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=keyFigure]')).toBeVisible();

  // Keyboard: focus the palette item and press Enter to fill the selected slot.
  await page.getByTestId('slot-left').click();
  await page.getByTestId('palette-quote').focus();
  await ed.press('Enter');
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=quote]')).toBeVisible();
});
