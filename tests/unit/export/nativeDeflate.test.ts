// The Node bundles give pdf-lib Node's zlib in place of pako (scripts/pdfLibDeflate.mjs): what it
// writes must be zlib data (FlateDecode) that inflates back byte for byte, and pdf-lib must really
// be handed it in the bundles (a plugin that matched nothing would silently keep pako). The
// e2e suite's qpdf and poppler checks read the PDFs the bundled host writes with it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import nativeDeflate, { deflate } from '../../../electron/services/export/nativeDeflate';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../../../scripts/buildCli.mjs';

const out = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-deflate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('native deflate for pdf-lib', () => {
  it('writes zlib data that inflates back to the input', () => {
    const dict = new TextEncoder().encode(Array.from({ length: 4000 }, (_, i) => `${i} 0 obj <</Type /StructElem /S /NonStruct /P ${i + 1} 0 R /K [${i}]>>`).join('\n'));
    const packed = deflate(dict);
    expect(nativeDeflate.deflate).toBe(deflate);
    expect(packed[0]).toBe(0x78); // a zlib header, as pako writes (FlateDecode wants zlib, not raw)
    expect(Buffer.from(inflateSync(packed))).toEqual(Buffer.from(dict));
    expect(packed.byteLength).toBeLessThan(dict.byteLength / 4);
  });

  it("is what pdf-lib's flate streams call in the CLI bundle, while other packages keep pako", { timeout: 60_000 }, async () => {
    await (buildCli as (outdir: string) => Promise<void>)(out);
    const code = readdirSync(path.join(out, 'chunks')).map((f) => readFileSync(path.join(out, 'chunks', f), 'utf8')).join('\n');
    expect(code).toContain('// electron/services/export/nativeDeflate.ts');
    // pdf-lib's two callers, each bound to the module above rather than to pako's.
    const callers = [...code.matchAll(/\/\/ node_modules\/pdf-lib\/cjs\/core\/(structures\/PDFFlateStream|PDFContext)\.js\n[\s\S]*?var pako_1 = ([^\n]*)/g)];
    expect(callers.map((m) => m[1]).sort()).toEqual(['PDFContext', 'structures/PDFFlateStream']);
    for (const m of callers) expect(m[2]).toContain('nativeDeflate');
    // The font metrics pdf-lib loads still inflate with pako itself.
    expect(code).toContain('// node_modules/pako/');
  });
});
