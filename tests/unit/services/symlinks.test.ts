// Issue 16, problem 1: symlinks planted in the library must never redirect Briefdeck's own
// writes outside it. A symlink at each old fixed temp name (deck save, the recent list on
// open, a preference), .history and .trash linked to an outside folder, and a deck that is
// itself a link out: the outside file is never touched and the person is told why.
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../shared/deck/codec';
import { setDeckTitle } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { harness, loadedPreferences, testDeps } from '../api/harness';
import { SNAPSHOT_INTERVAL_MS } from '../../../electron/services/history';
import { quietLog, sampleDeck, tempDir, testLibrary } from './helpers';

async function outsideVictim(): Promise<{ dir: string; file: string }> {
  const dir = await tempDir('briefdeck-outside-');
  const file = path.join(dir, 'victim.txt');
  await writeFile(file, 'precious outside file');
  return { dir, file };
}

function titled(deck: Deck, title: string): Deck {
  const d = structuredClone(deck);
  setDeckTitle(d, title);
  return d;
}

describe('symlinks in the library never redirect a write', () => {
  it('saving a deck: a symlink at the deck’s old temp name is not written through', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Budget', 'blank');
    const victim = await outsideVictim();
    await symlink(victim.file, path.join(dir, '.Budget.briefdeck.tmp'));
    await files.save(opened.ref, titled(opened.deck, 'Budget 2'), opened.revision);
    expect(await readFile(victim.file, 'utf8')).toBe('precious outside file');
    expect((await lstat(path.join(dir, 'Budget.briefdeck'))).isFile()).toBe(true);
    expect((await files.open(opened.ref)).deck.meta.title).toBe('Budget 2');
  });

  it('opening a deck: a symlink at the recent list’s old temp name is not written through', async () => {
    const dir = await tempDir();
    const victim = await outsideVictim();
    await writeFile(path.join(dir, 'Open me.briefdeck'), serializeDeck(sampleDeck('Open me')));
    await symlink(victim.file, path.join(dir, '..briefdeck-recent.json.tmp') /* steno: '.' + name + '.tmp' */);
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call } = harness(testDeps(dir, preferences));
    expect((await call('deck.open', { ref: 'library:Open me.briefdeck' })).ok).toBe(true);
    expect(await readFile(victim.file, 'utf8')).toBe('precious outside file');
    expect((await lstat(path.join(dir, '.briefdeck-recent.json'))).isFile()).toBe(true);
  });

  it('setting a preference: a symlink at the preferences file’s old temp name is not written through', async () => {
    const dir = await tempDir();
    const victim = await outsideVictim();
    await symlink(victim.file, path.join(dir, '..briefdeck-preferences.json.tmp'));
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call } = harness(testDeps(dir, preferences));
    expect((await call('prefs.set', { authorName: 'Ana' })).ok).toBe(true);
    expect(await readFile(victim.file, 'utf8')).toBe('precious outside file');
    expect(JSON.parse(await readFile(path.join(dir, '.briefdeck-preferences.json'), 'utf8')).authorName).toBe('Ana');
  });

  it('a preference file that is a link out of its folder is refused with a message', async () => {
    const dir = await tempDir();
    const victim = await outsideVictim();
    await symlink(victim.file, path.join(dir, '.briefdeck-preferences.json'));
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call } = harness(testDeps(dir, preferences));
    const r = await call('prefs.set', { authorName: 'Ana' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/is a link to .*victim\.txt, outside that folder/);
    expect(await readFile(victim.file, 'utf8')).toBe('precious outside file');
  });

  it('.history linked to an outside folder receives no version; the save still lands in the library', async () => {
    const { files, dir, clock } = await testLibrary();
    const { opened } = await files.create('Hist', 'blank');
    const victim = await outsideVictim();
    await symlink(victim.dir, path.join(dir, '.history'));
    clock.advance(SNAPSHOT_INTERVAL_MS * 2);
    const saved = await files.save(opened.ref, titled(opened.deck, 'Hist 2'), opened.revision);
    clock.advance(SNAPSHOT_INTERVAL_MS * 2);
    await files.rename(opened.ref, 'Hist 3');
    expect(await readdir(victim.dir)).toEqual(['victim.txt']);
    expect(saved.revision).not.toBe(opened.revision);
    expect(quietLog.messages.some((m) => /could not keep a history copy/.test(m))).toBe(true);
  });

  it('a deck’s history folder linked out is not written to either', async () => {
    const { files, dir, clock } = await testLibrary();
    const { opened } = await files.create('Hist', 'blank');
    const victim = await outsideVictim();
    await mkdir(path.join(dir, '.history'));
    await symlink(victim.dir, path.join(dir, '.history', opened.deck.id));
    clock.advance(SNAPSHOT_INTERVAL_MS * 2);
    await files.save(opened.ref, titled(opened.deck, 'Hist 2'), opened.revision);
    expect(await readdir(victim.dir)).toEqual(['victim.txt']);
  });

  it('.trash linked to an outside folder: delete is refused with a message and the deck stays', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Trash me', 'blank');
    const victim = await outsideVictim();
    await symlink(victim.dir, path.join(dir, '.trash'));
    await expect(files.remove(opened.ref)).rejects.toMatchObject({ code: 'unsafe_path', message: expect.stringMatching(/“\.trash”.*is a link to/) });
    expect(await readdir(victim.dir)).toEqual(['victim.txt']);
    expect((await lstat(path.join(dir, 'Trash me.briefdeck'))).isFile()).toBe(true);
  });

  it('a deck file that is a link out of the library is never saved through', async () => {
    const { files, dir } = await testLibrary();
    const victim = await outsideVictim();
    const deck = sampleDeck('Linked');
    await writeFile(victim.file, serializeDeck(deck));
    await symlink(victim.file, path.join(dir, 'Linked.briefdeck'));
    const opened = await files.open('library:Linked.briefdeck');
    const before = await readFile(victim.file, 'utf8');
    await expect(files.save(opened.ref, titled(opened.deck, 'Changed'), opened.revision)).rejects.toMatchObject({ code: 'unsafe_path' });
    await expect(files.rename(opened.ref, 'Renamed')).rejects.toMatchObject({ code: 'unsafe_path' });
    expect(await readFile(victim.file, 'utf8')).toBe(before);
    expect((await lstat(path.join(dir, 'Linked.briefdeck'))).isSymbolicLink()).toBe(true);
  });
});
