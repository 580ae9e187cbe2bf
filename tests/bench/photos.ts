// Photo bench (issue #12): a deck of 30 photo slides, each a phone photo of ~3 MB (4000 x 3000
// JPEG, made by Chromium's encoder from noisy pixels so it does not compress away) downscaled on
// insert as the image widget does (renderer/widgets/image/pictureFile.ts: to what the slot needs
// at 2x, JPEG at quality 0.88, in an OffscreenCanvas). Measures open -> editable (with the
// deck.open answer's timing and the first photo shown) and the PDF export (with its trace)
// against the same deck without the photos, in interleaved rounds. Targets: < 1 s; < 1.5x.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
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

const ROUNDS = 3;

interface OpenRun {
  /** From navigation start: the editor is ready (the bench's "open -> editable first slide"). */
  editable: number;
  /** The deck.open answer: asked, first byte, last byte. */
  asked: number;
  answered: number;
  received: number;
  /** A photo shown (the slide list's first picture decoded), or null for the deck without. */
  photo: number | null;
  load: number;
}

interface ExportRun {
  ms: number;
  bytes: number;
  load: number;
  /** The export trace: each step and when (ms from the start). */
  steps: { step: string; ms: number }[];
}

/** Cold open of a library deck in the editor, with where the time went. */
async function openRun(page: Page, hostUrl: string, fileName: string, photos: boolean): Promise<OpenRun> {
  const load = os.loadavg()[0]!;
  const editable = await openToEditable(page, hostUrl, fileName);
  const shown = photos
    ? await page.waitForFunction(
        () => {
          const img = document.querySelector<HTMLImageElement>('[data-widget-kind=image] img');
          return img?.complete && img.naturalWidth > 0 ? performance.now() : null;
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      )
    : null;
  const photo = shown ? ((await shown.jsonValue()) as number) : null;
  const answer = await page.evaluate(() => {
    const r = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/deck.open')) as PerformanceResourceTiming;
    return { asked: r.startTime, answered: r.responseStart, received: r.responseEnd };
  });
  return { editable, ...answer, photo, load };
}

async function exportRun(deckPath: string, outPath: string): Promise<ExportRun> {
  const load = os.loadavg()[0]!;
  const t0 = performance.now();
  const at0 = Date.now();
  const steps: ExportRun['steps'] = [];
  await exportDeckFile({
    deckPath,
    outPath,
    options: defaultExportOptions({ sourcesPage: false }),
    startHost: (dir) => startBrowserHost({ port: 0, libraryDir: dir, open: false, log: quiet }),
    trace: (step, at) => steps.push({ step, ms: (at ?? Date.now()) - at0 }),
  });
  return { ms: performance.now() - t0, bytes: fs.statSync(outPath).size, load, steps };
}

const best = <T>(runs: T[], by: (r: T) => number): T => runs.reduce((a, b) => (by(b) < by(a) ? b : a));
const loads = (runs: { load: number }[]) => runs.map((r) => r.load.toFixed(0)).join('/');

/** The export steps that differ between the two decks, in ms from the start. */
function exportSteps(run: ExportRun): string {
  const wanted = ['deck checked', 'chromium launched, page open', 'page: deck received', 'page: widgets drawn', 'printed', 'finished (pdf-lib)', 'written'];
  return run.steps
    .filter((s) => wanted.includes(s.step))
    .sort((a, b) => a.ms - b.ms)
    .map((s) => `${s.step.replace('page: ', '').replace(', page open', '')} ${s.ms.toFixed(0)}`)
    .join(', ');
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

    // Rounds alternate the two decks, opens then exports, so both see the same shared machine.
    const opens = { withPhotos: [] as OpenRun[], without: [] as OpenRun[] };
    const exports = { withPhotos: [] as ExportRun[], without: [] as ExportRun[] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const which of ['without', 'withPhotos'] as const) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        opens[which].push(await openRun(page, host.url, files[which], which === 'withPhotos'));
        await page.close();
      }
      for (const which of ['without', 'withPhotos'] as const) exports[which].push(await exportRun(path.join(libraryDir, files[which]), path.join(libraryDir, `${which}.pdf`)));
    }
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    const avg = (f: (p: Photo) => number) => photos.reduce((s, p) => s + f(p), 0) / photos.length;
    const fileBytes = fs.statSync(path.join(libraryDir, files.withPhotos)).size;
    const open = { withPhotos: best(opens.withPhotos, (r) => r.editable), without: best(opens.without, (r) => r.editable) };
    const exported = { withPhotos: best(exports.withPhotos, (r) => r.ms), without: best(exports.without, (r) => r.ms) };
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    return [
      `Photos: ${PHOTOS} photo slides, each a ${mb(avg((p) => p.originalBytes))} 4000 x 3000 JPEG downscaled on insert to ${photos[0]!.width} x ${photos[0]!.height} (${mb(avg((p) => p.storedBytes))}); deck file ${mb(fileBytes)}; best of ${ROUNDS} interleaved rounds, load average ${loads(opens.withPhotos)}`,
      row('  insert: downscale one photo', ms(avg((p) => p.insertMs)), 'mean of 30 (decode, resize, encode in the page)'),
      row('  open -> editable first slide', ms(open.withPhotos.editable), `target < 1000 ms (without photos ${ms(open.without.editable)}; all runs ${opens.withPhotos.map((r) => r.editable.toFixed(0)).join('/')})`),
      row('  ... deck.open asked / answered / received', `${open.withPhotos.asked.toFixed(0)}/${open.withPhotos.answered.toFixed(0)}/${open.withPhotos.received.toFixed(0)}`, `ms (without photos ${open.without.asked.toFixed(0)}/${open.without.answered.toFixed(0)}/${open.without.received.toFixed(0)})`),
      row('  ... first photo shown (slide list)', ms(open.withPhotos.photo ?? NaN), ''),
      row('  PDF export, with photos', `${(exported.withPhotos.ms / 1000).toFixed(2)} s`, `${mb(exported.withPhotos.bytes)} PDF; runs ${exports.withPhotos.map((r) => (r.ms / 1000).toFixed(2)).join('/')} s at load ${loads(exports.withPhotos)}`),
      row('  PDF export, same deck without photos', `${(exported.without.ms / 1000).toFixed(2)} s`, `${mb(exported.without.bytes)} PDF; runs ${exports.without.map((r) => (r.ms / 1000).toFixed(2)).join('/')} s at load ${loads(exports.without)}`),
      row('  with / without', `${(exported.withPhotos.ms / exported.without.ms).toFixed(2)}x`, `target < 1.5x (best of ${ROUNDS} each; each starts its own Chromium)`),
      `  steps with photos (ms): ${exportSteps(exported.withPhotos)}`,
      `  steps without (ms):     ${exportSteps(exported.without)}`,
    ].join('\n');
  } finally {
    await host.close();
    await browser.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}
