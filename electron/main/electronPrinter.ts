// The Electron printer (DESIGN.md §4): a hidden window shows the print route and the shared
// pipeline (printDeck) prints it with webContents.printToPDF, finishes and writes the PDF.
// While the export dialog is open (export.prepare) a window is kept warm on the deck's
// print-standby route, so the export only changes its route. The user picks where the PDF goes
// in a native Save dialog.
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { exportCancelled } from '../../shared/export/messages';
import { PRINT_STANDBY_GLOBAL } from '../../shared/export/printStatus';
import type { ExportPdfArgs, HandlerDeps } from '../api/handlers';
import { printDeck } from '../services/export/printDeck';
import { deckPictures } from '../services/export/readExportDeck';
import { WarmPool } from '../services/warmPool';
import { routeHash } from '../../shared/routes';
import { APP_ENTRY } from './appProtocol';
import { lockedWebPreferences } from './security';
import { windowTarget } from './webContentsTarget';

export interface ElectronPrinterOptions {
  preload: string;
  version: string;
  /** The window the Save dialog belongs to. */
  parent: () => BrowserWindow | null;
  defaultFolder: () => string;
}

/** Longest a prepared window may take to load what printing needs. */
const STANDBY_LOAD_MS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A hidden window for the print route, locked down like the app's others; never throttled
 * for being hidden, since the route waits on frames and timers while it draws. */
function printWindow(preload: string): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 1280,
    height: 720,
    webPreferences: { ...lockedWebPreferences(preload, { spellcheck: false, backgroundThrottling: false }), offscreen: false },
  });
}

async function standbyReady(win: BrowserWindow): Promise<boolean> {
  const deadline = Date.now() + STANDBY_LOAD_MS;
  while (!win.isDestroyed() && Date.now() < deadline) {
    if ((await win.webContents.executeJavaScript(`window[${JSON.stringify(PRINT_STANDBY_GLOBAL)}] === 'ready'`)) === true) return true;
    await sleep(50);
  }
  return false;
}

export class ElectronPrinter {
  private readonly warm: WarmPool<BrowserWindow>;

  constructor(private readonly opts: ElectronPrinterOptions) {
    this.warm = new WarmPool<BrowserWindow>({
      open: (ref) => {
        const win = printWindow(opts.preload);
        // A window that cannot load is simply not ready: the export opens its own.
        win.loadURL(`${APP_ENTRY}${routeHash({ name: 'printStandby', deck: ref })}`).catch(() => undefined);
        return win;
      },
      ready: (win) => standbyReady(win),
      close: (win) => {
        if (!win.isDestroyed()) win.destroy();
      },
      alive: (win) => !win.isDestroyed(),
    });
  }

  /** export.prepare: a window loads the deck's print-standby route; true once it is ready. */
  prepare(ref: string): Promise<boolean> {
    return this.warm.prepare(ref);
  }

  /** The prepared window goes with the editor window, so it never keeps the app running. */
  dropPrepared(): void {
    this.warm.drop();
  }

  /** The handler table's exportPdf: asks where (unless told), then prints through printDeck. */
  exportPdf(): NonNullable<HandlerDeps['exportPdf']> {
    return async (args: ExportPdfArgs) => {
      const { ref, absPath, fileBase, options, signal } = args;
      const chosen = args.outPath ?? (await savePdfDialog(this.opts)(`${fileBase}.pdf`));
      if (chosen === null) throw exportCancelled();
      args.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });
      const release = this.warm.hold();
      try {
        const prepared = await this.warm.take(ref);
        const win = prepared ?? printWindow(this.opts.preload);
        const target = windowTarget(win, { appEntry: APP_ENTRY, warm: prepared !== null });
        const done = await printDeck(target, { hash: routeHash({ name: 'print', deck: ref, options, widgetTimeoutMs: null }), outPath: chosen, creator: `Briefdeck ${this.opts.version}`, signal, onProgress: args.onProgress, pictures: deckPictures(absPath) });
        return { location: done.outPath, pages: done.pages, bytes: done.bytes, warnings: done.preflight.map((p) => p.message) };
      } finally {
        release();
      }
    };
  }
}

/** The native Save dialog for a PDF (export.start asks it before printing); null = cancelled. */
export function savePdfDialog(opts: Pick<ElectronPrinterOptions, 'parent' | 'defaultFolder'>): (defaultName: string) => Promise<string | null> {
  return async (defaultName) => {
    const parent = opts.parent();
    const saveOpts = { title: 'Export to PDF', defaultPath: path.join(opts.defaultFolder(), defaultName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const chosen = parent ? await dialog.showSaveDialog(parent, saveOpts) : await dialog.showSaveDialog(saveOpts);
    if (chosen.canceled || !chosen.filePath) return null;
    return chosen.filePath.toLowerCase().endsWith('.pdf') ? chosen.filePath : `${chosen.filePath}.pdf`;
  };
}
