// Electron main, run under plain Node with a fake 'electron' module (fakeElectron.cjs): the
// binary cannot be downloaded here, so this checks the glue's wiring, not Electron itself.
// The real app is covered by tests/e2e/electron.smoke.spec.ts where a binary exists.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_CAPABILITIES } from '../../../shared/api/capabilities';
import { CHANNELS } from '../../../shared/api/contract';
import { createDeck } from '../../../shared/deck/operations';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');

interface Report {
  calls: Array<[string, ...unknown[]]>;
  windows: Array<{ webPreferences: Record<string, unknown>; show: boolean; bounds: Record<string, number> }>;
  sent: Array<[string, unknown]>;
  checks: Record<string, unknown>;
}

let work: string;
let report: Report;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-fake-electron-'));
  // A stand-in app folder: the bundle, a built renderer, nothing else.
  await build({
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(work, 'app', 'dist', 'electron', 'main.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    // As scripts/buildElectron.mjs: resvg's native module stays outside the bundle (loaded on first use).
    external: ['electron', '@resvg/resvg-js'],
    logLevel: 'silent',
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  await mkdir(path.join(work, 'app', 'dist', 'renderer'), { recursive: true });
  await writeFile(path.join(work, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>fake</title>');
  await writeFile(path.join(work, 'app', 'package.json'), '{"name":"secret"}');
  // Last run's window was larger than this machine's only display, and a preference is bad.
  await mkdir(path.join(work, 'user', 'userData'), { recursive: true });
  const window = { bounds: { x: 3000, y: 100, width: 1600, height: 1000 }, maximized: false, displayId: 2 };
  await writeFile(path.join(work, 'user', 'userData', 'preferences.json'), JSON.stringify({ window, authorName: 7 }));
  const deckPath = path.join(work, 'From argv.briefdeck');
  await writeFile(deckPath, JSON.stringify(createDeck('From argv', 'Test')));
  const out = execFileSync(process.execPath, ['-r', path.join(here, 'fakeElectron.cjs'), path.join(work, 'app', 'dist', 'electron', 'main.cjs'), deckPath], {
    env: { ...process.env, FAKE_APP_PATH: path.join(work, 'app'), FAKE_USER_DATA: path.join(work, 'user'), BRIEFDECK_LIBRARY: path.join(work, 'library') },
    encoding: 'utf8',
    timeout: 20000,
  });
  const line = out.split('\n').find((l) => l.startsWith('FAKE_ELECTRON_REPORT '));
  if (!line) throw new Error(`main.cjs produced no report:\n${out}`);
  report = JSON.parse(line.slice('FAKE_ELECTRON_REPORT '.length)) as Report;
}, 60000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('Electron main (fake electron module)', () => {
  it('takes the single-instance lock and registers app:// before creating the window', () => {
    const names = report.calls.map((c) => c[0]);
    expect(names.indexOf('requestSingleInstanceLock')).toBeLessThan(names.indexOf('registerSchemesAsPrivileged'));
    expect(names.indexOf('protocol.handle')).toBeLessThan(names.indexOf('loadURL'));
    expect(report.calls.find((c) => c[0] === 'loadURL')?.[1]).toBe('app://briefdeck/index.html');
  });

  it('creates a sandboxed, isolated window without Node, with the bundled preload', () => {
    const prefs = report.windows[0]?.webPreferences ?? {};
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toMatch(/dist[/\\]electron[/\\]preload\.cjs$/);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', () => {
    const c = report.checks;
    expect(c.indexStatus).toBe(200);
    expect(c.indexCsp).toContain("default-src 'self'");
    expect(c.traversalStatus).toBe(404);
    expect(c.otherHostStatus).toBe(404);
  });

  it('handles every contract channel and only for our own page', () => {
    const c = report.checks;
    expect([...(c.ipcChannels as string[])].sort()).toEqual([...CHANNELS].sort());
    // The desktop app reports in app.info exactly what its preload exposes beside the bridge.
    expect(c.infoFromApp).toMatchObject({ ok: true, data: { host: 'electron', version: '9.9.9', capabilities: DESKTOP_CAPABILITIES } });
    expect(c.infoFromWeb).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(c.infoFromClosedFrame).toMatchObject({ ok: false });
  });

  it('denies navigation, web windows and permissions other than full screen and the clipboard for our pages', () => {
    const c = report.checks;
    expect(c.navigationToWebPrevented).toBe(true);
    expect(c.openWeb).toBe('deny');
    // No page opens windows, not even our own: main makes the audience window (present.openAudience).
    expect(c.openApp).toBe('deny');
    expect(c.permissions).toEqual({ media: false, geolocation: false, fullscreen: true, fullscreenForeign: false, clipboardRead: true, clipboardReadForeign: false });
    expect(report.calls.filter((x) => x[0] === 'openExternal').map((x) => x[1])).toEqual(['https://evil.example/', 'https://example.org/source']);
  });

  it('sends decks from argv, a drop on the window and a second launch as ext: references; decks opened anywhere go to OS recents', () => {
    // (File > Open Recent's library deck, sent after these, is checked below.)
    const opened = report.sent.filter(([ch]) => ch === 'briefdeck:open-deck').map(([, ref]) => ref).filter((ref) => ref !== 'library:Made in app.briefdeck');
    expect(report.checks.dropPrevented).toBe(true);
    expect(opened).toHaveLength(3);
    for (const ref of opened) expect(ref).toMatch(/^ext:[0-9a-f]{24}$/);
    const recents = report.calls.filter((x) => x[0] === 'addRecentDocument').map((x) => x[1]);
    expect(recents.slice(0, 4)).toEqual([
      path.join(work, 'From argv.briefdeck'),
      path.join(work, 'library', 'Made in app.briefdeck'),
      '/home/ana/Dropped deck.briefdeck',
      '/home/ana/Second.briefdeck',
    ]);
    expect(report.checks.created).toMatchObject({ ok: true, data: { ref: 'library:Made in app.briefdeck' } });
    // BRIEFDECK_LIBRARY is set, so the library cannot be changed in Preferences, and says why.
    expect(report.checks.prefs).toMatchObject({ ok: true, data: { library: { dir: path.join(work, 'library'), fixedBecause: expect.stringContaining('BRIEFDECK_LIBRARY') } } });
  });

  it('restores the window clamped to the display that exists, says which preference was reset, saves the position on close', async () => {
    expect(report.windows[0]?.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 760 });
    // The notice goes to the renderer (shown once in the window), not a modal box.
    expect(report.checks.prefs).toMatchObject({ ok: true, data: { notice: expect.stringContaining('author name') } });
    expect(report.calls.some((x) => x[0] === 'showMessageBox' && /author|preference/i.test(String(x[1])))).toBe(false);
    const saved = JSON.parse(await readFile(path.join(work, 'user', 'userData', 'preferences.json'), 'utf8'));
    expect(saved.window).toEqual({ bounds: { x: 40, y: 30, width: 1200, height: 800 }, maximized: false, displayId: 7 });
  });

  it('export.prepare loads a hidden print window on the deck\'s print-standby route; the export prints in it', () => {
    expect(report.checks.exportPrepared).toEqual({ ok: true, data: { prepared: true } });
    expect(report.checks.standbyWindow).toMatchObject({
      created: 1,
      url: 'app://briefdeck/index.html#/print-standby?deck=library%3AMade%20in%20app.briefdeck',
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(report.checks.exportedPrepared).toMatchObject({ ok: true, data: { pages: 1 } });
    // No second window: the same one moved to the print route, printed, and was destroyed.
    expect(report.checks.standbyAfterExport).toMatchObject({ windowsCreated: 1, destroyed: true });
    expect((report.checks.standbyAfterExport as { url: string }).url).toMatch(/^app:\/\/briefdeck\/index\.html#\/print\?deck=library%3AMade\+in\+app\.briefdeck&layout=slides/);
    // A prepared window never outlives the editor window (it would keep the app running).
    expect(report.checks.preparedPrintWindowClosedWithEditor).toEqual({ before: false, after: true });
  });

  it('exports a PDF through a hidden print window and printToPDF, finished by the shared pdf-lib step', async () => {
    const out = path.join(work, 'user', 'Exported.pdf');
    expect(report.checks.exported).toMatchObject({ ok: true, data: { location: out, pages: 1, warnings: ['Slide 1 has no source line.'] } });
    const printWindowUrl = report.calls.find((x) => x[0] === 'executeJavaScript')?.[1];
    expect(printWindowUrl).toMatch(/^app:\/\/briefdeck\/index\.html#\/print\?deck=library%3AMade\+in\+app\.briefdeck&layout=slides/);
    expect(report.calls.find((x) => x[0] === 'printToPDF')?.[1]).toMatchObject({ preferCSSPageSize: true, generateDocumentOutline: true });
    expect(report.windows[1]?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, backgroundThrottling: false });
    expect(report.calls.some((x) => x[0] === 'destroy')).toBe(true);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { PDFDocument } = await import('pdf-lib');
    expect((await PDFDocument.load(pdf)).getTitle()).toBe('Made in app');
  });

  describe('presenting (issue 5)', () => {
    type Where = { display: number; fullScreen: boolean; url: string; closed: boolean };
    const p = () => report.checks.present as Record<string, unknown> & {
      oneDisplays: { ok: true; data: Array<Record<string, unknown>> };
      twoDisplays: { ok: true; data: Array<Record<string, unknown>> };
      audienceOnOne: Where[];
      audienceOnTwo: Where[];
      afterSwap: { audience: Where[]; editor: Where };
      afterSwapBack: { audience: Where[]; editor: Where };
      afterChoose: Where[];
    };
    const audienceUrl = (from: number) => `app://briefdeck/index.html#/present?deck=library%3AMade%20in%20app.briefdeck&role=audience&from=${from}`;

    it('one display: listed as the presenter’s, no audience window until asked; asked, it covers that display', () => {
      expect(p().oneDisplays).toEqual({
        ok: true,
        data: [{ id: 7, label: 'Built-in display (1280×800, main)', bounds: { x: 0, y: 0, width: 1280, height: 800 }, primary: true, internal: true, presenter: true, audience: false }],
      });
      expect(p().openBeforeAsked).toEqual([]);
      expect(p().askedOnOne).toEqual({ ok: true, data: { audienceDisplayId: 7, presenterDisplayId: 7 } });
      expect(p().audienceOnOne).toEqual([{ display: 7, fullScreen: true, url: audienceUrl(2), closed: false }]);
      expect(p().closedOnOne).toEqual({ ok: true, data: { audienceDisplayId: null, presenterDisplayId: 7 } });
      expect(p().openAfterClose).toEqual([]);
    });

    it('the audience window is sandboxed like the editor, with our preload', () => {
      // [0] the editor, [1] the export's print window, [2] the export dialog's prepared one.
      const audienceWindows = report.windows.slice(3);
      expect(audienceWindows.length).toBeGreaterThan(0);
      for (const w of audienceWindows) {
        expect(w.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
        expect(String(w.webPreferences.preload)).toMatch(/preload\.cjs$/);
      }
    });

    it('two displays: the audience window lands full-screen on the external one, the presenter stays on the laptop', () => {
      const two = p().twoDisplays.data;
      expect(two.map((d) => [d.id, d.label, d.presenter, d.internal])).toEqual([
        [7, 'Built-in display (1280×800, main)', true, true],
        [42, 'Epson Projector (1920×1080)', false, false],
      ]);
      expect(p().opened).toEqual({ ok: true, data: { audienceDisplayId: 42, presenterDisplayId: 7 } });
      expect(p().audienceOnTwo).toEqual([{ display: 42, fullScreen: true, url: audienceUrl(3), closed: false }]);
      expect(p().editorBeforeSwap).toMatchObject({ display: 7, fullScreen: false });
    });

    it('swap moves the audience to the laptop and the presenter to the projector, and back', () => {
      expect(p().swapped).toEqual({ ok: true, data: { audienceDisplayId: 7, presenterDisplayId: 42 } });
      expect(p().afterSwap.audience).toEqual([{ display: 7, fullScreen: true, url: audienceUrl(3), closed: false }]);
      expect(p().afterSwap.editor).toMatchObject({ display: 42, fullScreen: false });
      expect(p().swappedBack).toEqual({ ok: true, data: { audienceDisplayId: 42, presenterDisplayId: 7 } });
      expect(p().afterSwapBack.audience[0]).toMatchObject({ display: 42, fullScreen: true });
      expect(p().afterSwapBack.editor).toMatchObject({ display: 7 });
    });

    it('choosing a display moves the one audience window there; an unknown display or a forged deck is refused', () => {
      expect(p().chosen).toEqual({ ok: true, data: { audienceDisplayId: 7, presenterDisplayId: 7 } });
      expect(p().afterChoose).toEqual([{ display: 7, fullScreen: true, url: audienceUrl(3), closed: false }]);
      expect(p().chosenBack).toMatchObject({ ok: true, data: { audienceDisplayId: 42 } });
      expect(p().unknownDisplay).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('no longer connected') } });
      expect(p().forgedRef).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(p().windowsAtEnd).toBe(1);
    });

    it('an editor dragged onto the projector: the audience still gets the projector, the presenter moves to the laptop', () => {
      expect(p().fromProjector).toEqual({ ok: true, data: { audienceDisplayId: 42, presenterDisplayId: 7 } });
      const after = p().afterFromProjector as { audience: Where[]; editor: Where; editorBounds: Record<string, number> };
      expect(after.audience).toEqual([{ display: 42, fullScreen: true, url: audienceUrl(1), closed: false }]);
      expect(after.editor).toMatchObject({ display: 7, fullScreen: false });
      // Centred in the laptop's work area, no larger than it.
      expect(after.editorBounds).toEqual({ x: 40, y: 0, width: 1200, height: 760 });
    });

    it('a prepared window: hidden and loaded on the projector while editing, shown in place when presenting starts', () => {
      const standbyUrl = 'app://briefdeck/index.html#/standby?deck=library%3AMade%20in%20app.briefdeck';
      expect(p().prepared).toEqual({ ok: true, data: { prepared: true } });
      // Not shown, not full screen, loading the standby route; keeps running while hidden.
      expect(p().standby).toEqual({ display: 42, fullScreen: false, url: standbyUrl, closed: false, shown: false, backgroundThrottling: false, sandbox: true });
      expect(p().onlyPreparedBeforeLoad).toEqual({ ok: true, data: { audienceDisplayId: null, presenterDisplayId: 7 } });
      expect(p().standbyBeforeLoad).toEqual({ shown: false, closed: false });
      expect(p().preparedAgain).toEqual({ ok: true, data: { prepared: true } });
      expect(p().windowsMadeByPrepareAgain).toBe(0);
      // Presenting: no new window; the prepared one is told the route (no reload), goes full
      // screen on the projector and is shown.
      expect(p().openedPrepared).toEqual({ ok: true, data: { audienceDisplayId: 42, presenterDisplayId: 7 } });
      expect(p().preparedShown).toEqual({
        display: 42,
        fullScreen: true,
        url: standbyUrl,
        closed: false,
        shown: true,
        backgroundThrottling: false,
        windowsMade: 0,
        sent: [['briefdeck:present-show', '#/present?deck=library%3AMade%20in%20app.briefdeck&role=audience&from=4']],
      });
      // During the show there is nothing to prepare.
      expect(p().preparedWhileShowing).toEqual({ ok: true, data: { prepared: false } });
    });

    it('one display: nothing is prepared; a projector plugged in while editing gets a prepared window, unplugged it goes', () => {
      const afterPlugIn = p().afterPlugIn as Array<Where & { shown: boolean }>;
      expect(p().preparedOnOne).toEqual({ ok: true, data: { prepared: false } });
      expect(p().openAfterPrepareOnOne).toEqual([]);
      // The present command's early request takes only a prepared window: on one display, none.
      expect(p().onlyPreparedOnOne).toEqual({ ok: true, data: { audienceDisplayId: null, presenterDisplayId: 7 } });
      expect(p().openAfterOnlyPreparedOnOne).toEqual([]);
      expect(afterPlugIn).toEqual([{ display: 42, fullScreen: false, url: expect.stringContaining('#/standby?deck='), closed: false, shown: false }]);
      expect(p().afterStandbyUnplug).toEqual([]);
      // Presenting before a prepared window has loaded opens a window of its own and closes it.
      expect(p().openedWhileStandbyLoads).toEqual({ ok: true, data: { audienceDisplayId: 42, presenterDisplayId: 7 } });
      expect(p().afterOpenWhileStandbyLoads).toEqual([{ display: 42, fullScreen: true, url: audienceUrl(2), closed: false }]);
    });

    it('unplugging the projector closes the audience window rather than covering the presenter’s screen', () => {
      expect(p().afterUnplug).toEqual([]);
    });

    it('closing the presenter (editor) window closes the audience window', () => {
      expect(p().reopened).toEqual({ ok: true, data: { audienceDisplayId: 7, presenterDisplayId: 7 } });
      expect(report.checks.closedAfterAnswer).toBe(true);
      expect(p().audienceOpenAfterPresenterClosed).toEqual([]);
    });
  });

  it('File > Open Recent lists the decks opened, follows a rename, a Save as and a move to the trash, opens the one clicked (fake electron)', () => {
    const r = report.checks.recentMenu as Record<string, unknown>;
    expect(r.atStart).toEqual(['Made in app', 'separator', 'Clear Recently Opened']);
    expect(r.openedByClick).toEqual(['library:Made in app.briefdeck']);
    expect(r.afterCreate).toEqual(['Short lived', 'Made in app', 'separator', 'Clear Recently Opened']);
    expect(r.afterRename).toEqual(['Renamed', 'Made in app', 'separator', 'Clear Recently Opened']);
    expect(r.afterSaveAs).toEqual(['Exported', 'Renamed', 'Made in app', 'separator', 'Clear Recently Opened']);
    expect(r.afterDelete).toEqual(['Exported', 'Made in app', 'separator', 'Clear Recently Opened']);
    // Chosen from the menu, the deck also goes to the OS's recent documents.
    expect(report.calls.filter((x) => x[0] === 'addRecentDocument').map((x) => x[1])).toContain(path.join(work, 'library', 'Made in app.briefdeck'));
  });

  it('a recent deck whose file is gone: a message on the window naming it, removed from the list when chosen; Clear empties it (fake electron)', () => {
    const r = report.checks.recentMenu as Record<string, unknown>;
    const file = path.join(work, 'library', 'Vanishing.briefdeck');
    expect(r.missingOpened).toEqual([]);
    expect(r.missingAsked).toEqual([
      ['showMessageBox', `“Vanishing” could not be opened: there is no file at ${file}.`, expect.stringContaining('moved, renamed or deleted'), ['Remove from Open Recent', 'Keep in the list'], true],
    ]);
    expect(r.afterMissing).toEqual(['Exported', 'Made in app', 'separator', 'Clear Recently Opened']);
    expect(r.afterClear).toEqual(['No recent decks']);
    expect(r.clearDisabled).toBe(false);
    expect(r.osCleared).toBe(true);
  });

  it('builds the menu and waits for the renderer’s autosave flush before closing', () => {
    expect(report.calls.find((x) => x[0] === 'setApplicationMenu')?.[1]).toEqual(['File', 'Edit', 'View', 'Slide', 'Present', 'windowMenu', 'Help']);
    expect(report.checks.closedBeforeAnswer).toBe(false);
    expect(report.checks.closedAfterAnswer).toBe(true);
  });

  it('offers spelling suggestions on a misspelled word in a text field and nothing outside one (fake electron)', () => {
    const s = report.checks.spelling as { misspelled: string[]; clicked: unknown[][]; outsideField: unknown };
    expect(s.misspelled).toEqual(['partnership', 'partnerships', 'separator', 'Add to dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'selectAll']);
    expect(s.clicked).toEqual([
      ['replaceMisspelling', 'partnership'],
      ['addWordToSpellCheckerDictionary', 'partnrship'],
    ]);
    expect(report.calls.some((c) => c[0] === 'menu.popup' && c[2] === true)).toBe(true);
    expect(s.outsideField).toBeNull();
  });
});
