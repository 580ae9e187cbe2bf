// Scratch folders in the temp folder (Chromium profiles, an export's private library, downloads)
// are named with their process's pid; a start removes those whose process has ended, and never a
// live process's, this process's, or anything not Briefdeck's. Real processes, a real folder.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeScratchDir, removeStaleScratchDirs } from '../../../electron/services/scratchDirs';

const bases: string[] = [];
afterEach(async () => {
  await Promise.all(bases.splice(0).map((b) => rm(b, { recursive: true, force: true })));
});

async function base(): Promise<string> {
  const b = await mkdtemp(path.join(os.tmpdir(), 'scratch-test-'));
  bases.push(b);
  return b;
}

/** The pid of a process that has run and ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('scratch folders', () => {
  it('are named with their process, and a start removes only those whose process has ended', async () => {
    const b = await base();
    const mine = await makeScratchDir('export', b);
    expect(path.basename(mine)).toMatch(new RegExp(`^briefdeck-export-${process.pid}-[A-Za-z0-9]{6}$`));
    await writeFile(path.join(mine, 'export.briefdeck'), '{}');
    const dead = deadPid();
    const killed = path.join(b, `briefdeck-chromium-${dead}-AbC123`);
    await mkdir(path.join(killed, 'Default'), { recursive: true });
    await writeFile(path.join(killed, 'Default', 'Preferences'), '{}');
    const killedExport = path.join(b, `briefdeck-export-${dead}-XyZ789`);
    await mkdir(killedExport);
    // A live process that is not this one (the test runner's parent) keeps its folder.
    const live = path.join(b, `briefdeck-downloads-${process.ppid}-Qq1Qq1`);
    await mkdir(live);
    const notOurs = path.join(b, `chromium-${dead}-AbC123`);
    await mkdir(notOurs);

    const removed = await removeStaleScratchDirs(b);
    expect(removed.sort()).toEqual([killed, killedExport].sort());
    expect((await readdir(b)).sort()).toEqual([path.basename(mine), path.basename(live), path.basename(notOurs)].sort());
    expect(existsSync(path.join(mine, 'export.briefdeck'))).toBe(true);
  });

  it('removes folders named before they carried a pid only once they are a day old', async () => {
    const b = await base();
    const old = path.join(b, 'briefdeck-chromium-HQCvvX');
    const fresh = path.join(b, 'briefdeck-export-1QN2pr');
    await mkdir(old);
    await mkdir(fresh);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    expect(await removeStaleScratchDirs(b)).toEqual([old]);
    expect(await readdir(b)).toEqual([path.basename(fresh)]);
  });

  it('never throws on a temp folder it cannot read', async () => {
    await expect(removeStaleScratchDirs(path.join(os.tmpdir(), 'no-such-folder-briefdeck'))).resolves.toEqual([]);
  });
});
