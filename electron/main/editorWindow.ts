// The editor window: sandboxed, isolated, no Node, our preload only. On close it asks the
// renderer to flush autosave first and waits up to BEFORE_CLOSE_TIMEOUT_MS for the answer.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, ipcMain, Menu, type IpcMainEvent, type Rectangle } from 'electron';
import { BEFORE_CLOSE_TIMEOUT_MS, HOST_EVENTS } from '../../shared/api/hostEvents';
import { APP_ENTRY } from './appProtocol';
import { lockedWebPreferences } from './security';
import { spellingMenuTemplate } from './spellingMenu';

export interface EditorWindowOptions {
  preload: string;
  icon?: string;
  /** Restored from the last run (already clamped to the displays that exist). */
  bounds?: Rectangle;
  maximized?: boolean;
  /** Called once when the user closes the window, before the autosave flush. */
  onClosing?: (win: BrowserWindow) => void;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 600 };
export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 };

/** Resolves when the renderer says its autosave is flushed, or after the timeout. */
function flushRenderer(win: BrowserWindow): Promise<void> {
  const contents = win.webContents;
  if (contents.isDestroyed() || contents.isCrashed()) return Promise.resolve();
  const id = randomUUID();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ipcMain.off(HOST_EVENTS.beforeCloseDone, onDone);
      resolve();
    };
    const onDone = (event: IpcMainEvent, answered: unknown) => {
      if (event.sender === contents && answered === id) done();
    };
    const timer = setTimeout(done, BEFORE_CLOSE_TIMEOUT_MS);
    ipcMain.on(HOST_EVENTS.beforeCloseDone, onDone);
    contents.send(HOST_EVENTS.beforeClose, id);
  });
}

export function createEditorWindow(opts: EditorWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...DEFAULT_WINDOW_SIZE,
    ...opts.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Briefdeck',
    backgroundColor: '#f4f5f7',
    icon: opts.icon,
    webPreferences: lockedWebPreferences(opts.preload, { spellcheck: true }),
  });
  // Spelling suggestions in text fields (the page cancels the event everywhere it has a menu).
  win.webContents.on('context-menu', (_event, params) => {
    const template = spellingMenuTemplate(params, win.webContents);
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
  win.once('ready-to-show', () => {
    if (opts.maximized) win.maximize();
    win.show();
  });

  let flushed = false;
  let closing = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (!closing) opts.onClosing?.(win);
    closing = true;
    void flushRenderer(win).then(() => {
      flushed = true;
      if (!win.isDestroyed()) win.close();
    });
  });

  void win.loadURL(APP_ENTRY);
  return win;
}
