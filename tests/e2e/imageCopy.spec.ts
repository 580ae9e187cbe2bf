// Copying an image widget into another deck (issue #12): the clipboard payload carries the
// pictures the copied widgets show, as it carries their datasets, and pasting stores them in the
// other deck (once: an asset's id is its content's hash). The pasted picture shows and exports.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { openFromLibrary } from './support/library';
import { dropFile, makePicture, type DiskDeck } from './support/pictures';

function deckTitled(libraryDir: string, title: string): DiskDeck {
  for (const f of fs.readdirSync(libraryDir).filter((n) => n.endsWith('.briefdeck'))) {
    const deck = JSON.parse(fs.readFileSync(path.join(libraryDir, f), 'utf8')) as DiskDeck & { meta: { title: string } };
    if (deck.meta.title === title) return deck;
  }
  throw new Error(`no deck titled ${title} in the library`);
}

test('copy an image widget and its slide in deck A, paste into deck B: the picture shows, is stored once and exports', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Deck B');
  await ed.addSlide('twoColumns', 'Pictures from A');
  await ed.waitSaved();
  await page.goto(host.url);
  await ed.createDeck('Deck A');
  await ed.addSlide('twoColumns', 'The fab');
  const jpeg = await makePicture(page, 'image/jpeg', 1200, 900, 5);
  await dropFile(page, '[data-testid=slot-left]', 'fab.jpg', 'image/jpeg', jpeg);
  await expect(ed.widgetIn('left').locator('img')).toHaveJSProperty('complete', true);

  // The widget, A -> B.
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  await ed.press('Control+c');
  await expect(ed.status()).toContainText('Widget copied');
  await openFromLibrary(page, host, ed, 'Deck B');
  await ed.selectSlide(2);
  await page.getByTestId('slot-right').click();
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('Pasted widget');
  const pasted = ed.widgetIn('right').locator('img');
  await expect(pasted).toHaveJSProperty('complete', true);
  expect(await pasted.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([1200, 900]);
  // One undo step takes widget and picture away; redo brings both.
  await ed.press('Control+z');
  await expect(ed.widgetIn('right')).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(pasted).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  let b = deckTitled(host.libraryDir, 'Deck B');
  expect(Object.values(b.assets).map((a) => Buffer.from(a.data, 'base64').equals(jpeg))).toEqual([true]);

  // The whole slide, A -> B: the same picture again is stored once.
  await openFromLibrary(page, host, ed, 'Deck A');
  await ed.selectSlide(2);
  await ed.press('Control+c');
  await expect(ed.status()).toContainText('Slide copied');
  await openFromLibrary(page, host, ed, 'Deck B');
  await ed.selectSlide(2);
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('Pasted slide');
  await expect(ed.widgetIn('left').locator('img')).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  b = deckTitled(host.libraryDir, 'Deck B');
  expect(Object.values(b.widgets).filter((w) => w.kind === 'image')).toHaveLength(2);
  expect(Object.keys(b.assets)).toHaveLength(1);

  // B's PDF has the picture: the stored JPEG on pages 2 and 3.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight-status')).toHaveText(/Checked 3 slides/, { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('deck-b.pdf');
  await (await downloading).saveAs(file);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2).map((r) => r.trim().split(/\s+/));
  expect(images.map((c) => `${c[0]} ${c[3]}x${c[4]} ${c[8]}`)).toEqual(['2 1200x900 jpeg', '3 1200x900 jpeg']);
});
