// Pictures for the image widget's e2e tests: real files made by Chromium's own encoders, the
// desktop's file drop, and the deck as saved on disk.
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export type DiskDeck = {
  widgets: Record<string, { kind: string; alt?: string; props: { assetId?: string | null; caption?: string; fit?: string; focus?: { x: number; y: number } } }>;
  assets: Record<string, { mime: string; data: string; name: string }>;
};

/** The one deck file in a library, as saved. */
export function deckOnDisk(libraryDir: string): DiskDeck {
  const files = fs.readdirSync(libraryDir).filter((f) => f.endsWith('.briefdeck'));
  expect(files).toHaveLength(1);
  return JSON.parse(fs.readFileSync(path.join(libraryDir, files[0]!), 'utf8')) as DiskDeck;
}

/** A real picture made by Chromium's encoder: a photo-like gradient with coloured squares. */
export async function makePicture(page: Page, type: 'image/jpeg' | 'image/png', width: number, height: number, seed = 0): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ type: t, width: w, height: h, seed: s }) => {
      const c = new OffscreenCanvas(w, h);
      const g = c.getContext('2d')!;
      const grad = g.createLinearGradient(0, 0, w, h);
      grad.addColorStop(0, '#1d3557');
      grad.addColorStop(1, '#e9c46a');
      g.fillStyle = grad;
      g.fillRect(0, 0, w, h);
      const side = Math.max(4, Math.round(w / 40));
      for (let i = 0; i < 200; i++) {
        g.fillStyle = `hsl(${(i * 7 + s * 53) % 360}, 60%, 50%)`;
        g.fillRect((i * 197 + s * 31) % Math.max(1, w - side), (i * 89) % Math.max(1, h - side), side, side);
      }
      const blob = await c.convertToBlob(t === 'image/jpeg' ? { type: t, quality: 0.92 } : { type: t });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let out = '';
      for (const b of bytes) out += String.fromCharCode(b);
      return btoa(out);
    },
    { type, width, height, seed },
  );
  return Buffer.from(b64, 'base64');
}

/** A real 4000 x 3000 JPEG, as a phone takes. */
export function makeJpeg(page: Page): Promise<Buffer> {
  return makePicture(page, 'image/jpeg', 4000, 3000);
}

/**
 * Drops a file on an element as the desktop does: dragenter, dragover, drop with a DataTransfer.
 * `content` is the file's bytes, or `{ bytes, fill }` for a large file made in the page (sending
 * 60 MB through the protocol as base64 took over a minute on a loaded machine).
 */
export async function dropFile(page: Page, selector: string, name: string, type: string, content: Buffer | { bytes: number; fill: number }): Promise<void> {
  const made = Buffer.isBuffer(content) ? null : content;
  const dt = await page.evaluateHandle(
    ({ b64, made: m, name: n, type: t }) => {
      let bytes: Uint8Array<ArrayBuffer>;
      if (m) bytes = new Uint8Array(m.bytes).fill(m.fill);
      else {
        const bin = atob(b64);
        bytes = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      }
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], n, { type: t }));
      return transfer;
    },
    { b64: Buffer.isBuffer(content) ? content.toString('base64') : '', made, name, type },
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, event, { dataTransfer: dt });
}

/** A real PNG of `width` x `height` grey pixels, stored without compression (deflate level 0), so
 * its file is as large as its pixels: for the limits on what a deck stores. */
export function uncompressedPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.alloc(1 + width * 3, 0x80);
  row[0] = 0; // filter: none
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 0 })), chunk('IEND', Buffer.alloc(0))]);
}
