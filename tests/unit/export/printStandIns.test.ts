// Photos printed through stand-ins (issue #12 performance): the print route gets a grey JPEG of
// the photo's size and colour profile tagged with its id, Chromium prints it, and the finishing
// puts the stored photo back byte for byte. Real JPEGs from Chromium's encoder, a real Chromium
// printing the stand-in, the PDF read back with pdf-lib; and every way the swap must refuse.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../electron/services/export/chromium';
import { finalizePdf } from '../../../electron/services/export/postProcess';
import * as ops from '../../../shared/deck/operations';
import type { Asset, Deck } from '../../../shared/deck/schema';
import { printStandIn, standInAssetId, standInsShown, withPrintStandIns } from '../../../shared/export/printStandIns';
import type { WidgetOf } from '../../../shared/widgets';
import { assetIdFor, base64ToBytes } from '../../../shared/widgets/image/assets';
import { jpegHeader } from '../../../shared/widgets/image/jpegHeader';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A noisy JPEG of w x h from Chromium's canvas encoder (which writes an sRGB ICC segment). */
async function chromiumJpeg(w: number, h: number): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ w, h }) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d')!;
      const img = g.createImageData(w, h);
      for (let i = 0; i < img.data.length; i++) img.data[i] = (i * 7919) % 251;
      g.putImageData(img, 0, 0);
      const bytes = new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer());
      let s = '';
      for (const x of bytes) s += String.fromCharCode(x);
      return btoa(s);
    },
    { w, h },
  );
  return Buffer.from(b64, 'base64');
}

function asset(bytes: Buffer, mime: Asset['mime'] = 'image/jpeg'): Asset {
  const id = assetIdFor(createHash('sha256').update(bytes).digest('hex'));
  return { id, name: 'photo.jpg', mime, data: bytes.toString('base64'), source: null };
}

/** A deck with one image slide per picture. */
function deckShowing(assets: Asset[]): Deck {
  const deck = ops.createDeck('Photos');
  for (const a of assets) {
    const slide = ops.addSlide(deck, 'twoColumns', deck.slideOrder.length, a.name);
    const w = deck.widgets[ops.insertWidget(deck, slide, 'left', 'image')!] as WidgetOf<'image'>;
    w.props.assetId = a.id;
    deck.assets[a.id] = a;
  }
  return deck;
}

const INFO = { title: 'Photos', author: '', subject: '', keywords: [], creator: 'Briefdeck test', language: 'en-US' };

