// Native Open / Save As dialogs for the handler table (dialog.open, dialog.saveAs). The paths
// they return stay on the main side; the renderer only ever sees an ext: reference.
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../api/handlers';
import { DECK_EXTENSION } from './openPaths';

const FILTERS = [{ name: 'Briefdeck decks', extensions: ['briefdeck'] }];

/** `libraryDir` is asked each time: the user can switch the library while the app runs. */
export function nativeDialogs(window: () => BrowserWindow | null, libraryDir: () => string): NativeDialogs {
  return {
    async open() {
      const win = window();
      const opts = { title: 'Open a deck', defaultPath: libraryDir(), properties: ['openFile' as const], filters: FILTERS };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async saveAs(defaultName: string) {
      const win = window();
      const opts = { title: 'Save deck as', defaultPath: path.join(libraryDir(), defaultName), filters: FILTERS };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      if (r.canceled || !r.filePath) return null;
      return r.filePath.toLowerCase().endsWith(DECK_EXTENSION) ? r.filePath : `${r.filePath}${DECK_EXTENSION}`;
    },
    async chooseFolder(defaultPath: string) {
      const win = window();
      const opts = {
        title: 'Choose the library folder',
        buttonLabel: 'Use this folder',
        defaultPath,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}

/** Where to save a PowerPoint export (export.pptx); the .pptx extension is added when left off. */
export function savePptxDialog(window: () => BrowserWindow | null, defaultFolder: () => string): (defaultName: string) => Promise<string | null> {
  return async (defaultName) => {
    const win = window();
    const opts = { title: 'Export to PowerPoint', defaultPath: path.join(defaultFolder(), defaultName), filters: [{ name: 'PowerPoint', extensions: ['pptx'] }] };
    const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (r.canceled || !r.filePath) return null;
    return r.filePath.toLowerCase().endsWith('.pptx') ? r.filePath : `${r.filePath}.pptx`;
  };
}
