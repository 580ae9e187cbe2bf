// The Electron printer (DESIGN.md §4): a hidden window loads the same print route the
// Chromium printer uses, waits for its ready signal, prints the whole deck in one pass with
// webContents.printToPDF, then the shared pdf-lib step adds metadata and the outline. The user
// picks where the PDF goes in a native Save dialog.
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { printHash } from '../../shared/export/printParams';
import { PRINT_STANDBY_GLOBAL, PRINT_STATUS_GLOBAL, type PrintStatus } from '../../shared/export/printStatus';
import { BriefdeckError } from '../../shared/result';
import type { ExportPdfArgs, HandlerDeps } from '../api/handlers';
import { checkOutputPath, writeFileAtomic } from '../services/export/atomicOutput';
import { finalizePdf } from '../services/export/postProcess';
import { APP_ENTRY } from './appProtocol';
import { lockedWebPreferences } from './security';

type ReadyStatus = Extract<PrintStatus, { ready: true }>;

const READY_TIMEOUT_MS = 10 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cancelled = () => new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');

async function waitReady(win: BrowserWindow, args: ExportPdfArgs): Promise<ReadyStatus> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = '';
  for (;;) {
    if (win.isDestroyed() || args.signal?.aborted) throw cancelled();
    const status = (await win.webContents.executeJavaScript(`window[${JSON.stringify(PRINT_STATUS_GLOBAL)}] ?? null`)) as PrintStatus | null;
    if (status && 'error' in status) throw new BriefdeckError('export_failed', status.error);
    if (status?.ready) return status;
    if (status && `${status.phase}:${status.rendered}` !== last) {
      last = `${status.phase}:${status.rendered}`;
      args.onProgress?.({ phase: status.phase, rendered: status.rendered, total: status.total });
    }
    if (Date.now() > deadline) throw new BriefdeckError('export_failed', 'The print pages did not become ready in time; no PDF was written.');
    await sleep(40);
  }
}

export interface ElectronPrinterOptions {
  preload: string;
  version: string;
  /** The window the Save dialog belongs to. */
  parent: () => BrowserWindow | null;
  defaultFolder: () => string;
}

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

const STANDBY_LOAD_MS = 20_000;
const STANDBY_TAKE_WAIT_MS = 5_000;
const STANDBY_IDLE_MS = 3 * 60_000;

interface StandbyWindow {
  ref: string;
  win: BrowserWindow;
  /** True once the page has loaded what printing needs; false if it could not. */
  ready: Promise<boolean>;
  /** It could not load: the next prepare tries again. */
  failed: boolean;
}

/**
 * A hidden print window made ready while the export dialog is open (export.prepare): the app
 * loads on the deck's print-standby route, with its widget code. The export then only changes
 * the route, instead of creating a window and loading the app after the click. One at a time;
 * destroyed when taken by an export, replaced for another deck, after idle minutes, on dispose.
 */
export class PrintStandby {
  private current: StandbyWindow | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly preload: string) {}

  async prepare(ref: string): Promise<boolean> {
    if (this.current?.ref !== ref || this.current.failed || this.current.win.isDestroyed()) {
      this.dispose();
      const win = printWindow(this.preload);
      const standby: StandbyWindow = { ref, win, ready: this.load(win, ref), failed: false };
      void standby.ready.then((ok) => {
        standby.failed = !ok;
      });
      this.current = standby;
    }
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => this.dispose(), STANDBY_IDLE_MS);
    this.idle.unref?.();
    return this.current.ready;
  }

  /** The prepared window for `ref`, handed over to one export; null when there is none ready. */
  async take(ref: string): Promise<BrowserWindow | null> {
    const standby = this.current;
    if (!standby || standby.ref !== ref) return null;
    this.current = null;
    if (this.idle) clearTimeout(this.idle);
    const ready = await Promise.race([standby.ready, sleep(STANDBY_TAKE_WAIT_MS).then(() => false)]);
    if (ready && !standby.win.isDestroyed()) return standby.win;
    if (!standby.win.isDestroyed()) standby.win.destroy();
    return null;
  }

  dispose(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const standby = this.current;
    this.current = null;
    if (standby && !standby.win.isDestroyed()) standby.win.destroy();
  }

  private async load(win: BrowserWindow, ref: string): Promise<boolean> {
    try {
      await win.loadURL(`${APP_ENTRY}#/print-standby?deck=${encodeURIComponent(ref)}`);
      const deadline = Date.now() + STANDBY_LOAD_MS;
      while (!win.isDestroyed() && Date.now() < deadline) {
        if ((await win.webContents.executeJavaScript(`window[${JSON.stringify(PRINT_STANDBY_GLOBAL)}] === 'ready'`)) === true) return true;
        await sleep(50);
      }
    } catch {
      // A window that cannot load is simply not used: the export opens its own.
    }
    return false;
  }
}

export function electronExportPdf(opts: ElectronPrinterOptions, standby?: PrintStandby): NonNullable<HandlerDeps['exportPdf']> {
  return async (args: ExportPdfArgs) => {
    const { ref, fileName, options, signal } = args;
    const chosen = args.outPath ?? (await savePdfDialog(opts)(`${fileName.replace(/\.briefdeck$/i, '')}.pdf`));
    if (chosen === null) throw cancelled();
    const outPath = chosen;
    await checkOutputPath(outPath);
    args.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });

    const prepared = (await standby?.take(ref)) ?? null;
    const win = prepared ?? printWindow(opts.preload);
    // Cancelling destroys the print window; the polling loop then stops with 'cancelled'.
    const onAbort = () => {
      if (!win.isDestroyed()) win.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (prepared) {
        // The app is loaded: the print route mounts in place.
        await win.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(printHash(ref, options))}; undefined`);
      } else {
        await win.loadURL(`${APP_ENTRY}${printHash(ref, options)}`);
      }
      const status = await waitReady(win, args);
      args.onProgress?.({ phase: 'printing', rendered: status.slides, total: status.slides });
      const pdf = await win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      const { meta, outline, preflight } = status;
      const bytes = await finalizePdf(
        new Uint8Array(pdf),
        { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: `Briefdeck ${opts.version}`, language: 'en' },
        outline,
      );
      if (signal?.aborted) throw cancelled();
      args.onProgress?.({ phase: 'finishing', rendered: status.slides, total: status.slides });
      await writeFileAtomic(outPath, bytes, signal);
      return { location: outPath, pages: status.pages, bytes: bytes.byteLength, warnings: preflight.map((p) => p.message) };
    } catch (e) {
      if (signal?.aborted) throw cancelled();
      if (e instanceof BriefdeckError) throw e;
      throw new BriefdeckError('export_failed', `Briefdeck could not print the deck: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (!win.isDestroyed()) win.destroy();
    }
  };
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
