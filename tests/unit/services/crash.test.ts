// Kill -9 at random moments, at least 1,000 times, while a child saves, keeps history
// versions and renames a deck: every file left is whole (the deck, old or new, under one of
// its names; every history version; the location index), and the temp files a kill leaves
// are removed by the next start's clean-up. The child is the project-file service alone
// (bundled, started from V8's code cache: ~0.1 s), not the whole app, so 1,000 kills fit
// in CI's time.
import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDeckFileName } from '../../../electron/services/fileNames';
import { removeLeftovers } from '../../../electron/services/leftovers';
import { isTempName } from '../../../electron/services/safeWrite';
import { parseDeckText } from '../../../shared/deck/codec';
import { quietLog, tempDir, testLibrary } from './helpers';

const KILLS = Number(process.env.CRASH_KILLS ?? 1000);
const LANES = 2;
const TITLES = new Set(['Crash', 'Crash A', 'Crash B']);
const LOADER = path.join(__dirname, 'crashLoader.mjs');
let childJs = '';
let codeCache = '';

beforeAll(async () => {
  const work = await tempDir('briefdeck-crash-child-');
  childJs = path.join(work, 'crashChild.cjs');
  codeCache = path.join(work, 'crashChild.cache');
  await build({ entryPoints: [path.join(__dirname, 'crashChild.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: childJs, logLevel: 'warning' });
  const { files, dir } = await testLibrary();
  await files.create('Warm-up', 'blank');
  const warm = spawnSync(process.execPath, [LOADER, childJs, codeCache, dir, '0'], { env: { ...process.env, BRIEFDECK_MAKE_CACHE: '1' } });
  expect(warm.status, warm.stderr.toString()).toBe(0);
});

/** Starts the child and kills it -9 `delayMs` after it is ready. */
function runAndKill(libraryDir: string, seed: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOADER, childJs, codeCache, libraryDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited with ${code}: ${stderr}`))));
  });
}

interface LaneResult {
  kills: number;
  leftTemps: number;
  versionsChecked: number;
  renames: number;
}

async function lane(kills: number, seed: number): Promise<LaneResult> {
  const { files, dir } = await testLibrary();
  const { opened } = await files.create('Crash', 'blank');
  const historyDir = path.join(dir, '.history', opened.deck.id);
  const out: LaneResult = { kills: 0, leftTemps: 0, versionsChecked: 0, renames: 0 };
  let lastName = 'Crash.briefdeck';
  for (let k = 0; k < kills; k++) {
    // Mostly within the first few operations; now and then much later.
    const delayMs = Math.random() < 0.9 ? Math.floor(Math.random() * 40) : Math.floor(Math.random() * 300);
    await runAndKill(dir, seed + k, delayMs);
    out.kills++;
    // Exactly one deck file, whole, old or new (a rename moves it in one step). JSON.parse
    // finds any partial file; the full schema check runs every 25th kill and at the end.
    const names = (await readdir(dir)).filter(isDeckFileName);
    expect(names).toHaveLength(1);
    if (names[0] !== lastName) out.renames++;
    lastName = names[0]!;
    const full = k % 25 === 0;
    const readWhole = async (file: string, name: string) => {
      const text = await readFile(file, 'utf8');
      return full ? parseDeckText(text, name) : (JSON.parse(text) as { id: string; meta: { title: string } });
    };
    const deck = await readWhole(path.join(dir, names[0]!), names[0]!);
    expect(deck.id).toBe(opened.deck.id);
    expect(TITLES.has(deck.meta.title)).toBe(true);
    // The newest history versions (where a write in flight would be) are whole decks.
    const versions = (await readdir(historyDir).catch(() => [] as string[])).filter((n) => /^\d{8}T\d{9}Z\.briefdeck$/.test(n)).sort();
    for (const v of versions.slice(-2)) {
      await readWhole(path.join(historyDir, v), v);
      out.versionsChecked++;
    }
    const index = await readFile(path.join(dir, '.history', 'locations.json'), 'utf8').catch(() => '{}');
    expect(typeof JSON.parse(index)).toBe('object');
    // What the kill left half-written, the next start removes (the writer is dead).
    const temps = [...(await readdir(dir)), ...(await readdir(historyDir).catch(() => []))].filter(isTempName);
    if (temps.length > 0) out.leftTemps++;
    await removeLeftovers(dir, [], quietLog);
    expect([...(await readdir(dir)), ...(await readdir(historyDir).catch(() => []))].filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }
  // Every version kept is whole, and the service still opens and saves the deck.
  for (const v of (await readdir(historyDir)).filter((n) => n.endsWith('.briefdeck'))) parseDeckText(await readFile(path.join(historyDir, v), 'utf8'), v);
  const again = await files.open(`library:${lastName}`);
  await files.save(again.ref, again.deck, again.revision, { force: true });
  return out;
}

describe('crash safety', () => {
  it(`${KILLS} kills -9 across save, history and rename always leave whole files and no lasting leftovers`, { timeout: 900_000 }, async () => {
    const started = Date.now();
    const lanes = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(Math.ceil(KILLS / LANES), i * 100_000)));
    const total = lanes.reduce((a, l) => ({ kills: a.kills + l.kills, leftTemps: a.leftTemps + l.leftTemps, versionsChecked: a.versionsChecked + l.versionsChecked, renames: a.renames + l.renames }));
    expect(total.kills).toBeGreaterThanOrEqual(KILLS);
    // The kills really did land mid-write (a temp file was left) many times, and renames happened.
    expect(total.leftTemps).toBeGreaterThanOrEqual(KILLS / 50);
    expect(total.renames).toBeGreaterThanOrEqual(KILLS / 50);
    console.info(
      `crash test: ${total.kills} kills on ${os.cpus().length} cores in ${((Date.now() - started) / 1000).toFixed(0)} s; ${total.leftTemps} left a temp file (mid-write), ${total.renames} landed after a rename, ${total.versionsChecked} history versions checked`,
    );
  });
});
