// Electron main (DESIGN.md §1 "main"): thin glue around the same handler table the browser
// host uses. App lifecycle, one instance, the app:// renderer, IPC, menu, native dialogs,
// the OS trash, and decks the OS asks us to open.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, Menu, shell } from 'electron';
import { DeckRefSchema, type DeckRef } from '../../shared/api/contract';
import { HOST_EVENTS } from '../../shared/api/hostEvents';
import { isMenuCommandId } from '../../shared/commands/menu';
import { createHandlers } from '../api/handlers';
import { consoleLogger } from '../services/context';
import { ExternalRefs } from '../services/externalRefs';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { nativeDialogs } from './dialogs';
import { createEditorWindow } from './editorWindow';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menuTemplate';
import { deckPathsFromArgv } from './openPaths';
import { installSecurityPolicies } from './security';

const log = consoleLogger;
const appRoot = app.getAppPath();
const preload = path.join(__dirname, 'preload.cjs');

/** BRIEFDECK_LIBRARY, else ~/Documents/Briefdeck (the same default as the browser host). */
function libraryDir(): string {
  const fromEnv = process.env.BRIEFDECK_LIBRARY;
  return fromEnv ? path.resolve(fromEnv) : path.join(app.getPath('documents'), 'Briefdeck');
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
  const externals = new ExternalRefs();
  const library = libraryDir();
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

  const openWindow = (): void => {
    // Linux has no bundle icon: the window names one (Windows and macOS take the installer's).
    const icon = process.platform === 'linux' ? path.join(appRoot, 'assets', 'icons', 'png', '512x512.png') : undefined;
    mainWindow = createEditorWindow({ preload, icon });
    const win = mainWindow;
    // The preload buffers open-deck events until the renderer listens, so sending after load is safe.
    win.webContents.once('did-finish-load', () => {
      for (const p of pendingPaths.splice(0)) openDeckPath(p);
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
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

  void app.whenReady().then(() => {
    mkdirSync(library, { recursive: true });
    installSecurityPolicies(preload);
    serveAppProtocol(path.join(appRoot, 'dist', 'renderer'));
    const handlers = createHandlers({
      libraryDir: library,
      recentFile: path.join(app.getPath('userData'), 'recent.json'),
      version: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      trash: async (absPath) => {
        await shell.trashItem(absPath);
      },
      dialogs: nativeDialogs(() => mainWindow, library),
      externals,
      sampleDir: path.join(appRoot, 'assets', 'sample'),
      log,
    });
    registerIpcHandlers(handlers, log);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, appName: app.getName(), devTools: !app.isPackaged, sendCommand })),
    );
    openWindow();
  });
}
