// Electron main (DESIGN.md §1 "main"): thin glue around the same handler table the browser
// host uses. App lifecycle, one instance, the app:// renderer, IPC, menu, native dialogs,
// the OS trash, and decks the OS asks us to open.
import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen, shell } from 'electron';
import { DeckRefSchema, type DeckRef } from '../../shared/api/contract';
import { HOST_EVENTS } from '../../shared/api/hostEvents';
import { ABOUT } from '../../shared/about';
import { isMenuCommandId } from '../../shared/commands/menu';
import { createHandlers } from '../api/handlers';
import { consoleLogger } from '../services/context';
import { ExternalRefs } from '../services/externalRefs';
import { removeLeftovers } from '../services/leftovers';
import { PreferencesStore } from '../services/preferences';
import { restoreWindowState } from '../services/windowState';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { nativeDialogs, savePptxDialog } from './dialogs';
import { createEditorWindow, DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from './editorWindow';
import { ElectronPrinter, savePdfDialog } from './electronPrinter';
import { registerIpcHandlers } from './ipc';
import { createPresentWindows } from './presentWindows';
import { buildMenuTemplate, EDIT_MENU_IDS } from './menuTemplate';
import { RecentMenu } from './recentMenu';
import { deckPathsFromArgv } from './openPaths';
import { installSecurityPolicies } from './security';
import { setSpellCheckLanguage } from './spellCheck';

const log = consoleLogger;
const appRoot = app.getAppPath();
const preload = path.join(__dirname, 'preload.cjs');

/** BRIEFDECK_LIBRARY, else the preference, else ~/Documents/Briefdeck (as in the browser host). */
function libraryDir(fromPreferences: string | null): string {
  const fromEnv = process.env.BRIEFDECK_LIBRARY;
  if (fromEnv) return path.resolve(fromEnv);
  return fromPreferences ?? path.join(app.getPath('documents'), 'Briefdeck');
}

if (!app.requestSingleInstanceLock()) {
  // Another Briefdeck is running: it receives our argv in 'second-instance' and opens the deck.
  app.quit();
} else {
  registerAppScheme();
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  let quitting = false;
  // Hidden print windows; while the export dialog is open one is kept loaded (export.prepare).
  // It goes with the editor window, so it never keeps the app running on its own.
  const printer = new ElectronPrinter({ preload, version: app.getVersion(), parent: () => mainWindow, defaultFolder: () => app.getPath('documents') });
  const externals = new ExternalRefs();
  const preferences = PreferencesStore.inFolder(app.getPath('userData'));
  let library = libraryDir(null);
  /** Decks asked for before the window could take them (open-file fires before ready on macOS). */
  const pendingPaths: string[] = deckPathsFromArgv(process.argv.slice(1), process.cwd());

  const refFor = (absPath: string): DeckRef => {
    if (path.dirname(absPath) === path.resolve(library)) {
      const ref = `library:${path.basename(absPath)}`;
      if (DeckRefSchema.safeParse(ref).success) return ref as DeckRef;
    }
    return externals.grant(absPath);
  };

  const openDeckPath = (absPath: string): void => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      pendingPaths.push(absPath);
      return;
    }
    app.addRecentDocument(absPath);
    mainWindow.webContents.send(HOST_EVENTS.openDeck, refFor(absPath));
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  const sendCommand = (id: string): void => {
    const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
    if (target && !target.isDestroyed() && isMenuCommandId(id)) target.webContents.send(HOST_EVENTS.command, id);
  };

  const rememberWindow = (win: BrowserWindow): void => {
    const bounds = win.getNormalBounds();
    const window = { bounds, maximized: win.isMaximized(), displayId: screen.getDisplayMatching(bounds).id };
    preferences.update({ window }).catch((e: unknown) => log.warn(`could not save the window position to ${preferences.file}`, e));
  };

  const openWindow = (): void => {
    // Linux has no bundle icon: the window names one (Windows and macOS take the installer's).
    const icon = process.platform === 'linux' ? path.join(appRoot, 'assets', 'icons', 'png', '512x512.png') : undefined;
    const displays = screen.getAllDisplays().map((d) => ({ id: d.id, workArea: d.workArea }));
    const restored = restoreWindowState(preferences.get().window, displays, screen.getPrimaryDisplay().id, {
      defaultSize: DEFAULT_WINDOW_SIZE,
      minSize: MIN_WINDOW_SIZE,
    });
    mainWindow = createEditorWindow({ preload, icon, bounds: restored.bounds, maximized: restored.maximized, onClosing: rememberWindow });
    const win = mainWindow;
    // The preload buffers open-deck events until the renderer listens, so sending after load is safe.
    win.webContents.once('did-finish-load', () => {
      for (const p of pendingPaths.splice(0)) openDeckPath(p);
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      printer.dropPrepared();
      if (quitting) app.quit();
    });
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const p of deckPathsFromArgv(argv.slice(1), workingDirectory)) openDeckPath(p);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    } else if (app.isReady()) openWindow();
  });

  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openDeckPath(filePath);
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) openWindow();
  });

  // The platform About panel (macOS app menu): version, licence and the bundled data's origins.
  app.setAboutPanelOptions({ applicationName: ABOUT.name, applicationVersion: app.getVersion(), copyright: ABOUT.copyright, credits: ABOUT.credits });

  void app.whenReady().then(async () => {
    const { preferences: prefs, notice } = await preferences.load();
    library = libraryDir(prefs.libraryDir);
    // The renderer shows the notice once (prefs.get), in the window rather than a modal box.
    if (notice) log.warn(notice);
    try {
      mkdirSync(library, { recursive: true });
    } catch (e) {
      const fallback = libraryDir(null);
      log.warn(`the library folder ${library} could not be created; using ${fallback}`, e);
      library = fallback;
      mkdirSync(library, { recursive: true });
    }
    // Temp files of writes a crash interrupted; in the background, it never delays the window.
    void removeLeftovers(library, [app.getPath('userData')], log);
    installSecurityPolicies(openDeckPath);
    serveAppProtocol(path.join(appRoot, 'dist', 'renderer'));
    let recentMenu: RecentMenu | null = null;
    // Whether the open deck may be changed (false while it is read-only); the menu is built
    // again whenever the recent decks change, so each build reads it.
    let editsAvailable = true;
    const handlers = createHandlers({
      libraryDir: library,
      preferences,
      preferencesNotice: notice,
      libraryFixedBecause: process.env.BRIEFDECK_LIBRARY ? `The library folder is set by BRIEFDECK_LIBRARY (${library}); unset it to choose one here.` : null,
      onLibraryChanged: (dir) => {
        library = dir;
        void removeLeftovers(dir, [], log);
      },
      recentFile: path.join(app.getPath('userData'), 'recent.json'),
      onRecentChanged: () => void recentMenu?.refresh(),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      trash: async (absPath) => {
        await shell.trashItem(absPath);
      },
      dialogs: { ...nativeDialogs(() => mainWindow, () => library), savePdf: savePdfDialog({ parent: () => mainWindow, defaultFolder: () => app.getPath('documents') }), savePptx: savePptxDialog(() => mainWindow, () => app.getPath('documents')) },
      presenting: createPresentWindows({ preload, presenter: () => mainWindow, log }),
      setSpellCheckLanguage,
      setEditsAvailable: (available) => {
        editsAvailable = available;
        const appMenu = Menu.getApplicationMenu();
        for (const id of EDIT_MENU_IDS) {
          const item = appMenu?.getMenuItemById(id);
          if (item) item.enabled = available;
        }
      },
      exportPdf: printer.exportPdf(),
      prepareExport: ({ ref }) => printer.prepare(ref),
      openExported: async (location) => {
        // shell.openPath answers an error message instead of throwing.
        const problem = await shell.openPath(location);
        if (problem) throw new Error(problem);
      },
      externals,
      sampleDir: path.join(appRoot, 'assets', 'sample'),
      log,
    });
    // The editor releases its deck's lock when its window closes; this catches a quit that
    // did not wait for it (the lock would otherwise count as held until this pid is seen dead).
    app.on('will-quit', () => handlers.releaseLocksNow());
    // Decks opened in the app also go to the OS's recent-documents list (dock, jump list).
    registerIpcHandlers(handlers, log, (ref) => {
      const absPath = ref.startsWith('library:') ? path.join(library, ref.slice('library:'.length)) : externals.pathOf(ref.slice('ext:'.length));
      if (absPath) app.addRecentDocument(absPath);
    });
    const menu = new RecentMenu({
      entries: () => handlers.recentDecks.entries(),
      forget: (p) => handlers.recentDecks.forget(p),
      clear: () => handlers.recentDecks.clear(),
      exists: (p) => stat(p).then((st) => st.isFile(), () => false),
      open: openDeckPath,
      askToRemove: async (q) => {
        const opts = { type: 'warning' as const, title: q.title, message: q.message, detail: q.detail, buttons: q.buttons, defaultId: 0, cancelId: 1 };
        const r = mainWindow ? await dialog.showMessageBox(mainWindow, opts) : await dialog.showMessageBox(opts);
        return r.response === 0;
      },
      install: (recentDecks) =>
        Menu.setApplicationMenu(
          Menu.buildFromTemplate(
            buildMenuTemplate({
              platform: process.platform,
              appName: app.getName(),
              devTools: !app.isPackaged,
              sendCommand,
              recentDecks,
              openRecent: (p) => void menu.open(p),
              clearRecent: () => void menu.clear(),
              editsAvailable,
            }),
          ),
        ),
      clearOsRecents: () => app.clearRecentDocuments(),
      log,
    });
    recentMenu = menu;
    await menu.refresh();
    openWindow();
  });
}
