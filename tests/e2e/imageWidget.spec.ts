// The image widget (issue #12): a photo dropped from the desktop onto a slot (a real JPEG file
// in a DataTransfer drop), stored once inside the deck and downscaled to what the slot needs
// at 2x, undone in one step; and bad files refused with their message, the deck unchanged.
// (Pasting, the inspector's file picker and its fields: imageEditing.spec.ts.)
import { imageSize } from 'image-size';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { deckOnDisk, dropFile, makeJpeg } from './support/pictures';

test('drop a photo on a slot: stored once, downscaled for the slot, undone in one step; bad files refused', async ({ page, host }) => {
  const ed = new EditorPage(page);
  const canvas = page.getByTestId('canvas');
  const status = page.locator('.status-bar');
  await ed.createDeck('Pictures');
  await ed.addSlide('twoColumns', 'Photos');
  const jpeg = await makeJpeg(page);
  expect(imageSize(jpeg)).toMatchObject({ width: 4000, height: 3000, type: 'jpg' });

  await dropFile(page, '[data-testid=slot-left]', 'fab.jpg', 'image/jpeg', jpeg);
  const picture = canvas.locator('[data-slot-id=left] [data-widget-kind=image] img');
  await expect(picture).toBeVisible();
  await expect(picture).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  let disk = deckOnDisk(host.libraryDir);
  const [asset] = Object.values(disk.assets);
  expect(asset?.mime).toBe('image/jpeg');
  // The left column is 835 x 778 slide px: at 2x a 4000 x 3000 photo needs ~2073 x 1555.
  const stored = imageSize(Buffer.from(asset!.data, 'base64'));
  expect(stored.width).toBeLessThan(2200);
  expect(stored.width).toBeGreaterThan(1600);

  // The same picture again, on the right: stored once.
  await dropFile(page, '[data-testid=slot-right]', 'fab copy.jpg', 'image/jpeg', jpeg);
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=image] img')).toBeVisible();
  await ed.waitSaved();
  disk = deckOnDisk(host.libraryDir);
  expect(Object.values(disk.widgets).filter((w) => w.kind === 'image')).toHaveLength(2);
  expect(Object.keys(disk.assets)).toHaveLength(1);

  // Undo takes the second drop back in one step.
  await ed.press('Control+z');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=image]')).toHaveCount(0);
  await expect(picture).toBeVisible();

  // Bad files: each refused with its message; the deck keeps one picture.
  await ed.waitSaved();
  const before = JSON.stringify(deckOnDisk(host.libraryDir));
  await dropFile(page, '[data-testid=slot-right]', 'notes.png', 'image/png', Buffer.from('These are my notes, not a picture.'));
  await expect(status).toContainText('“notes.png” is not a picture Briefdeck can use');
  await dropFile(page, '[data-testid=slot-right]', 'cut.jpg', 'image/jpeg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await expect(status).toContainText('“cut.jpg” is cut short');
  await dropFile(page, '[data-testid=slot-right]', 'hostile.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
  await expect(status).toContainText('“hostile.svg” contains a script');
  await dropFile(page, '[data-testid=slot-right]', 'remote.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/x.png"/></svg>'));
  await expect(status).toContainText('“remote.svg” refers to something outside the picture');
  // A 20000 x 20000 PNG header (the size is read before anything is decoded).
  const huge = Buffer.from('89504e470d0a1a0a0000000d4948445200004e2000004e200806000000', 'hex');
  await dropFile(page, '[data-testid=slot-right]', 'huge.png', 'image/png', huge);
  await expect(status).toContainText('“huge.png” is 20,000 × 20,000 px');
  await dropFile(page, '[data-testid=slot-right]', 'big.jpg', 'image/jpeg', { bytes: 60 * 1024 * 1024, fill: 0xff });
  await expect(status).toContainText('“big.jpg” is 60 MB');
  await expect(canvas.locator('[data-slot-id=right] [data-widget-kind=image]')).toHaveCount(0);
  await ed.waitSaved();
  expect(JSON.stringify(deckOnDisk(host.libraryDir))).toBe(before);
});
