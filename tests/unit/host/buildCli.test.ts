// The CLI bundles' chunks are named by content hash: a build must leave only its own chunks,
// not every earlier build's (dist/cli/chunks grew by a set per source change). Built for real
// into a temporary folder that already holds a stale chunk.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildCli } from '../../../scripts/buildCli.mjs';

const build = buildCli as (outdir: string) => Promise<void>;
const out = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-buildcli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every chunk the entries reach through their static and dynamic imports. */
function reachable(): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = path.resolve(path.dirname(file), m[1] as string);
      if (seen.has(target)) continue;
      seen.add(target);
      visit(target);
    }
  };
  for (const entry of ['export.mjs', 'serve.mjs']) visit(path.join(out, entry));
  return seen;
}

describe('buildCli', () => {
  it('leaves only the chunks the new bundles use', { timeout: 60_000 }, async () => {
    mkdirSync(path.join(out, 'chunks'), { recursive: true });
    writeFileSync(path.join(out, 'chunks', 'chunk-STALE0000.mjs'), 'export {};');
    await build(out);
    const chunks = readdirSync(path.join(out, 'chunks')).map((f) => path.join(out, 'chunks', f));
    expect(chunks).not.toContain(path.join(out, 'chunks', 'chunk-STALE0000.mjs'));
    expect(new Set(chunks)).toEqual(reachable());
  });
});
