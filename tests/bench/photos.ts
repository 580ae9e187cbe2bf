// Photo bench (issue #12): a deck of 30 photo slides, each a phone photo of ~3 MB (4000 x 3000
// JPEG, made by Chromium's encoder from noisy pixels so it does not compress away) downscaled on
// insert as the image widget does (renderer/widgets/image/pictureFile.ts: to what the slot needs
// at 2x, JPEG at quality 0.88, in an OffscreenCanvas). Measures open -> editable and the PDF
// export against the same deck without the photos. Targets: < 1 s; < 1.5x.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { launchChromium } from '../../electron/services/export/chromium';
import { defaultExportOptions, exportDeckFile } from '../../electron/services/export/exportDeckFile';
import { serializeDeck } from '../../shared/deck/codec';
import { addSlide, createDeck, insertWidget } from '../../shared/deck/operations';
import { slotSize } from '../../shared/deck/placement';
import { DeckSchema, type Deck } from '../../shared/deck/schema';
import { assetIdFor } from '../../shared/widgets/image/assets';
import { openToEditable } from './editor';

const PHOTOS = 30;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Photo {
  originalBytes: number;
  stored: string;
  storedBytes: number;
  width: number;
  height: number;
  insertMs: number;
}

/** One ~3 MB phone photo, and the time to downscale it for a slot as the insert does. */
async function photo(browser: Browser, seed: number, slot: { width: number; height: number }): Promise<Photo> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ seed: s, slot: box }) => {
        const W = 4000;
        const H = 3000;
        const c = new OffscreenCanvas(W, H);
        const g = c.getContext('2d')!;
        const img = g.createImageData(W, H);
        let x = s * 2654435761;
        for (let i = 0; i < img.data.length; i += 4) {
          x = (x * 1103515245 + 12345) >>> 0;
          const p = i / 4;
          const base = ((p % W) / W) * 160 + ((p / W / H) * 80);
          img.data[i] = base + (x & 63);
          img.data[i + 1] = base * 0.8 + ((x >> 6) & 63);
          img.data[i + 2] = 200 - base * 0.5 + ((x >> 12) & 63);
          img.data[i + 3] = 255;
        }
        g.putImageData(img, 0, 0);
        const original = await c.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        const t0 = performance.now();
        const bitmap = await createImageBitmap(original);
        const scale = Math.min(1, Math.max((box.width * 2) / W, (box.height * 2) / H));
        const tw = Math.round(W * scale);
        const th = Math.round(H * scale);
        const small = new OffscreenCanvas(tw, th);
        const sg = small.getContext('2d')!;
        sg.imageSmoothingQuality = 'high';
        sg.drawImage(bitmap, 0, 0, tw, th);
        const stored = new Uint8Array(await (await small.convertToBlob({ type: 'image/jpeg', quality: 0.88 })).arrayBuffer());
        const insertMs = performance.now() - t0;
        let bin = '';
        for (let i = 0; i < stored.length; i += 0x8000) bin += String.fromCharCode(...stored.subarray(i, i + 0x8000));
        return { originalBytes: original.size, stored: btoa(bin), storedBytes: stored.length, width: tw, height: th, insertMs };
      },
      { seed, slot },
    );
  } finally {
    await page.close();
  }
}

function buildDecks(photos: readonly Photo[]): { withPhotos: Deck; without: Deck } {
  const make = (withPhotos: boolean) => {
    const deck = createDeck(withPhotos ? 'Photo bench' : 'Photo bench without photos', 'Bench');
    photos.forEach((p, i) => {
      const slideId = addSlide(deck, 'twoColumns', deck.slideOrder.length, `Site visit ${i + 1}`);
      insertWidget(deck, slideId, 'right', 'text');
      if (!withPhotos) return;
      const widgetId = insertWidget(deck, slideId, 'left', 'image')!;
      const w = deck.widgets[widgetId]!;
      if (w.kind !== 'image') throw new Error('not an image widget');
      const id = assetIdFor(createHash('sha256').update(Buffer.from(p.stored, 'base64')).digest('hex'));
      deck.assets[id] = { id, name: `site-${i + 1}.jpg`, mime: 'image/jpeg', data: p.stored, source: null };
      w.props.assetId = id;
      w.props.caption = `Site ${i + 1}, 2024`;
      w.alt = `Photo of site ${i + 1}`;
    });
    return DeckSchema.parse(deck);
  };
  return { withPhotos: make(true), without: make(false) };
}

