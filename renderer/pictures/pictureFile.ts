// A picture file made ready for the deck (issue #12: image widgets; the organisation theme's logo too): recognised by its bytes, not its name;
// refused with a clear message when it is not a picture, damaged or cut short, too large a
// file or too many pixels, or an SVG that runs code or loads other files; downscaled (in the
// renderer, with createImageBitmap and an OffscreenCanvas) when larger than the slot needs at
// 2x, unless the author keeps the original; a JPEG or PNG that needs no downscaling is stored
// byte for byte, so the PDF gets exactly that file.
import DOMPurify from 'dompurify';
import { imageSize } from 'image-size';
import { ASSET_DATA_MAX_CHARS, type Asset } from '../../shared/deck/schema';
import { fail, ok, type Result } from '../../shared/result';
import { assetIdFor, base64ToBytes, bytesToBase64 } from '../../shared/widgets/image/assets';
import { svgProblem } from '../../shared/widgets/image/svgSafety';

/** Largest file taken (a phone photo is 3–12 MB; a 200 MB TIFF export is not a slide picture). */
export const MAX_PICTURE_BYTES = 50 * 1024 * 1024;
/** Longest side taken, in pixels (decoding 20000 x 20000 px would take 1.6 GB). */
export const MAX_PICTURE_SIDE = 12_000;
/** Most pixels taken. */
export const MAX_PICTURE_PIXELS = 80_000_000;

