// A process killed (SIGKILL) at random moments while saving leaves the deck file valid:
// the old version or the new one, never a broken file (steno: temp file + rename).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeckText } from '../../../shared/deck/codec';
import { testLibrary } from './helpers';

const CHILD = path.join(__dirname, 'crashChild.ts');

type KillAt = { kind: 'afterSaves'; saves: number; delayMs: number } | { kind: 'duringWrite'; tempFile: string; delayMs: number };

/** Runs the saving child and kills it -9: either `delayMs` after it reported some saves,
 * or `delayMs` after its temp file appears (the middle of a write). */
function runAndKill(libraryDir: string, ref: string, at: KillAt): Promise<void> {
  return new Promise((resolve, reject) => {
    // node --import tsx (not the tsx CLI, which would put a second process in between).
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, libraryDir, ref], { stdio: ['ignore', 'pipe', 'pipe'] });
    let saves = 0;
    let stderr = '';
    let armed = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const killSoon = () => setTimeout(() => child.kill('SIGKILL'), at.delayMs);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      saves += d.toString().split('\n').filter((l) => l.startsWith('saved')).length;
      if (armed || saves < 1) return;
      armed = true;
      if (at.kind === 'afterSaves') {
        if (saves >= at.saves) killSoon();
        else armed = false;
      } else {
        poll = setInterval(() => {
          if (existsSync(at.tempFile)) {
            clearInterval(poll);
            killSoon();
          }
        }, 1);
      }
    });
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('a child killed -9 at random moments while saving always leaves a valid deck (old or new)', { timeout: 180_000 }, async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Crash', 'blank');
    const file = path.join(dir, 'Crash.briefdeck');
    const tempFile = path.join(dir, '.Crash.briefdeck.tmp');
    const titles = new Set(['Crash', 'Crash A', 'Crash B']);
    let interruptedWrites = 0;
    // 8 kills at random moments, then (on a machine where writes happen to finish between
    // polls) more kills aimed at the write itself until two have landed mid-write.
    const RUNS = 8;
    const MAX_RUNS = 24;
    let run = 0;
    for (; run < MAX_RUNS && (run < RUNS || interruptedWrites < 2); run++) {
      await rm(tempFile, { force: true });
      const at: KillAt =
        run % 2 === 0 && run < RUNS
          ? { kind: 'afterSaves', saves: 1 + (run % 3), delayMs: Math.floor(Math.random() * 500) }
          : { kind: 'duringWrite', tempFile, delayMs: Math.floor(Math.random() * (run < RUNS ? 8 : 3)) };
      await runAndKill(dir, opened.ref, at);
      if (existsSync(tempFile)) interruptedWrites++;
      const deck = parseDeckText(await readFile(file, 'utf8'), 'Crash.briefdeck'); // throws if broken
      expect(titles.has(deck.meta.title)).toBe(true);
      expect(deck.id).toBe(opened.deck.id);
    }
    expect((await stat(file)).size).toBeGreaterThan(10_000_000);
    // The kills really did land mid-write (a temp file was left behind) more than once.
    expect(interruptedWrites).toBeGreaterThanOrEqual(2);
    // The service still opens and saves the deck; a leftover temp file is harmless.
    const again = await files.open(opened.ref);
    await files.save(opened.ref, again.deck, again.revision);
    console.info(`crash test: ${run} kills, ${interruptedWrites} during a write`);
  });
});
