// The image widget as a person uses it (issue #12): a picture pasted from the system clipboard
// (Ctrl+V with a PNG on it), replaced through the inspector's file picker, its fit, focal point,
// caption and alt text changed key by key, each step undone and redone; axe on the inspector;
// and the same slide seen in the editor, presenting, the exported PDF and the PowerPoint file
// rendered by LibreOffice.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { normalizeText, renderPngs } from '../unit/export/pdfRead';
import { libreOfficeToPdf, pdfText } from '../unit/pptx/libreoffice';
import { readPptx } from '../unit/pptx/ooxml';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { deckOnDisk, dropFile, makePicture } from './support/pictures';

const CAPTION = 'Signing of the minerals agreement, Tokyo, 2024';
const ALT = 'Two ministers sign the agreement at a long table, flags behind them';

/** Another app copies a picture: a PNG on the system clipboard. */
async function copyPngFromAnotherApp(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const c = new OffscreenCanvas(640, 480);
    const g = c.getContext('2d')!;
    g.fillStyle = '#2a9d8f';
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = '#e76f51';
    g.fillRect(160, 120, 320, 240);
    const blob = await c.convertToBlob({ type: 'image/png' });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  });
}

/** How the picture fills its box: 'contain' shows all of it; 'cover' fills the box with the
 * whole picture drawn (so a JPEG passes into the PDF unchanged) and clipped, the focal point
 * saying where the cut falls: x and y are the picture's offset as a share of what is cut off
 * that way (null where nothing is). */
function pictureFit(picture: Locator) {
  return picture.evaluate((img: HTMLImageElement) => {
    if (getComputedStyle(img).objectFit === 'contain') return { fit: 'contain' };
    const box = img.parentElement!;
    const [cw, ch, w, h] = [box.clientWidth, box.clientHeight, img.offsetWidth, img.offsetHeight];
    const share = (offset: number, cut: number) => (cut > 1 ? Math.round((offset / cut) * 100) / 100 : null);
    return { fit: w >= cw - 1 && h >= ch - 1 ? 'cover' : 'gaps', x: share(-img.offsetLeft, w - cw), y: share(-img.offsetTop, h - ch) };
  });
}

test('paste a picture, replace it with the file picker, fit, focal point, caption and alt text typed; undo and redo each', async ({ page, context, host }, testInfo) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ed = new EditorPage(page);
  await ed.createDeck('Signing');
  await ed.addSlide('twoColumns', 'The agreement');
  const picture = ed.widgetIn('left').locator('img');

  // Ctrl+V with an image from another app: an image widget in the chosen slot.
  await copyPngFromAnotherApp(page);
  await page.getByTestId('slot-left').click();
  await ed.press('Control+v');
  await expect(ed.status()).toContainText('Pasted image into “Left column”');
  await expect(picture).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  const pasted = Object.values(deckOnDisk(host.libraryDir).assets);
  expect(pasted.map((a) => [a.mime, a.name])).toEqual([['image/png', 'Pasted picture']]);
  const pastedSrc = await picture.getAttribute('src');

  // The inspector's file picker (the real input) replaces it.
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  const inspector = ed.inspector();
  await expect(inspector.getByText('Picture: Pasted picture')).toBeVisible();
  await inspector.locator('input[type=file]').setInputFiles({ name: 'signing.jpg', mimeType: 'image/jpeg', buffer: await makePicture(page, 'image/jpeg', 1200, 800, 3) });
  await expect(inspector.getByText('Picture: signing.jpg')).toBeVisible();
  await expect(picture).not.toHaveAttribute('src', pastedSrc!);

  // Fit by keyboard: the select takes the arrow keys.
  await inspector.getByLabel('Fit').focus();
  await ed.press('ArrowDown');
  await expect(inspector.getByLabel('Fit')).toHaveValue('cover');
  // 1200 x 800 is wider than the slot: the sides are cut, evenly at first.
  await expect.poll(() => pictureFit(picture)).toEqual({ fit: 'cover', x: 0.5, y: null });
  // Focal point and caption typed key by key.
  await ed.typeInto(inspector.getByLabel('Focal point across (%)'), '20');
  await expect.poll(() => pictureFit(picture)).toEqual({ fit: 'cover', x: 0.2, y: null });
  await ed.typeInto(inspector.getByLabel('Focal point down (%)'), '35');
  await ed.typeInto(inspector.getByLabel('Caption'), CAPTION);
  await expect(ed.widgetIn('left').locator('.w-image-caption')).toHaveText(CAPTION);
  await ed.typeInto(inspector.getByLabel('Alt text (required before export)'), ALT);
  await expect(ed.widgetIn('left')).toHaveAttribute('aria-label', ALT);
  await expectAccessible(page, 'the image inspector');
  await page.screenshot({ path: testInfo.outputPath('image-inspector.png') });

  // Undo each step from the canvas, newest first, and redo them all.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Edit alt text');
  await expect(ed.widgetIn('left')).not.toHaveAttribute('aria-label', ALT);
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Edit caption');
  await expect(ed.widgetIn('left').locator('.w-image-caption')).toHaveCount(0);
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Move focal point');
  await expect.poll(() => pictureFit(picture)).toEqual({ fit: 'cover', x: 0.5, y: null });
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Change fit');
  await expect.poll(() => pictureFit(picture)).toEqual({ fit: 'contain' });
  await ed.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Choose picture');
  await expect(picture).toHaveAttribute('src', pastedSrc!);
  for (let i = 0; i < 5; i++) await ed.press('Control+Shift+z');
  await expect(ed.status()).toContainText('Redone: Edit alt text');
  await expect(picture).not.toHaveAttribute('src', pastedSrc!);
  await expect.poll(() => pictureFit(picture)).toEqual({ fit: 'cover', x: 0.2, y: null });
  await expect(ed.widgetIn('left')).toHaveAttribute('aria-label', ALT);

  await ed.waitSaved();
  const image = Object.values(deckOnDisk(host.libraryDir).widgets).find((w) => w.kind === 'image')!;
  expect(image.props).toMatchObject({ fit: 'cover', focus: { x: 0.2, y: 0.35 }, caption: CAPTION });
  expect(image.alt).toBe(ALT);
});

