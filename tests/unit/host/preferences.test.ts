// Preferences against real temp folders: load, save, and every way the file can be bad.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, PreferencesStore } from '../../../electron/services/preferences';

let dir: string;
let store: PreferencesStore;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-prefs-'));
  store = PreferencesStore.inFolder(path.join(dir, 'userData'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('preferences', () => {
  it('first start: no file, defaults, no notice', async () => {
    expect(await store.load()).toEqual({ preferences: DEFAULT_PREFERENCES, notice: null });
  });

  it('saves changes atomically and loads them back in a new store', async () => {
    await store.load();
    await store.update({ authorName: 'Policy Unit', defaultMarking: { scheme: 'au', defaultLevel: 'O' } });
    await store.update({ openLastDeckAtStart: false });
    const again = PreferencesStore.inFolder(path.join(dir, 'userData'));
    const { preferences, notice } = await again.load();
    expect(notice).toBeNull();
    expect(preferences).toMatchObject({ authorName: 'Policy Unit', defaultMarking: { scheme: 'au', defaultLevel: 'O' }, openLastDeckAtStart: false });
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toMatchObject({ authorName: 'Policy Unit' });
  });

  it('refuses an invalid change and keeps the file as it was', async () => {
    await store.update({ authorName: 'A' });
    expect(() => store.update({ defaultMarking: { scheme: '', defaultLevel: 'O' } })).toThrow();
    expect(() => store.update({ unknownSetting: 1 } as never)).toThrow();
    expect(JSON.parse(await readFile(store.file, 'utf8')).authorName).toBe('A');
  });

  it('not JSON: defaults, a notice naming the file, the bad file kept aside', async () => {
    await mkdir(path.dirname(store.file), { recursive: true });
    await writeFile(store.file, '{"authorName": "Ana",');
    const { preferences, notice } = await store.load();
    expect(preferences).toEqual(DEFAULT_PREFERENCES);
    expect(notice).toContain(store.file);
    expect(notice).toContain('not valid JSON');
    expect(await readFile(`${store.file}.bad`, 'utf8')).toBe('{"authorName": "Ana",');
  });

  it('bad fields fall back one by one; good ones are kept', async () => {
    await mkdir(path.dirname(store.file), { recursive: true });
    await writeFile(store.file, JSON.stringify({ authorName: 'Ana', defaultThemeId: 42, window: { bounds: 'big' }, extra: true }));
    const { preferences, notice } = await store.load();
    expect(preferences.authorName).toBe('Ana');
    expect(preferences.defaultThemeId).toBe('briefing');
    expect(preferences.window).toBeNull();
    expect(notice).toContain('default theme, window position');
  });

  it('paper: a file from before it existed keeps the locale default; a bad one falls back and says so', async () => {
    await mkdir(path.dirname(store.file), { recursive: true });
    await writeFile(store.file, JSON.stringify({ authorName: 'Ana' }));
    expect((await store.load()).preferences.paper).toBe(DEFAULT_PREFERENCES.paper);
    await store.update({ paper: 'a4' });
    expect((await PreferencesStore.inFolder(path.join(dir, 'userData')).load()).preferences.paper).toBe('a4');
    await writeFile(store.file, JSON.stringify({ authorName: 'Ana', paper: 'tabloid' }));
    const { preferences, notice } = await store.load();
    expect(preferences.paper).toBe(DEFAULT_PREFERENCES.paper);
    expect(notice).toContain('paper for notes pages and handouts');
  });

  it('a file that is not an object (or a folder) never crashes the app', async () => {
    await mkdir(path.dirname(store.file), { recursive: true });
    await writeFile(store.file, '[1,2,3]');
    expect((await store.load()).notice).toContain('unexpected shape');
    await rm(store.file);
    await mkdir(store.file);
    const r = await store.load();
    expect(r.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(r.notice).toContain('could not be read');
  });
});
