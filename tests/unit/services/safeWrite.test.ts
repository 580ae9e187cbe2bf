// The one safe-write module: exclusive random temp names, no writing through symlinks that
// lead out of the root, no leftovers, and clean-up of a dead writer's temp files.
import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFolder, isTempName, moveInside, removeStaleTemps, STALE_TEMP_AGE_MS, tempNameFor, writeFileSafely } from '../../../electron/services/safeWrite';
import { BriefdeckError } from '../../../shared/result';
import { tempDir } from './helpers';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof BriefdeckError ? `${e.code}: ${e.message}` : `raw: ${(e as Error).message}`;
  }
  return 'ok';
}

describe('writeFileSafely', () => {
  it('writes the bytes and leaves nothing else in the folder', async () => {
    const dir = await tempDir();
    await writeFileSafely(path.join(dir, 'a.json'), '{"a":1}', { root: dir });
    await writeFileSafely(path.join(dir, 'a.json'), '{"a":2}', { root: dir });
    expect(await readFile(path.join(dir, 'a.json'), 'utf8')).toBe('{"a":2}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('never writes through a symlink planted at the old fixed temp name', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    const victim = path.join(outside, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, path.join(dir, '.a.json.tmp'));
    await writeFileSafely(path.join(dir, 'a.json'), 'new', { root: dir });
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(path.join(dir, 'a.json'))).isFile()).toBe(true);
  });

  it('refuses a target that is a symlink leading out of the root, naming it', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    await writeFile(path.join(outside, 'victim.txt'), 'precious');
    await symlink(path.join(outside, 'victim.txt'), path.join(dir, 'a.json'));
    const msg = await codeOf(writeFileSafely(path.join(dir, 'a.json'), 'new', { root: dir }));
    expect(msg).toMatch(/^unsafe_path: .*“a\.json”.* is a link to .*victim\.txt, outside that folder/);
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('refuses a parent folder that is a symlink leading out, and a dangling link', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    await symlink(outside, path.join(dir, '.history'));
    expect(await codeOf(writeFileSafely(path.join(dir, '.history', 'x', 'v.briefdeck'), 'x', { root: dir }))).toMatch(/^unsafe_path: .*“\.history”/);
    expect(await codeOf(ensureFolder(path.join(dir, '.history', 'x'), { root: dir }))).toMatch(/^unsafe_path/);
    await symlink(path.join(outside, 'gone'), path.join(dir, 'dangling.json'));
    expect(await codeOf(writeFileSafely(path.join(dir, 'dangling.json'), 'x', { root: dir }))).toMatch(/^unsafe_path: .*a place that does not exist/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('follows a symlink that stays inside the root', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'real'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'alias'));
    await writeFileSafely(path.join(dir, 'alias', 'f.txt'), 'inside', { root: dir });
    expect(await readFile(path.join(dir, 'real', 'f.txt'), 'utf8')).toBe('inside');
  });

  it('without a root (a path from a dialog) replaces a symlink target instead of writing through it', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    await writeFile(path.join(outside, 'victim.txt'), 'precious');
    await symlink(path.join(outside, 'victim.txt'), path.join(dir, 'out.pdf'));
    await writeFileSafely(path.join(dir, 'out.pdf'), '%PDF');
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('precious');
    expect((await lstat(path.join(dir, 'out.pdf'))).isFile()).toBe(true);
  });

  it('many writes to one file at once never collide and leave no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'same.json');
    await Promise.all(Array.from({ length: 30 }, (_, i) => writeFileSafely(file, `{"n":${i}}`, { root: dir })));
    expect(JSON.parse(await readFile(file, 'utf8')).n).toBeGreaterThanOrEqual(0);
    expect(await readdir(dir)).toEqual(['same.json']);
  });

  it('an aborted write leaves the target as it was and no temp file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'x.pdf');
    await writeFile(file, 'old');
    const ac = new AbortController();
    ac.abort();
    expect(await codeOf(writeFileSafely(file, new Uint8Array(10_000_000), { signal: ac.signal }))).toMatch(/^raw/);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['x.pdf']);
  });

  it('moveInside refuses a destination folder linked out of the root', async () => {
    const dir = await tempDir();
    const outside = await tempDir('briefdeck-outside-');
    await writeFile(path.join(dir, 'D.briefdeck'), 'deck');
    await symlink(outside, path.join(dir, '.trash'));
    expect(await codeOf(moveInside(path.join(dir, 'D.briefdeck'), path.join(dir, '.trash', 'D.briefdeck'), dir))).toMatch(/^unsafe_path/);
    expect(await readdir(outside)).toEqual([]);
    expect(await readFile(path.join(dir, 'D.briefdeck'), 'utf8')).toBe('deck');
  });
});

describe('removeStaleTemps', () => {
  it('removes a dead writer’s temp files and old ones, keeps live and foreign ones', async () => {
    const dir = await tempDir();
    // A temp file written by a process of this host that has exited.
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import('${path.resolve('electron/services/safeWrite.ts')}').then(m => process.stdout.write(m.tempNameFor('/x/Deck.briefdeck')))`]);
    const dead = child.stdout.toString();
    expect(isTempName(dead)).toBe(true);
    const live = path.basename(tempNameFor(path.join(dir, 'Deck.briefdeck')));
    const otherHostFresh = '.~bd.ffffff.123.abcdef.01234567.Deck.briefdeck.tmp';
    const otherHostOld = '.~bd.ffffff.124.abcdef.01234567.Deck.briefdeck.tmp';
    const legacyOld = '.Deck.briefdeck.tmp';
    const legacyFresh = '.recent.json.tmp';
    const unrelated = ['Deck.briefdeck', '.notes.tmp', '.~lock.Deck.briefdeck#'];
    for (const n of [dead, live, otherHostFresh, otherHostOld, legacyOld, legacyFresh, ...unrelated]) await writeFile(path.join(dir, n), 'x');
    const old = (Date.now() - STALE_TEMP_AGE_MS - 60_000) / 1000;
    await utimes(path.join(dir, otherHostOld), old, old);
    await utimes(path.join(dir, legacyOld), old, old);
    const removed = await removeStaleTemps(dir);
    expect(removed.sort()).toEqual([dead, otherHostOld, legacyOld].sort());
    expect((await readdir(dir)).sort()).toEqual([live, otherHostFresh, legacyFresh, ...unrelated].sort());
    expect(await removeStaleTemps(path.join(os.tmpdir(), 'briefdeck-no-such-folder'))).toEqual([]);
  });
});
