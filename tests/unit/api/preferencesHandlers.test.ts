// prefs.* channels against real temp folders: what the renderer sees, what it may change, a
// bad preferences file, and the preferences reaching new decks (author, marking, theme) and
// the library folder switching without a restart.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HandlerDeps } from '../../../electron/api/handlers';
import { DEFAULT_PREFERENCES, PreferencesStore } from '../../../electron/services/preferences';
import { type PreferencesInfo } from '../../../shared/api/contract';
import type { Deck } from '../../../shared/deck/schema';
import type { Result } from '../../../shared/result';
import { harness, loadedPreferences, testDeps } from './harness';
import { oneLevelScheme } from '../../../shared/markings/legacy';
import { starterOrganisationTheme } from '../../../shared/themes/organisation';
import { tempDir } from '../services/helpers';

async function setup(opts: { prefsContent?: string; extra?: Partial<HandlerDeps> } = {}) {
  const library = await tempDir();
  const userData = await tempDir();
  const prefsFile = path.join(userData, 'preferences.json');
  if (opts.prefsContent !== undefined) await writeFile(prefsFile, opts.prefsContent);
  const { preferences, notice } = await loadedPreferences(prefsFile);
  const deps = testDeps(library, preferences, { preferencesNotice: notice, recentFile: path.join(userData, 'recent.json'), host: 'electron', ...opts.extra });
  const { call } = harness(deps);
  return { library, userData, prefsFile, preferences, call };
}

function data<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.data;
}

