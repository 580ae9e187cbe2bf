// What the export CLI loads before it asks Chromium for the print page: its argument checks,
// the deck check and the host that serves the page. pdf-lib (finishing, loaded while Chromium
// prints) and the PowerPoint writer (jszip, pptxgenjs) are not among them: at that point every
// module Node reads competes with Chromium's own start for the machine's cores. Read from a real
// build's chunk graph, so a static import that pulls one back in fails here.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../../../scripts/buildCli.mjs';

const out = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-cli-graph-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every chunk `start` loads through static imports (dynamic import() calls are not followed). */
function staticClosure(chunks: Map<string, string>, start: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const code = chunks.get(name);
    if (code === undefined) throw new Error(`no chunk ${name}`);
    for (const m of code.matchAll(/^import\s+(?:[^'"]*?from\s+)?"\.\/([^"]+\.mjs)";?$/gm)) visit(m[1]!);
  };
  start.forEach(visit);
  return seen;
}

describe('the export CLI before the print page is asked for', () => {
  it('loads neither pdf-lib nor the PowerPoint writer; both are in the build, loaded later', { timeout: 60_000 }, async () => {
    await (buildCli as (outdir: string) => Promise<void>)(out);
    const dir = path.join(out, 'chunks');
    const chunks = new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    const named = (prefix: string) => [...chunks.keys()].find((f) => f.startsWith(`${prefix}-`))!;
    // exportMain imports these two before the page is requested (exportPdf).
    const start = ['exportMain', 'exportDeckFile', 'server'].map(named);
    expect(start.every(Boolean)).toBe(true);
    const early = [...staticClosure(chunks, start)].map((f) => chunks.get(f)!).join('\n');
    const all = [...chunks.values()].join('\n');
    for (const pkg of ['pdf-lib', 'jszip', 'pptxgenjs']) {
      expect(all, `${pkg} is in the build`).toContain(`// node_modules/${pkg}/`);
      expect(early, `${pkg} is not loaded before the page`).not.toContain(`// node_modules/${pkg}/`);
    }
    // The early set is real: the deck check's schemas (zod) are in it.
    expect(early).toContain('// node_modules/zod/');
  });
});