type Sniffed = 'jpeg' | 'png' | 'gif' | 'webp' | 'svg';

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The picture format by its first bytes; null for anything else. */
export function sniffPicture(b: Uint8Array): Sniffed | null {
  if (starts(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(b, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  const head = new TextDecoder().decode(b.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<') && /<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/** Whether the file ends where its format says it should (a cut-off download decodes as a
 * half-grey picture without any error, so this is checked by hand). */
export function cutShort(b: Uint8Array, type: Exclude<Sniffed, 'svg'>): boolean {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  switch (type) {
    case 'jpeg':
      return !(b[end - 2] === 0xff && b[end - 1] === 0xd9);
    case 'png':
      return !starts(b, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], b.length - 8);
    case 'gif':
      return b[end - 1] !== 0x3b;
    case 'webp':
      return b.length < 8 + (b[4]! | (b[5]! << 8) | (b[6]! << 16) | (b[7]! << 24));
    default: {
      const never: never = type;
      return never;
    }
  }
}

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export interface PictureRequest {
  file: Blob;
  /** The file's name, for messages and the asset. */
  name: string;
  /** The slot's size in logical slide px; the picture keeps twice that. */
  slot: { width: number; height: number };
  /** Store the file as it is, however large (the author asked). */
  keepOriginal?: boolean;
}

/** The asset to store for a picture file, or why it cannot be used. Changes nothing. */
export async function pictureAsset({ file, name, slot, keepOriginal = false }: PictureRequest): Promise<Result<Asset>> {
  const called = `“${name}”`;
  if (file.size === 0) return fail('bad_request', `${called} is empty: there is no picture in it. Nothing was changed.`);
  if (file.size > MAX_PICTURE_BYTES) {
    return fail('bad_request', `${called} is ${megabytes(file.size)}; Briefdeck takes pictures up to ${megabytes(MAX_PICTURE_BYTES)}. Save a smaller copy (a slide needs about 4000 px across) and insert that. Nothing was changed.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffPicture(bytes);
  if (!type) return fail('bad_request', `${called} is not a picture Briefdeck can use (JPEG, PNG, WebP, GIF or SVG). Nothing was changed.`);
  if (type === 'svg') return svgAsset(bytes, name);

  let size: { width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch {
    return fail('bad_request', `${called} could not be read: the file is damaged. Nothing was changed.`);
  }
  const w = size.width ?? 0;
  const h = size.height ?? 0;
  if (w <= 0 || h <= 0) return fail('bad_request', `${called} could not be read: the file is damaged. Nothing was changed.`);
  if (w > MAX_PICTURE_SIDE || h > MAX_PICTURE_SIDE || w * h > MAX_PICTURE_PIXELS) {
    return fail('bad_request', `${called} is ${w.toLocaleString('en')} × ${h.toLocaleString('en')} px; Briefdeck takes pictures up to ${MAX_PICTURE_SIDE.toLocaleString('en')} px a side. Save a smaller copy and insert that. Nothing was changed.`);
  }
  if (cutShort(bytes, type)) return fail('bad_request', `${called} is cut short (the file ends before the picture does): it may not have finished downloading. Nothing was changed.`);

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  } catch {
    return fail('bad_request', `${called} could not be read: the file is damaged. Nothing was changed.`);
  }
  try {
    // What the slot needs at 2x, whichever way it is fit (cover needs the larger).
    const scale = Math.min(1, Math.max((slot.width * 2) / w, (slot.height * 2) / h));
    // A file too large to store as it is (an uncompressed PNG) is encoded again at its size,
    // unless the author asked to keep it as it is: then it is refused, saying so.
    const fitsAsIs = Math.ceil(bytes.length / 3) * 4 <= ASSET_DATA_MAX_CHARS;
    const asIs = (type === 'jpeg' || type === 'png') && (keepOriginal || (scale >= 1 && fitsAsIs));
    if (asIs) return storable(await asset(bytes, type === 'jpeg' ? 'image/jpeg' : 'image/png', name), called, keepOriginal);
    const tw = Math.max(1, Math.round(w * (keepOriginal ? 1 : scale)));
    const th = Math.max(1, Math.round(h * (keepOriginal ? 1 : scale)));
    const canvas = new OffscreenCanvas(tw, th);
    const g = canvas.getContext('2d');
    if (!g) return fail('bad_request', `${called} could not be converted here (no 2D canvas). Nothing was changed.`);
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, tw, th);
    // Photos stay JPEG; drawings (PNG, GIF) stay lossless; a WebP becomes JPEG unless it is see-through.
    const lossless = type === 'png' || type === 'gif' || (type === 'webp' && hasTransparency(g, tw, th));
    const mime = lossless ? 'image/png' : 'image/jpeg';
    const blob = await canvas.convertToBlob(lossless ? { type: mime } : { type: mime, quality: 0.88 });
    return storable(await asset(new Uint8Array(await blob.arrayBuffer()), mime, name), called, keepOriginal);
  } finally {
    bitmap.close();
  }
}

/** A deck holds a picture of up to ASSET_DATA_MAX_CHARS of base64 (about 21 MB); past that every
 * save of the deck would be refused, so the picture is refused here, saying what to do. */
function storable(a: Asset, called: string, keptOriginal: boolean): Result<Asset> {
  if (a.data.length <= ASSET_DATA_MAX_CHARS) return ok(a);
  const most = megabytes((ASSET_DATA_MAX_CHARS / 4) * 3);
  const size = megabytes((a.data.length / 4) * 3);
  const what = keptOriginal ? 'Insert it without keeping the original, so Briefdeck makes a smaller copy, or save a smaller copy yourself.' : 'Save a smaller copy and insert that.';
  return fail('bad_request', `${called} would be stored as ${size}; a deck holds pictures up to ${most}. ${what} Nothing was changed.`);
}

function hasTransparency(g: OffscreenCanvasRenderingContext2D, w: number, h: number): boolean {
  const data = g.getImageData(0, 0, w, h).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

async function svgAsset(bytes: Uint8Array, name: string): Promise<Result<Asset>> {
  const text = new TextDecoder().decode(bytes);
  const problem = svgProblem(text);
  if (problem) return fail('bad_request', `“${name}” ${problem}. Briefdeck takes only SVG pictures that run no code and load nothing else. Nothing was changed.`);
  const clean = DOMPurify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ['foreignObject', 'style'] });
  if (svgProblem(clean)) return fail('bad_request', `“${name}” could not be made safe to show. Nothing was changed.`);
  return storable(await asset(new TextEncoder().encode(clean), 'image/svg+xml', name), `“${name}”`, false);
}

async function asset(bytes: Uint8Array, mime: Asset['mime'], name: string): Promise<Asset> {
  return { id: await pictureId(bytes), name: name.slice(0, 300), mime, data: bytesToBase64(bytes), source: null };
}

/** The id a picture's bytes give it: pictures are stored by their content. */
async function pictureId(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return assetIdFor([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
}

/** The first of `assets` whose id is not its content's (a clipboard payload written or changed
 * by another program), or null. Pasting one would let it pass for another picture of that id,
 * since a deck keeps the picture it already has under an id. */
export async function misnamedPicture(assets: readonly Asset[]): Promise<Asset | null> {
  for (const a of assets) if ((await pictureId(base64ToBytes(a.data))) !== a.id) return a;
  return null;
}
