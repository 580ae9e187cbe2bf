// What a JPEG's header says before its pixels: size, colour components, its colour profile and
// the segments that change how a viewer shows it (EXIF orientation, Adobe's colour transform).
// Read from the first bytes only, so a picture's header is known without decoding it.

export interface JpegHeader {
  width: number;
  height: number;
  /** 1 grey, 3 YCbCr/RGB, 4 CMYK/YCCK. */
  components: number;
  /** Bits per sample: 8, or 12 in extended JPEGs (which PDF readers and browsers rarely show). */
  precision: number;
  /** Baseline, extended or progressive Huffman (SOF0/1/2): what PDF's DCTDecode reads. */
  huffman: boolean;
  /** An APP1 (EXIF: may rotate the picture) or APP14 (Adobe: colour transform) segment. */
  viewerSegments: boolean;
  /** The APP2 segments (the ICC colour profile, in chunks), marker and length included. */
  iccSegments: Uint8Array[];
}

/** The header of a JPEG, or null when `bytes` does not start like one or its frame header
 * (SOF) is not within them. */
export function jpegHeader(bytes: Uint8Array): JpegHeader | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let viewerSegments = false;
  const iccSegments: Uint8Array[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) return null;
    if (marker === 0xe1 || marker === 0xee) viewerSegments = true;
    if (marker === 0xe2) iccSegments.push(bytes.subarray(i, i + 2 + length));
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (i + 10 > bytes.length) return null;
      const height = (bytes[i + 5]! << 8) | bytes[i + 6]!;
      const width = (bytes[i + 7]! << 8) | bytes[i + 8]!;
      return { width, height, components: bytes[i + 9]!, precision: bytes[i + 4]!, huffman: marker <= 0xc2, viewerSegments, iccSegments };
    }
    // Markers without a length (SOI, RSTn, EOI) never come before the frame header.
    if (marker === 0xd9 || marker === 0xda) return null;
    i += 2 + length;
  }
  return null;
}
