// Writers for the icon containers the installers need, in plain Node (no native tools, which
// cannot be downloaded here): Windows .ico and macOS .icns, both holding PNG images, and a
// PNG size reader the packaging test uses to check every size exists.

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A .ico with one PNG-compressed entry per image (Windows Vista and later read these). */
export function writeIco(pngs: readonly Uint8Array[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`.ico images are at most 256 px, got ${width}x${height}`);
    const at = 6 + 16 * i;
    header.writeUInt8(width === 256 ? 0 : width, at); // 0 means 256
    header.writeUInt8(height === 256 ? 0 : height, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => Buffer.from(p))]);
}

/** The .icns element type for a PNG of a given pixel size (1x types; retina types below). */
export const ICNS_TYPES: ReadonlyArray<{ type: string; pixels: number }> = [
  { type: 'icp4', pixels: 16 },
  { type: 'icp5', pixels: 32 },
  { type: 'icp6', pixels: 64 },
  { type: 'ic07', pixels: 128 },
  { type: 'ic08', pixels: 256 },
  { type: 'ic09', pixels: 512 },
  { type: 'ic10', pixels: 1024 }, // 512pt @2x
  { type: 'ic11', pixels: 32 }, // 16pt @2x
  { type: 'ic12', pixels: 64 }, // 32pt @2x
  { type: 'ic13', pixels: 256 }, // 128pt @2x
  { type: 'ic14', pixels: 512 }, // 256pt @2x
];

/** A .icns holding PNG elements; `bySize` maps pixel size to PNG bytes. */
export function writeIcns(bySize: ReadonlyMap<number, Uint8Array>): Buffer {
  const parts: Buffer[] = [];
  for (const { type, pixels } of ICNS_TYPES) {
    const png = bySize.get(pixels);
    if (!png) throw new Error(`.icns needs a ${pixels}x${pixels} PNG for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    parts.push(head, Buffer.from(png));
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** The entries of an .ico: [width, height] per image (0 read back as 256). */
export function readIcoSizes(ico: Uint8Array): Array<[number, number]> {
  const b = Buffer.from(ico);
  if (b.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const out: Array<[number, number]> = [];
  for (let i = 0; i < b.readUInt16LE(4); i++) out.push([b.readUInt8(6 + 16 * i) || 256, b.readUInt8(7 + 16 * i) || 256]);
  return out;
}

/** The element types of an .icns and the PNG size inside each. */
export function readIcnsEntries(icns: Uint8Array): Array<{ type: string; width: number }> {
  const b = Buffer.from(icns);
  if (b.toString('ascii', 0, 4) !== 'icns' || b.readUInt32BE(4) !== b.length) throw new Error('not an .icns file');
  const out: Array<{ type: string; width: number }> = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at + 4);
    out.push({ type: b.toString('ascii', at, at + 4), width: pngSize(b.subarray(at + 8, at + len)).width });
    at += len;
  }
  return out;
}
