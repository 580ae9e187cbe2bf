// `npm run export` and `npm run serve` build the renderer (and their bundle) only when it is
// missing or older than its sources: the staleness rule, on real files with set times.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { staleness } from '../../../scripts/ensureBuilt.mjs';

const check = staleness as (base: string, output: string, inputs: string[]) => string | null;

function file(base: string, rel: string, seconds: number): void {
  const p = path.join(base, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, rel);
  utimesSync(p, seconds, seconds);
}

describe('ensureBuilt staleness', () => {
  it('builds when the output is missing, or any source below an input folder is newer; not otherwise', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-stale-'));
    file(base, 'renderer/App.tsx', 1_000);
    file(base, 'shared/deck/schema.ts', 1_000);
    expect(check(base, 'dist/renderer/index.html', ['renderer', 'shared'])).toBe('it has not been built yet');
    file(base, 'dist/renderer/index.html', 2_000);
    expect(check(base, 'dist/renderer/index.html', ['renderer', 'shared', 'no-such-folder'])).toBeNull();
    file(base, 'shared/deck/schema.ts', 3_000);
    expect(check(base, 'dist/renderer/index.html', ['renderer', 'shared'])).toBe('its sources changed since the last build');
    expect(check(base, 'dist/renderer/index.html', ['renderer'])).toBeNull();
  });
});
