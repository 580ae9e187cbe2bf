// The handler table: one handler per contract channel, bad payloads refused with
// 'bad_request', service errors carried as codes, unknown errors hidden behind 'internal'.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type HandlerDeps, type Handlers } from '../../../electron/api/handlers';
import { ExternalRefs } from '../../../electron/services/externalRefs';
import { BROWSER_CAPABILITIES } from '../../../shared/api/capabilities';
import { CHANNELS, type AppInfo, type Channel } from '../../../shared/api/contract';
import { serializeDeck } from '../../../shared/deck/codec';
import type { Result } from '../../../shared/result';
import { sampleDeck, tempDir, TestClock } from '../services/helpers';
import { harness, loadedPreferences, testDeps } from './harness';

interface Logged {
  level: string;
  message: string;
  detail: unknown;
}

async function setup(extra: Partial<HandlerDeps> = {}) {
  const dir = await tempDir();
  const logged: Logged[] = [];
  const clock = new TestClock();
  const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
  const log = {
    info: (message: string, detail?: unknown) => logged.push({ level: 'info', message, detail }),
    warn: (message: string, detail?: unknown) => logged.push({ level: 'warn', message, detail }),
    error: (message: string, detail?: unknown) => logged.push({ level: 'error', message, detail }),
  };
  const { handlers, call } = harness(testDeps(dir, preferences, { now: clock.now, log, ...extra }));
  return { dir, logged, clock, handlers, call };
}

function data<T = Record<string, unknown>>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.data as T;
}