test('an image slide in the editor, presenting, the PDF and the PowerPoint file', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Fab visit');
  await ed.addSlide('twoColumns', 'The new fab');
  await dropFile(page, '[data-testid=slot-left]', 'fab.jpg', 'image/jpeg', await makePicture(page, 'image/jpeg', 1600, 1000, 4));
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  await ed.typeInto(ed.inspector().getByLabel('Caption'), 'Clean room, Kumamoto, 2024');
  await ed.typeInto(ed.inspector().getByLabel(/^Alt text/), 'A clean room with rows of wafer machines');
  await ed.dragWidgetFromPalette('text', 'right');
  await ed.canvas().locator('.slot[data-slot-id=right]').click();
  await ed.typeInto(ed.inspector().getByLabel('Heading'), 'Why it matters');
  await ed.waitSaved();
  await ed.focusCanvas();
  await page.screenshot({ path: testInfo.outputPath('editor.png') });

  // Presenting: the room sees the picture drawn with its caption.
  await page.getByRole('button', { name: 'Present from slide 2' }).click();
  const shown = page.locator('.presenter-current [data-widget-kind=image] img');
  await expect(shown).toHaveJSProperty('complete', true);
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
  await expect(page.locator('.presenter-current .w-image-caption')).toHaveText('Clean room, Kumamoto, 2024');
  await page.screenshot({ path: testInfo.outputPath('presenting.png') });
  await page.keyboard.press('Escape');
  await expect(ed.canvas()).toBeVisible();

  // The PDF.
  await ed.press('Control+e');
  const pdfDialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(pdfDialog.getByTestId('export-preflight-status')).toHaveText(/Checked 2 slides/, { timeout: 30_000 });
  let downloading = page.waitForEvent('download');
  await pdfDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('fab.pdf');
  await (await downloading).saveAs(pdf);
  expect(normalizeText(execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' }))).toContain('Clean room, Kumamoto, 2024');
  renderPngs(pdf, testInfo.outputPath('pdf'), 'fab');
  await page.keyboard.press('Escape');
  await expect(pdfDialog).toBeHidden();

  // The PowerPoint file, from the palette, rendered by LibreOffice.
  await ed.runFromPalette('Export to PowerPoint');
  const pptxDialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  downloading = page.waitForEvent('download');
  await pptxDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pptx = testInfo.outputPath('fab.pptx');
  await (await downloading).saveAs(pptx);
  const read = readPptx(await readFile(pptx));
  const [photo] = read.slides[1]!.pictures;
  expect(photo?.descr).toBe('A clean room with rows of wafer machines');
  // The stored JPEG as it is (no re-encode).
  const stored = Object.values(deckOnDisk(host.libraryDir).assets)[0]!;
  expect(Buffer.from(photo!.png!).equals(Buffer.from(stored.data, 'base64'))).toBe(true);
  expect(read.slides[1]!.texts.join('\n')).toContain('Clean room, Kumamoto, 2024');
  const lo = await libreOfficeToPdf(pptx, testInfo.outputPath('lo'));
  expect(await pdfText(lo, 2)).toContain('Clean room, Kumamoto, 2024');
  expect(execFileSync('pdfimages', ['-f', '2', '-l', '2', '-list', lo], { encoding: 'utf8' }).trim().split('\n').length - 2).toBeGreaterThanOrEqual(1);
  renderPngs(lo, path.join(testInfo.outputPath('lo'), 'pages'), 'fab-pptx');
});
