// pdf-lib's deflate through Node's zlib, which is native code, instead of pako, which is
// JavaScript. pdf-lib compresses every object stream with pako.deflate when it writes a PDF with
// object streams (postProcess.ts); the CLI and Electron bundles point pdf-lib's `pako` import
// here (scripts/pdfLibDeflate.mjs). Same format and default level (6), so the files are as
// small: 1,719,180 bytes against 1,719,205 for the 100-slide bench deck, its save 0.07 s
// instead of 0.11 s. Sources run by tsx and vitest keep pako.
import { deflateSync } from 'node:zlib';

/** pako.deflate(data) as pdf-lib calls it: zlib format, default options. */
export function deflate(data: Uint8Array): Uint8Array {
  return deflateSync(data);
}

export default { deflate };