function dctStreams(doc: PDFDocument): Uint8Array[] {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter((o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode'))
    .map((o) => o.contents);
}

describe('print stand-ins', () => {
  it('are valid JPEGs of the photo’s size and profile, a few KB, tagged with its id', async () => {
    const photo = await chromiumJpeg(1037, 778);
    const header = jpegHeader(photo)!;
    expect(header).toMatchObject({ width: 1037, height: 778, components: 3, huffman: true, viewerSegments: false });
    expect(header.iccSegments.length, 'Chromium writes an sRGB profile').toBeGreaterThan(0);
    const standIn = printStandIn('img_x1', header);
    expect(jpegHeader(standIn)).toMatchObject({ width: 1037, height: 778, components: 3 });
    expect(Buffer.from(standIn).includes(Buffer.from(header.iccSegments[0]!)), 'the profile is copied').toBe(true);
    expect(standIn.length).toBeLessThan(12_000);
    expect(standInAssetId(standIn)).toBe('img_x1');
    expect(standInAssetId(photo)).toBeNull();
    // Chromium decodes it to the picture's size: layout, fit and crop are the photo's.
    const decoded = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/jpeg;base64,${b64}`;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, Buffer.from(standIn).toString('base64'));
    expect(decoded).toBe('1037x778');
    expect(jpegHeader(printStandIn('img_g', { width: 9, height: 5, components: 1, iccSegments: [] }))).toMatchObject({ width: 9, height: 5, components: 1 });
  });

  it('replace only JPEGs a PDF reader shows as the browser does; the author’s deck is untouched', async () => {
    const photo = asset(await chromiumJpeg(64, 48));
    // EXIF (may turn the picture) after the JFIF segment; a PNG.
    const raw = Buffer.from(photo.data, 'base64');
    const exif = Buffer.concat([raw.subarray(0, 20), Buffer.from([0xff, 0xe1, 0, 8, 0x45, 0x78, 0x69, 0x66, 0, 0]), raw.subarray(20)]);
    const exifPhoto = { ...asset(exif), name: 'exif.jpg' };
    const png = asset(Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), 'image/png');
    // A 12-bit extended JPEG: its frame header's precision byte says 12.
    const twelve = Buffer.from(raw);
    twelve[twelve.indexOf(Buffer.from([0xff, 0xc0])) + 4] = 12;
    const twelveBit = { ...asset(twelve), name: '12bit.jpg' };
    const deck = deckShowing([photo, exifPhoto, png, twelveBit]);
    const unused = asset(await chromiumJpeg(8, 8));
    deck.assets[unused.id] = unused;
    const before = JSON.stringify(deck);
    const printed = withPrintStandIns(deck);
    expect(JSON.stringify(deck)).toBe(before);
    expect(standInAssetId(base64ToBytes(printed.assets[photo.id]!.data))).toBe(photo.id);
    expect(printed.assets[exifPhoto.id]).toBe(deck.assets[exifPhoto.id]);
    expect(printed.assets[png.id]).toBe(deck.assets[png.id]);
    expect(printed.assets[twelveBit.id], 'a 12-bit JPEG prints as itself').toBe(deck.assets[twelveBit.id]);
    expect(printed.assets[unused.id], 'a picture no widget shows is not printed').toBe(deck.assets[unused.id]);
    expect(standInsShown(printed, printed.slideOrder)).toEqual([photo.id]);
    expect(standInsShown(printed, [printed.slideOrder[0]!]), 'the title slide shows none').toEqual([]);
    const none = deckShowing([png]);
    expect(withPrintStandIns(none)).toBe(none);
  });

  it('come out of Chromium’s PDF as the stored photo, byte for byte', async () => {
    const photo = asset(await chromiumJpeg(640, 480));
    const printed = withPrintStandIns(deckShowing([photo]));
    const standIn = printed.assets[photo.id]!.data;
    await page.setContent(`<div style="width:300px;height:300px;overflow:hidden"><img style="width:100%;height:100%;object-fit:contain" src="data:image/jpeg;base64,${standIn}"></div>`);
    await page.waitForFunction(() => document.querySelector('img')!.complete);
    const chromiumPdf = new Uint8Array(await page.pdf({ tagged: true }));
    const out = await PDFDocument.load(await finalizePdf(chromiumPdf, INFO, [], { expected: [photo.id], read: async () => ({ [photo.id]: photo }) }));
    const streams = dctStreams(out);
    expect(streams).toHaveLength(1);
    expect(Buffer.from(streams[0]!).equals(Buffer.from(photo.data, 'base64'))).toBe(true);
  }, 30_000);

  it('refuse to finish a PDF that would show a grey box', async () => {
    const photo = asset(await chromiumJpeg(40, 30));
    const other = asset(await chromiumJpeg(30, 40));
    const withStandIn = async () => {
      const doc = await PDFDocument.create();
      const img = await doc.embedJpg(printStandIn(photo.id, jpegHeader(Buffer.from(photo.data, 'base64'))!));
      doc.addPage([100, 100]).drawImage(img, { x: 0, y: 0, width: 40, height: 30 });
      return doc.save();
    };
    const plain = await (await PDFDocument.create()).save();
    const finish = (pdf: Uint8Array, pictures: Parameters<typeof finalizePdf>[3]) => finalizePdf(pdf, INFO, [], pictures);
    await expect(finish(plain, { expected: [photo.id], read: async () => ({}) })).rejects.toThrow(/Chromium did not keep one photo as JPEG/);
    await expect(finish(await withStandIn(), { expected: [photo.id] })).rejects.toThrow(/not given the deck’s pictures/);
    await expect(finish(await withStandIn(), { expected: [], read: async () => ({}) })).rejects.toThrow(/no longer has picture/);
    // The same id now holding a picture of another size (a file edited by hand meanwhile).
    await expect(finish(await withStandIn(), { expected: [], read: async () => ({ [photo.id]: { ...other, id: photo.id } }) })).rejects.toThrow(/changed while the deck was printed/);
    const ok = await PDFDocument.load(await finish(await withStandIn(), { expected: [photo.id], read: async () => ({ [photo.id]: photo }) }));
    expect(Buffer.from(dctStreams(ok)[0]!).equals(Buffer.from(photo.data, 'base64'))).toBe(true);
    // A PDF without stand-ins never reads the deck.
    let reads = 0;
    await finish(plain, { expected: [], read: async () => (reads++, {}) });
    expect(reads).toBe(0);
  });
});