function errorOf(r: Result<unknown>): { code: string; message: string } {
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('handler table', () => {
  it('has exactly one handler per contract channel', async () => {
    const { handlers } = await setup();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers app.info from its deps', async () => {
    const { call, dir } = await setup();
    expect(data(await call('app.info', {}))).toEqual({ version: '0.1.0-test', host: 'browser', libraryDir: dir, platform: 'linux', capabilities: BROWSER_CAPABILITIES });
  });

  it('a whole session: create, open, save, history, restore, rename, duplicate, recent, delete', async () => {
    const { call, clock, dir } = await setup();
    const created = data<{ ref: string; revision: string; deck: ReturnType<typeof sampleDeck> }>(await call('library.create', { title: 'Session' }));
    expect(created.ref).toBe('library:Session.briefdeck');
    const opened = data<{ revision: string }>(await call('deck.open', { ref: created.ref }));
    expect(opened.revision).toBe(created.revision);
    clock.advance(1000);
    const edited = sampleDeck('Session');
    edited.id = created.deck.id;
    const saved = data<{ revision: string }>(await call('deck.save', { ref: created.ref, deck: edited, baseRevision: opened.revision }));
    // Saving on a stale revision is a conflict.
    expect(errorOf(await call('deck.save', { ref: created.ref, deck: edited, baseRevision: opened.revision })).code).toBe('conflict');
    const history = data<{ id: string; slideCount: number }[]>(await call('deck.history', { ref: created.ref }));
    expect(history.map((h) => h.slideCount)).toEqual([1]);
    const restored = data<{ deck: { slideOrder: string[] }; revision: string }>(await call('deck.restore', { ref: created.ref, versionId: history[0]!.id }));
    expect(restored.deck.slideOrder).toHaveLength(1);
    expect(restored.revision).not.toBe(saved.revision);
    const renamed = data<{ ref: string }>(await call('library.rename', { ref: created.ref, title: 'Session renamed' }));
    expect(renamed.ref).toBe('library:Session renamed.briefdeck');
    const dup = data<{ ref: string; title: string }>(await call('library.duplicate', { ref: renamed.ref }));
    expect(dup.title).toBe('Session renamed (copy)');
    expect(data<{ ref: string }[]>(await call('library.recent', {})).map((d) => d.ref)).toEqual([renamed.ref]);
    const copy = data<{ ref: string }>(await call('deck.saveCopy', { deck: edited, title: 'Mine' }));
    expect(data<{ ref: string }[]>(await call('library.recent', {})).map((d) => d.ref)).toEqual([copy.ref, renamed.ref]);
    const trashed = data<{ trashedTo: string }>(await call('library.delete', { ref: renamed.ref }));
    expect(trashed.trashedTo.startsWith(path.join(dir, '.trash'))).toBe(true);
    expect(data<{ ref: string }[]>(await call('library.recent', {})).map((d) => d.ref)).toEqual([copy.ref]);
    expect(data<{ ref: string }[]>(await call('library.list', {})).map((d) => d.ref).sort()).toEqual([copy.ref, dup.ref].sort());
  });

  it('a presenting or print window reads a deck without making it recent', async () => {
    const { call } = await setup();
    const a = data<{ ref: string }>(await call('library.create', { title: 'Shown' }));
    const b = data<{ ref: string }>(await call('library.create', { title: 'Edited' }));
    data(await call('deck.open', { ref: b.ref }));
    const viewed = data<{ ref: string }>(await call('deck.open', { ref: a.ref, purpose: 'view' }));
    expect(viewed.ref).toBe(a.ref);
    // Opening it to edit would have moved 'Shown' to the front.
    expect(data<{ ref: string }[]>(await call('library.recent', {})).map((d) => d.ref)).toEqual([b.ref, a.ref]);
    expect(errorOf(await call('deck.open', { ref: a.ref, purpose: 'peek' })).code).toBe('bad_request');
  });

  it('creating from a missing sample falls back to blank and logs why', async () => {
    const { call, logged } = await setup();
    const r = data<{ deck: { slideOrder: string[] } }>(await call('library.create', { title: 'S', template: 'sample' }));
    expect(r.deck.slideOrder).toHaveLength(1);
    expect(logged.some((l) => l.level === 'warn' && /sample deck is not installed/.test(l.message))).toBe(true);
  });
});

describe('bad payloads', () => {
  const deck = sampleDeck();
  const bad: [Channel, unknown][] = [
    ['app.info', null],
    ['app.info', undefined],
    ['app.info', 'hello'],
    ['library.create', {}],
    ['library.create', { title: 42 }],
    ['library.create', { title: '' }],
    ['library.create', { title: 'x'.repeat(301) }],
    ['library.create', { title: 'ok', template: 'evil' }],
    ['library.rename', { ref: 'library:a.briefdeck' }],
    ['library.rename', { ref: ['library:a.briefdeck'], title: 'x' }],
    ['deck.open', { ref: 'library:../../etc/passwd' }],
    ['deck.open', { ref: '/etc/passwd' }],
    ['deck.open', { ref: 'C:\\Windows\\win.ini' }],
    ['deck.open', { ref: 'library:..\\..\\secret.briefdeck' }],
    ['deck.open', { ref: 'file:///etc/passwd' }],
    ['deck.open', { ref: 'ext:../../etc/passwd' }],
    ['deck.open', { ref: 'library:a.briefdeck\u0000.txt' }],
    ['deck.open', { path: '/etc/passwd' }],
    ['deck.save', { ref: 'library:a.briefdeck', deck: { format: 'briefdeck' }, baseRevision: 'x' }],
    ['deck.save', { ref: 'library:a.briefdeck', deck, baseRevision: 5 }],
    ['deck.save', { ref: 'library:a.briefdeck', deck, baseRevision: 'x', force: 'yes' }],
    ['deck.saveCopy', { deck }],
    ['deck.restore', { ref: 'library:a.briefdeck', versionId: '../../../etc/passwd' }],
    ['deck.restore', { ref: 'library:a.briefdeck', versionId: '' }],
    ['export.pdf', { ref: 'library:a.briefdeck', options: { layout: 'poster' } }],
    ['present.openAudience', { deckRef: '/etc/passwd' }],
    ['present.openAudience', { deckRef: 'library:a.briefdeck', displayId: 'external' }],
    ['present.openAudience', { deckRef: 'library:a.briefdeck', from: 0 }],
    ['export.pdf', { ref: 'library:a.briefdeck', options: { range: { from: 0, to: 2 } } }],
  ];
  for (const [channel, payload] of bad) {
    it(`${channel} refuses ${JSON.stringify(payload)?.slice(0, 80) ?? 'undefined'}`, async () => {
      const { handlers, dir } = await setup();
      await writeFile(path.join(dir, 'a.briefdeck'), serializeDeck(deck));
      const r = await dispatch(handlers, channel, payload);
      const e = errorOf(r);
      expect(e.code).toBe('bad_request');
      expect(e.message).toContain(channel);
    });
  }

  it('names the offending field', async () => {
    const { handlers } = await setup();
    const e = errorOf(await handlers['deck.open']({ ref: '/etc/passwd' }));
    expect(e.message).toMatch(/ref: not a deck reference/);
  });

  it('rejects unknown channels, including prototype keys', async () => {
    const { handlers } = await setup();
    for (const ch of ['deck.delete', 'fs.readFile', '__proto__', 'constructor', 'toString', '']) {
      const e = errorOf(await dispatch(handlers, ch, {}));
      expect(e.code).toBe('bad_request');
      expect(e.message).toMatch(/not a Briefdeck API channel/);
    }
  });

  it('an expired or forged ext: token is not found, not a path', async () => {
    const { call } = await setup();
    expect(errorOf(await call('deck.open', { ref: 'ext:0123456789abcdef' })).code).toBe('not_found');
  });
});

describe('errors from services and hosts', () => {
  it('carries a BriefdeckError code and message (bad file), untouched file', async () => {
    const { call, dir } = await setup();
    await writeFile(path.join(dir, 'Broken.briefdeck'), '{"format": "briefdeck", "schemaVersion": 1, "id": ');
    const e = errorOf(await call('deck.open', { ref: 'library:Broken.briefdeck' }));
    expect(e.code).toBe('truncated');
    expect(e.message).toContain('“Broken.briefdeck”');
    const list = data<{ problem: string | null }[]>(await call('library.list', {}));
    expect(list[0]!.problem).toBe(e.message);
  });

  it('hides unknown errors behind "internal" and logs the detail', async () => {
    const { call, logged } = await setup({
      trash: async () => {
        throw new Error('EVIL: secret detail at /home/user/thing');
      },
    });
    const created = data<{ ref: string }>(await call('library.create', { title: 'T' }));
    const e = errorOf(await call('library.delete', { ref: created.ref }));
    expect(e.code).toBe('internal');
    expect(e.message).not.toMatch(/EVIL|secret|\/home/);
    const entry = logged.find((l) => l.level === 'error');
    expect(entry?.message).toMatch(/library\.delete/);
    expect(String(entry?.detail)).toMatch(/EVIL/);
  });

  it('without Electron’s presenting windows (browser host), present.* answer not_supported', async () => {
    const { call } = await setup();
    for (const [channel, payload] of [
      ['present.displays', {}],
      ['present.openAudience', { deckRef: 'library:a.briefdeck' }],
      ['present.swapDisplays', {}],
      ['present.closeAudience', {}],
    ] as const) {
      const e = errorOf(await call(channel, payload));
      expect(e.code, channel).toBe('not_supported');
      expect(e.message).toMatch(/Open audience window/);
    }
  });

  it('menu.setEditsAvailable reaches the desktop menu; the browser host, which has none, only answers', async () => {
    const told: boolean[] = [];
    const desktop = await setup({ setEditsAvailable: (available: boolean) => void told.push(available) });
    expect(data(await desktop.call('menu.setEditsAvailable', { available: false }))).toEqual({ applied: true });
    expect(data(await desktop.call('menu.setEditsAvailable', { available: true }))).toEqual({ applied: true });
    expect(told).toEqual([false, true]);
    const browser = await setup();
    expect(data(await browser.call('menu.setEditsAvailable', { available: false }))).toEqual({ applied: false });
  });

  it('without native dialogs, dialog.* answer not_supported', async () => {
    const { call } = await setup();
    expect(errorOf(await call('dialog.open', {})).code).toBe('not_supported');
    expect(errorOf(await call('dialog.saveAs', { deck: sampleDeck() })).code).toBe('not_supported');
  });

  it('with native dialogs: open grants an ext: ref and never shows the path; cancel answers null', async () => {
    const outside = await tempDir();
    const file = path.join(outside, 'Picked.briefdeck');
    await writeFile(file, serializeDeck(sampleDeck('Picked')));
    let answer: string | null = file;
    let defaultName = '';
    const externals = new ExternalRefs();
    const { call } = await setup({
      host: 'electron',
      externals,
      dialogs: {
        open: async () => answer,
        saveAs: async (name) => {
          defaultName = name;
          return answer === null ? null : path.join(outside, 'Saved as');
        },
      },
    });
    expect(data<AppInfo>(await call('app.info', {})).capabilities).toEqual({ ...BROWSER_CAPABILITIES, nativeFileDialogs: true });
    const r = await call('dialog.open', {});
    const opened = data<{ ref: string }>(r);
    expect(opened.ref).toBe(externals.grant(file));
    expect(JSON.stringify(r)).not.toContain(outside);
    expect(data<{ ref: string }[]>(await call('library.recent', {})).map((d) => d.ref)).toEqual([opened.ref]);
    const saved = data<{ ref: string; fileName: string }>(await call('dialog.saveAs', { deck: sampleDeck('Q3: plan?') }));
    expect(defaultName).toBe('Q3 plan.briefdeck');
    expect(saved.fileName).toBe('Saved as.briefdeck');
    answer = null;
    expect(data(await call('dialog.open', {}))).toBeNull();
    expect(data(await call('dialog.saveAs', { deck: sampleDeck() }))).toBeNull();
  });

  it('export.pdf is not_supported until an exporter is plugged in, then gets the resolved path', async () => {
    const { call } = await setup();
    const created = data<{ ref: string }>(await call('library.create', { title: 'Export me' }));
    expect(errorOf(await call('export.pdf', { ref: created.ref, options: {} })).code).toBe('not_supported');

    const seen: unknown[] = [];
    const withExport = await setup({
      exportPdf: async (args) => {
        seen.push(args);
        return { location: '/tmp/out.pdf', pages: 1, bytes: 100, warnings: [] };
      },
    });
    const c2 = data<{ ref: string }>(await withExport.call('library.create', { title: 'Export me' }));
    expect(data(await withExport.call('export.pdf', { ref: c2.ref, options: { layout: 'notes' } }))).toMatchObject({ pages: 1 });
    expect(seen[0]).toMatchObject({
      ref: c2.ref,
      absPath: path.join(withExport.dir, 'Export me.briefdeck'),
      fileName: 'Export me.briefdeck',
      options: { layout: 'notes', includeHidden: false, range: null },
    });
  });
});

// Type-level check: Handlers maps every channel (a missing one would not compile).
const _exhaustive: (h: Handlers) => Handlers[Channel] = (h) => h['export.pdf'];
void _exhaustive;