function row(name: string, value: string, target: string): string {
  return `${name.padEnd(44)} ${value.padStart(12)}   ${target}`;
}

export async function benchPhotos(): Promise<string> {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdeck-photo-bench-'));
  const browser = await launchChromium();
  const host = await startBrowserHost({ port: 0, libraryDir, open: false, log: quiet });
  try {
    const slot = slotSize('twoColumns', 'left');
    const photos: Photo[] = [];
    for (let i = 0; i < PHOTOS; i++) photos.push(await photo(browser, i + 1, slot));
    const { withPhotos, without } = buildDecks(photos);
    const files = { withPhotos: 'Photo bench.briefdeck', without: 'Photo bench without photos.briefdeck' };
    fs.writeFileSync(path.join(libraryDir, files.withPhotos), serializeDeck(withPhotos));
    fs.writeFileSync(path.join(libraryDir, files.without), serializeDeck(without));

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const open = { withPhotos: await openToEditable(page, host.url, files.withPhotos), without: await openToEditable(page, host.url, files.without) };
    await page.close();

    // Each export twice, alternating; the faster of each counts (the machine is shared).
    const exportMs = { withPhotos: Infinity, without: Infinity };
    const pdfBytes = { withPhotos: 0, without: 0 };
    for (let run = 0; run < 2; run++) {
      for (const which of ['without', 'withPhotos'] as const) {
        const outPath = path.join(libraryDir, `${which}.pdf`);
        const t0 = performance.now();
        await exportDeckFile({ deckPath: path.join(libraryDir, files[which]), outPath, options: defaultExportOptions({ sourcesPage: false }), startHost: (dir) => startBrowserHost({ port: 0, libraryDir: dir, open: false, log: quiet }) });
        exportMs[which] = Math.min(exportMs[which], performance.now() - t0);
        pdfBytes[which] = fs.statSync(outPath).size;
      }
    }
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const avg = (f: (p: Photo) => number) => photos.reduce((s, p) => s + f(p), 0) / photos.length;
    const fileBytes = fs.statSync(path.join(libraryDir, files.withPhotos)).size;
    return [
      `Photos: ${PHOTOS} photo slides, each a ${mb(avg((p) => p.originalBytes))} 4000 x 3000 JPEG downscaled on insert to ${photos[0]!.width} x ${photos[0]!.height} (${mb(avg((p) => p.storedBytes))}); deck file ${mb(fileBytes)}`,
      row('  insert: downscale one photo', `${avg((p) => p.insertMs).toFixed(0)} ms`, 'mean of 30 (decode, resize, encode in the page)'),
      row('  open -> editable first slide', `${open.withPhotos.toFixed(0)} ms`, `target < 1000 ms (without photos ${open.without.toFixed(0)} ms)`),
      row('  PDF export, with photos', `${(exportMs.withPhotos / 1000).toFixed(2)} s`, `${mb(pdfBytes.withPhotos)} PDF`),
      row('  PDF export, same deck without photos', `${(exportMs.without / 1000).toFixed(2)} s`, `${mb(pdfBytes.without)} PDF`),
      row('  with / without', `${(exportMs.withPhotos / exportMs.without).toFixed(2)}x`, 'target < 1.5x (faster of 2 runs each; each starts its own Chromium)'),
    ].join('\n');
  } finally {
    await host.close();
    await browser.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}
