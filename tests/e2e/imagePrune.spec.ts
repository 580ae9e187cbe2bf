// A replaced or deleted picture leaves the deck file at the next save (issue #12), but not the
// open deck: undo brings it back for the rest of the session, and the save after that writes it
// again. (shared/deck/unusedAssets.ts says why it is done so.)
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { deckOnDisk, dropFile, makePicture } from './support/pictures';

test('replace a picture, save: the file no longer holds the old bytes; undo shows it again and saves it back; delete drops it', async ({ page, host }) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Replaced');
  await ed.addSlide('twoColumns', 'The fab');
  const first = await makePicture(page, 'image/jpeg', 800, 600, 6);
  const second = await makePicture(page, 'image/jpeg', 800, 600, 7);
  const stored = () => Object.values(deckOnDisk(host.libraryDir).assets).map((a) => Buffer.from(a.data, 'base64'));
  const picture = ed.widgetIn('left').locator('img');

  await dropFile(page, '[data-testid=slot-left]', 'first.jpg', 'image/jpeg', first);
  await expect(picture).toHaveJSProperty('complete', true);
  const firstSrc = (await picture.getAttribute('src'))!;
  await ed.waitSaved();
  expect(stored().map((b) => b.equals(first))).toEqual([true]);

  // Replaced through the inspector's file picker and saved: only the new picture is in the file.
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  await ed.inspector().locator('input[type=file]').setInputFiles({ name: 'second.jpg', mimeType: 'image/jpeg', buffer: second });
  await expect(picture).not.toHaveAttribute('src', firstSrc);
  await ed.waitSaved();
  expect(stored().map((b) => b.equals(second))).toEqual([true]);
  // Nor any run of its bytes (from the middle: both files begin with the same JPEG header).
  const b64 = first.toString('base64');
  const middle = b64.slice(Math.floor(b64.length / 8) * 4, Math.floor(b64.length / 8) * 4 + 400);
  expect(JSON.stringify(deckOnDisk(host.libraryDir)).includes(middle), 'the old picture’s bytes are in the file').toBe(false);

  // Undo in the same session: the first picture shows again and the next save writes it back.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Choose picture');
  await expect(picture).toHaveAttribute('src', firstSrc);
  await expect(picture).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  expect(stored().map((b) => b.equals(first))).toEqual([true]);
  await ed.press('Control+Shift+z');
  await expect(picture).not.toHaveAttribute('src', firstSrc);
  await ed.waitSaved();
  expect(stored().map((b) => b.equals(second))).toEqual([true]);

  // Deleting the widget leaves no picture in the file; undo brings widget and picture back.
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  await ed.press('Delete');
  await expect(ed.widgetIn('left')).toHaveCount(0);
  await ed.waitSaved();
  expect(stored()).toEqual([]);
  await ed.press('Control+z');
  await expect(picture).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  expect(stored().map((b) => b.equals(second))).toEqual([true]);
});