describe('prefs.get / prefs.set', () => {
  it('first start: the user-facing defaults, no notice, no last deck; host-only fields stay hidden', async () => {
    const { call, library } = await setup();
    const info = data(await call<PreferencesInfo>('prefs.get', {}));
    expect(info).toEqual({
      preferences: { libraryDir: null, authorName: '', defaultMarking: null, customScheme: null, defaultThemeId: 'briefing', organisationTheme: null, openLastDeckAtStart: true, paper: DEFAULT_PREFERENCES.paper },
      notice: null,
      library: { dir: library, fixedBecause: 'This version of Briefdeck cannot change the library folder.' },
      lastDeck: null,
    });
    expect(Object.keys(info.preferences)).not.toContain('window');
  });

  it('saves a partial change to the file and answers the whole preferences', async () => {
    const { call, prefsFile, preferences } = await setup();
    const marking = { scheme: 'uk', defaultLevel: 'O' };
    const saved = data(await call('prefs.set', { authorName: 'Ana Policy', defaultMarking: marking }));
    expect(saved).toMatchObject({ authorName: 'Ana Policy', defaultMarking: marking, openLastDeckAtStart: true });
    data(await call('prefs.set', { openLastDeckAtStart: false }));
    const onDisk = JSON.parse(await readFile(prefsFile, 'utf8'));
    expect(onDisk).toMatchObject({ authorName: 'Ana Policy', defaultMarking: marking, openLastDeckAtStart: false });
    const again = new PreferencesStore(prefsFile);
    expect((await again.load()).preferences.authorName).toBe('Ana Policy');
    expect(preferences.get().openLastDeckAtStart).toBe(false);
  });

  const bad: unknown[] = [
    null,
    'author',
    { authorName: 42 },
    { authorName: 'x'.repeat(201) },
    { defaultMarking: { scheme: '', defaultLevel: 'O' } },
    { defaultMarking: { label: 'SECRET', color: '#c8102e' } },
    { customScheme: { id: 'custom', name: 'Ours', levels: [] } },
    { customScheme: { ...oneLevelScheme({ label: 'X', color: '#000000' }), id: 'us' } },
    { openLastDeckAtStart: 'yes' },
    { defaultThemeId: '' },
    // A path from the renderer is never taken: the library changes through the folder dialog only.
    { libraryDir: '/etc' },
    { lastDeckPath: '/etc/passwd' },
    { window: null },
    { somethingElse: 1 },
  ];
  for (const payload of bad) {
    it(`prefs.set refuses ${JSON.stringify(payload)} and changes nothing`, async () => {
      const { call, prefsFile } = await setup();
      data(await call('prefs.set', { authorName: 'Before' }));
      const r = await call('prefs.set', payload);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('bad_request');
        expect(r.error.message).toContain('prefs.set');
      }
      expect(JSON.parse(await readFile(prefsFile, 'utf8'))).toMatchObject({ authorName: 'Before', libraryDir: null, lastDeckPath: null });
    });
  }

  it('prefs.set refuses a theme that does not exist, naming the ones that do', async () => {
    const { call, preferences } = await setup();
    const r = await call('prefs.set', { defaultThemeId: 'neon' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/no theme “neon”.*Briefing/);
    expect(preferences.get().defaultThemeId).toBe('briefing');
  });

  it('a preferences file that cannot be saved gives a clear error, not a crash', async () => {
    const { call, prefsFile } = await setup();
    // A folder where the file should be: the atomic rename onto it fails.
    await mkdir(prefsFile, { recursive: true });
    await writeFile(path.join(prefsFile, 'x'), '');
    const r = await call('prefs.set', { authorName: 'Ana' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(prefsFile);
  });
});

describe('a bad preferences file', () => {
  it('not JSON: defaults and the notice, until a change rewrites the file', async () => {
    const { call, prefsFile } = await setup({ prefsContent: '{"authorName": "Ana",' });
    const info = data(await call<PreferencesInfo>('prefs.get', {}));
    expect(info.preferences).toMatchObject({ authorName: DEFAULT_PREFERENCES.authorName, defaultThemeId: 'briefing' });
    expect(info.notice).toContain(prefsFile);
    expect(info.notice).toContain('not valid JSON');
    // Reading again still tells (the renderer decides to show it once).
    expect(data(await call<PreferencesInfo>('prefs.get', {})).notice).toContain('not valid JSON');
    data(await call('prefs.set', { authorName: 'Ana' }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).notice).toBeNull();
    expect(JSON.parse(await readFile(prefsFile, 'utf8')).authorName).toBe('Ana');
  });

  it('one bad field falls back alone and is named; the good ones are used for new decks', async () => {
    const { call } = await setup({ prefsContent: JSON.stringify({ authorName: 'Ana', defaultClassification: { label: 'SECRET' } }) });
    const info = data(await call<PreferencesInfo>('prefs.get', {}));
    expect(info.preferences.authorName).toBe('Ana');
    expect(info.preferences.defaultMarking).toBeNull();
    expect(info.notice).toContain('default marking');
    const created = data(await call<{ deck: Deck }>('library.create', { title: 'After a bad file' }));
    expect(created.deck.meta.author).toBe('Ana');
    expect(created.deck.meta.marking).toBeNull();
  });

  it('an old default banner {label, color} becomes the same default marking, with no notice', async () => {
    const { call } = await setup({ prefsContent: JSON.stringify({ authorName: 'Ana', defaultClassification: { label: 'OFFICIAL-SENSITIVE', color: '#2b2b2b' } }) });
    const info = data(await call<PreferencesInfo>('prefs.get', {}));
    expect(info.notice).toBeNull();
    expect(info.preferences.defaultMarking).toEqual({ scheme: 'custom', defaultLevel: 'L1' });
    expect(info.preferences.customScheme?.levels).toEqual([{ id: 'L1', label: 'OFFICIAL-SENSITIVE', portion: 'OFFICIAL-SENSITIVE', background: '#2b2b2b', text: '#ffffff', needsRelease: false }]);
    const created = data(await call<{ deck: Deck }>('library.create', { title: 'From old preferences' }));
    expect(created.deck.meta.marking).toMatchObject({ scheme: 'custom', defaultLevel: 'L1', custom: { levels: [{ label: 'OFFICIAL-SENSITIVE' }] } });
    const us = await setup({ prefsContent: JSON.stringify({ defaultClassification: { label: 'UNCLASSIFIED', color: '#007A33' } }) });
    expect(data(await us.call<PreferencesInfo>('prefs.get', {})).preferences).toMatchObject({ defaultMarking: { scheme: 'us', defaultLevel: 'U' }, customScheme: null });
  });
});

describe('preferences reach new decks', () => {
  it('the author, the default marking and the default theme are written into a created deck, on disk too', async () => {
    const { call, library } = await setup();
    data(await call('prefs.set', { authorName: 'Ana Policy', defaultMarking: { scheme: 'uk', defaultLevel: 'OS' }, defaultThemeId: 'briefing' }));
    const created = data(await call<{ deck: Deck; fileName: string }>('library.create', { title: 'Defaults' }));
    expect(created.deck.meta.author).toBe('Ana Policy');
    const marking = { scheme: 'uk', custom: null, defaultLevel: 'OS', override: null, audiences: [], withheld: 'box', portionMarks: true };
    expect(created.deck.meta.marking).toEqual(marking);
    expect(created.deck.themeId).toBe('briefing');
    const onDisk = JSON.parse(await readFile(path.join(library, created.fileName), 'utf8')) as Deck;
    expect(onDisk.meta.author).toBe('Ana Policy');
    expect(onDisk.meta.marking).toEqual(marking);
  });

  it('a custom default scheme is copied into the new deck', async () => {
    const { call } = await setup();
    const customScheme = { ...oneLevelScheme({ label: 'AGENCY INTERNAL', color: '#1f4e79' }), name: 'Agency' };
    data(await call('prefs.set', { defaultMarking: { scheme: 'custom', defaultLevel: 'L1' }, customScheme }));
    const created = data(await call<{ deck: Deck }>('library.create', { title: 'Custom' }));
    expect(created.deck.meta.marking).toMatchObject({ scheme: 'custom', defaultLevel: 'L1', custom: customScheme });
  });

  it('the organisation theme as default: a new deck carries a copy of it and its logo; refused while there is none, or with a hostile SVG logo', async () => {
    const { call } = await setup();
    const refused = await call('prefs.set', { defaultThemeId: 'organisation' });
    expect(refused.ok ? null : refused.error.message).toMatch(/cannot start with the organisation theme while there is none/);
    const svg = (body: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10">${body}</svg>`).toString('base64');
    const logo = { id: 'img_00000000000000000000000000000000000000ab', name: 'logo.svg', mime: 'image/svg+xml' as const, data: svg('<rect width="40" height="10"/>'), source: null };
    const organisationTheme = { ...starterOrganisationTheme(), name: 'Agency', logo };
    const hostile = await call('prefs.set', { organisationTheme: { ...organisationTheme, logo: { ...logo, data: svg('<script>alert(1)</script>') } } });
    expect(hostile.ok).toBe(false);
    data(await call('prefs.set', { organisationTheme, defaultThemeId: 'organisation' }));
    const created = data(await call<{ deck: Deck }>('library.create', { title: 'Ours' }));
    expect(created.deck.themeId).toBe('organisation');
    expect(created.deck.organisationTheme).toMatchObject({ name: 'Agency', logoAssetId: logo.id });
    expect(created.deck.assets[logo.id]).toEqual(logo);
    // Removing the theme while new decks start with it is refused, naming what to do.
    const orphan = await call('prefs.set', { organisationTheme: null });
    expect(orphan.ok ? null : orphan.error.message).toMatch(/choose another default theme/);
  });

  it('without preferences a new deck has no author and no marking', async () => {
    const { call } = await setup();
    const created = data(await call<{ deck: Deck }>('library.create', { title: 'Plain' }));
    expect(created.deck.meta.author).toBe('');
    expect(created.deck.meta.marking).toBeNull();
  });

  it('changing the preferences does not touch decks that already exist', async () => {
    const { call } = await setup();
    const before = data(await call<{ ref: string }>('library.create', { title: 'Older' }));
    data(await call('prefs.set', { authorName: 'Later Author' }));
    const reopened = data(await call<{ deck: Deck }>('deck.open', { ref: before.ref }));
    expect(reopened.deck.meta.author).toBe('');
  });
});

describe('the last deck', () => {
  it('is the deck last opened; offered at start only while the option is on and the file exists', async () => {
    const { call, library } = await setup();
    const a = data(await call<{ ref: string }>('library.create', { title: 'A' }));
    const b = data(await call<{ ref: string }>('library.create', { title: 'B' }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).lastDeck).toBe(b.ref);
    data(await call('deck.open', { ref: a.ref }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).lastDeck).toBe(a.ref);
    const renamed = data(await call<{ ref: string }>('library.rename', { ref: a.ref, title: 'A2' }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).lastDeck).toBe(renamed.ref);
    data(await call('prefs.set', { openLastDeckAtStart: false }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).lastDeck).toBeNull();
    data(await call('prefs.set', { openLastDeckAtStart: true }));
    data(await call('library.delete', { ref: renamed.ref }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).lastDeck).toBeNull();
    expect(library).toBeTruthy();
  });
});

describe('prefs.chooseLibrary', () => {
  it('where the library is fixed (browser host, BRIEFDECK_LIBRARY) it says why and changes nothing', async () => {
    const why = 'In the browser the library is the folder `npm run serve` was started with.';
    const { call, library } = await setup({ extra: { libraryFixedBecause: why, dialogs: { open: async () => null, saveAs: async () => null, chooseFolder: async () => '/tmp' } } });
    expect(data(await call<PreferencesInfo>('prefs.get', {})).library).toEqual({ dir: library, fixedBecause: why });
    const r = await call('prefs.chooseLibrary', {});
    expect(r.ok ? null : r.error).toEqual({ code: 'not_supported', message: why });
  });

  it('with the folder dialog: the new folder is used at once by library.* and app.info, and saved; cancel changes nothing', async () => {
    const other = path.join(await tempDir(), 'Decks elsewhere');
    let answer: string | null = null;
    let asked = '';
    const changed: string[] = [];
    const { call, library, prefsFile } = await setup({
      extra: {
        dialogs: { open: async () => null, saveAs: async () => null, chooseFolder: async (d) => ((asked = d), answer) },
        onLibraryChanged: (d) => changed.push(d),
      },
    });
    data(await call('library.create', { title: 'In the old one' }));
    expect(data(await call<PreferencesInfo>('prefs.get', {})).library.fixedBecause).toBeNull();
    expect(data(await call('prefs.chooseLibrary', {}))).toBeNull();
    expect(asked).toBe(library);
    answer = other;
    const info = data(await call<PreferencesInfo>('prefs.chooseLibrary', {}));
    expect(info.library.dir).toBe(other);
    expect(info.preferences.libraryDir).toBe(other);
    expect(changed).toEqual([other]);
    expect(data(await call<unknown[]>('library.list', {}))).toEqual([]);
    expect(data(await call<{ libraryDir: string }>('app.info', {})).libraryDir).toBe(other);
    const created = data(await call<{ fileName: string }>('library.create', { title: 'In the new one' }));
    await readFile(path.join(other, created.fileName)); // exists in the new folder
    expect(JSON.parse(await readFile(prefsFile, 'utf8')).libraryDir).toBe(other);
  });
});
