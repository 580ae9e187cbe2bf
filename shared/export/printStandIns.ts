// Photos reach the PDF without passing through the print page. The print route gets, for each
// JPEG a widget shows, a stand-in: a valid JPEG of the same pixel size and colour components,
// plain grey (a few KB whatever the size) under the photo's own colour profile, tagged with
// the picture's id in a comment segment.
// Chromium lays it out exactly as the photo (same natural size, same fit and crop) and passes
// JPEG bytes through into the PDF unchanged, so the finishing step finds each tagged stream and
// puts the stored photo's bytes in its place: the same DCT stream, byte for byte, without 20 MB
// of pictures going through the page, Chromium's printer and the PDF parser (issue #12).
// Only JPEGs a PDF reader shows as the browser does qualify: Huffman-coded, grey or 3-component,
// without EXIF (orientation) or Adobe segments; any other picture is printed itself. The ICC
// profile is copied, so Chromium gives the stand-in the colour space it gives the photo.
import type { Deck } from '../deck/schema';
import type { Widget } from '../widgets';
import { placedWidgetIds } from '../deck/placement';
import { idsUsedBy } from '../deck/paste';
import { own } from '../ids';
import { base64ToBytes, bytesToBase64 } from '../widgets/image/assets';
import { jpegHeader, type JpegHeader } from '../widgets/image/jpegHeader';

const TAG = 'briefdeck-print-stand-in:';
/** Enough base64 for the segments before any photo's frame header (up to 64 KB). */
const HEADER_CHARS = 4 * 21_846;

/** Whether a JPEG with this header can be printed through a stand-in. */
function qualifies(h: JpegHeader | null): h is JpegHeader {
  // 8 bits per sample: the stand-in is 8-bit, so Chromium's image dictionary says 8.
  return h !== null && h.huffman && h.precision === 8 && !h.viewerSegments && (h.components === 1 || h.components === 3) && h.width > 0 && h.height > 0;
}

function segment(marker: number, body: readonly number[] | Uint8Array): number[] {
  const length = body.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...body];
}

/** A grey baseline JPEG of `width` x `height` with `components` (1 or 3) and the ICC segments
 * given, carrying `id`. Its Huffman tables have one code each ("0": DC difference 0, end of
 * block), so every 8x8 block costs two bits, all zero. */
export function printStandIn(id: string, photo: Pick<JpegHeader, 'width' | 'height' | 'components' | 'iccSegments'>): Uint8Array {
  const { width, height } = photo;
  const components = photo.components === 3 ? 3 : 1;
  // Ids are ASCII (IdSchema): letters, digits, _ and -.
  const tag = [...(TAG + id)].map((c) => c.charCodeAt(0) & 0x7f);
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const quant = [0, ...new Array<number>(64).fill(1)];
  const sampling: number[] = components === 3 ? [0x22, 0x11, 0x11] : [0x11];
  const frame: number[] = [8, height >> 8, height & 0xff, width >> 8, width & 0xff, components];
  sampling.forEach((s, c) => frame.push(c + 1, s, 0));
  const oneCode = [1, ...new Array<number>(15).fill(0), 0];
  const tables = [0x00, ...oneCode, 0x10, ...oneCode];
  const scan: number[] = [components];
  for (let c = 1; c <= components; c++) scan.push(c, 0x00);
  scan.push(0, 63, 0);
  // Blocks: 4:2:0 colour has 6 per 16x16 unit, grey 1 per 8x8.
  const unit = components === 3 ? 16 : 8;
  const blocks = Math.ceil(width / unit) * Math.ceil(height / unit) * (components === 3 ? 6 : 1);
  const bits = blocks * 2;
  const data = new Uint8Array(Math.ceil(bits / 8));
  const used = bits % 8;
  // The last byte's unused bits are padded with ones, as the standard asks.
  if (used !== 0) data[data.length - 1] = (1 << (8 - used)) - 1;
  const parts = [[0xff, 0xd8, ...segment(0xe0, jfif), ...segment(0xfe, tag)], ...photo.iccSegments, [...segment(0xdb, quant), ...segment(0xc0, frame), ...segment(0xc4, tables), ...segment(0xda, scan)], data, [0xff, 0xd9]];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The picture id a stand-in carries, or null for any other bytes. */
export function standInAssetId(bytes: Uint8Array): string | null {
  // SOI, the JFIF segment (18 bytes), then the comment segment.
  const at = 2 + 18;
  if (bytes.length < at + 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[at] !== 0xff || bytes[at + 1] !== 0xfe) return null;
  const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
  const text = new TextDecoder().decode(bytes.subarray(at + 4, at + 2 + length));
  return text.startsWith(TAG) ? text.slice(TAG.length) : null;
}

/** The deck as the print route gets it: every JPEG a widget shows that qualifies replaced by
 * its stand-in (same id). `deck` is not changed. */
export function withPrintStandIns(deck: Deck): Deck {
  const shown = idsUsedBy(Object.values(deck.widgets), 'assetIds');
  let assets: Deck['assets'] | null = null;
  for (const id of shown) {
    const asset = own(deck.assets, id);
    if (asset?.mime !== 'image/jpeg') continue;
    const header = jpegHeader(base64ToBytes(asset.data.slice(0, HEADER_CHARS)));
    if (!qualifies(header)) continue;
    assets ??= { ...deck.assets };
    assets[id] = { ...asset, data: bytesToBase64(printStandIn(id, header)) };
  }
  return assets ? { ...deck, assets } : deck;
}

/** The stand-ins the given slides show (placed widgets only: the PDF has no others), which
 * the printed PDF must hold. */
export function standInsShown(deck: Deck, slideIds: readonly string[]): string[] {
  const widgets = slideIds.flatMap((s) => {
    const slide = own(deck.slides, s);
    return slide ? placedWidgetIds(slide).map((w) => own(deck.widgets, w)).filter((w): w is Widget => w !== undefined) : [];
  });
  return [...idsUsedBy(widgets, 'assetIds')].filter((id) => {
    const asset = own(deck.assets, id);
    return asset?.mime === 'image/jpeg' && standInAssetId(base64ToBytes(asset.data.slice(0, 400))) === id;
  });
}
