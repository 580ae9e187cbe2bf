// Pictures in the exported PDF (issue #12): a JPEG stored in the deck reaches the PDF byte for
// byte (a DCT image at its stored size, not re-encoded, also when it fills its slot cropped), a PNG stays lossless (a Flate image
// whose pixels equal the stored file's), and an SVG stays vector (no image at all, its shapes
// drawn as paths). Exported through the export dialog in a real Chromium; read back with
// poppler's pdfimages and qpdf.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Page } from '@playwright/test';
import { qpdfCheck, renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { deckOnDisk, dropFile, makePicture } from './support/pictures';

/** A drawing with a colour nothing else on the slide uses, to find its paths in the page. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">
<rect x="10" y="10" width="380" height="280" fill="#123456"/><circle cx="200" cy="150" r="90" fill="#fedcba"/>
<path d="M40 260 L200 40 L360 260 Z" fill="none" stroke="#123456" stroke-width="6"/></svg>`;

interface ListedImage {
  page: number;
  /** Its number in the listing, as pdfimages names the files it writes (raw-001.png). */
  num: number;
  width: number;
  height: number;
  enc: string;
  type: string;
  object: number;
}

/** `pdfimages -list`, one row per image XObject drawn. */
function listImages(file: string): ListedImage[] {
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return rows.map((r) => {
    const c = r.trim().split(/\s+/);
    return { page: Number(c[0]), num: Number(c[1]), type: c[2]!, width: Number(c[3]), height: Number(c[4]), enc: c[8]!, object: Number(c[10]) };
  });
}

/** Decodes two pictures in the page and says whether every pixel is the same. */
async function samePixels(page: Page, a: Buffer, b: Buffer): Promise<{ same: boolean; width: number; height: number }> {
  return page.evaluate(
    async ({ a: ab, b: bb }) => {
      const decode = async (b64: string) => {
        const bin = atob(b64);
        const bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        const bmp = await createImageBitmap(new Blob([bytes]), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const g = c.getContext('2d')!;
        g.drawImage(bmp, 0, 0);
        return { w: bmp.width, h: bmp.height, data: g.getImageData(0, 0, bmp.width, bmp.height).data };
      };
      const [x, y] = await Promise.all([decode(ab), decode(bb)]);
      let same = x.w === y.w && x.h === y.h;
      for (let i = 0; same && i < x.data.length; i++) if (x.data[i] !== y.data[i]) same = false;
      return { same, width: x.w, height: x.h };
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  );
}

/** Exports through the export dialog (Ctrl+E) into `file`. */
async function exportPdf(page: Page, file: string): Promise<string> {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight-status')).toHaveText(/Checked 2 slides/, { timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await (await downloading).saveAs(file);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return file;
}

/** The one JPEG on page 2 as its DCT stream is in the file (pdfimages -j). */
function extractedJpeg(file: string, dir: string): Buffer {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('pdfimages', ['-f', '2', '-l', '2', '-j', file, path.join(dir, 'raw')]);
  const jpgs = fs.readdirSync(dir).filter((f) => f.endsWith('.jpg'));
  expect(jpgs).toHaveLength(1);
  return fs.readFileSync(path.join(dir, jpgs[0]!));
}

test('in the PDF a JPEG is the stored file byte for byte, a PNG is lossless and an SVG is vector', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Picture formats');
  await ed.addSlide('threeColumns', 'Three pictures');
  // Each smaller than its column needs at 2x, so each is stored as it is.
  const jpeg = await makePicture(page, 'image/jpeg', 900, 1200, 1);
  const png = await makePicture(page, 'image/png', 600, 800, 2);
  await dropFile(page, '[data-testid=slot-left]', 'photo.jpg', 'image/jpeg', jpeg);
  await dropFile(page, '[data-testid=slot-middle]', 'chart.png', 'image/png', png);
  await dropFile(page, '[data-testid=slot-right]', 'drawing.svg', 'image/svg+xml', Buffer.from(SVG));
  for (const slot of ['left', 'middle', 'right']) await expect(ed.widgetIn(slot).locator('img')).toHaveJSProperty('complete', true);
  await ed.waitSaved();
  const assets = Object.values(deckOnDisk(host.libraryDir).assets);
  const storedJpeg = Buffer.from(assets.find((a) => a.mime === 'image/jpeg')!.data, 'base64');
  const storedPng = Buffer.from(assets.find((a) => a.mime === 'image/png')!.data, 'base64');
  expect(storedJpeg.equals(jpeg), 'the JPEG is stored byte for byte').toBe(true);
  expect(storedPng.equals(png), 'the PNG is stored byte for byte').toBe(true);

  const file = await exportPdf(page, testInfo.outputPath('pictures.pdf'));
  qpdfCheck(file);
  renderPngs(file, testInfo.outputPath('pages'), 'pictures');

  const images = listImages(file).filter((i) => i.page === 2 && i.type === 'image');
  // Two pictures on the page: the JPEG and the PNG. The SVG is not one of them.
  expect(images.map((i) => `${i.enc} ${i.width}x${i.height}`).sort()).toEqual(['image 600x800', 'jpeg 900x1200']);

  // The JPEG: pdfimages -j writes a DCT stream out as it is in the file.
  const dir = testInfo.outputPath('extracted');
  const inPdf = extractedJpeg(file, dir);
  expect(imageSize(inPdf)).toMatchObject({ width: 900, height: 1200 });
  expect(inPdf.length).toBe(storedJpeg.length);
  expect(inPdf.equals(storedJpeg), 'the PDF holds the stored JPEG byte for byte').toBe(true);

  // Filling the slot crops the photo on the page, not in the file: the whole JPEG is drawn and clipped.
  await ed.canvas().locator('.slot[data-slot-id=left]').click();
  await ed.inspector().getByLabel('Fit').focus();
  await ed.press('ArrowDown');
  await expect(ed.inspector().getByLabel('Fit')).toHaveValue('cover');
  await ed.waitSaved();
  const cropped = await exportPdf(page, testInfo.outputPath('cropped.pdf'));
  renderPngs(cropped, testInfo.outputPath('cropped-pages'), 'cropped');
  expect(listImages(cropped).filter((i) => i.page === 2 && i.enc === 'jpeg').map((i) => `${i.width}x${i.height}`)).toEqual(['900x1200']);
  expect(extractedJpeg(cropped, testInfo.outputPath('extracted-cover')).equals(storedJpeg), 'a cropped JPEG is still the stored file').toBe(true);

  // The PNG: a Flate image whose pixels are the stored picture's.
  execFileSync('pdfimages', ['-f', '2', '-l', '2', '-png', file, path.join(dir, 'lossless')]);
  const flate = images.find((i) => i.enc === 'image')!;
  const pngOut = fs.readFileSync(path.join(dir, `lossless-${String(flate.num).padStart(3, '0')}.png`));
  expect(await samePixels(page, pngOut, storedPng)).toEqual({ same: true, width: 600, height: 800 });

  // The SVG: its colours are fill operators in the page's content, so its shapes are paths.
  const qdf = testInfo.outputPath('pictures-qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
  const content = fs.readFileSync(qdf, 'latin1');
  const colour = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const n = (v: number) => `0?\\.${v.toFixed(3).slice(2, 4)}\\d*`;
    return new RegExp(`${n(r!)} ${n(g!)} ${n(b!)} (?:rg|RG|sc|SC|scn|SCN)`);
  };
  expect(content).toMatch(colour('#123456'));
  expect(content).toMatch(colour('#fedcba'));
});
