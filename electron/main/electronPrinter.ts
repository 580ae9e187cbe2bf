// The Electron printer (DESIGN.md §4): a hidden window loads the same print route the
// Chromium printer uses, waits for its ready signal, prints the whole deck in one pass with
// webContents.printToPDF, then the shared pdf-lib step adds metadata and the outline. The user
// picks where the PDF goes in a native Save dialog.
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { printHash } from '../../shared/export/printParams';
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../shared/export/printStatus';
import { BriefdeckError } from '../../shared/result';
import type { ExportPdfArgs, HandlerDeps } from '../api/handlers';
import { checkOutputPath, writeFileAtomic } from '../services/export/atomicOutput';
import { finalizePdf } from '../services/export/postProcess';
import { APP_ENTRY } from './appProtocol';

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

export function electronExportPdf(opts: ElectronPrinterOptions): NonNullable<HandlerDeps['exportPdf']> {
  return async (args: ExportPdfArgs) => {
    const { ref, fileName, options, signal } = args;
    const chosen = args.outPath ?? (await savePdfDialog(opts)(`${fileName.replace(/\.briefdeck$/i, '')}.pdf`));
    if (chosen === null) throw cancelled();
    const outPath = chosen;
    await checkOutputPath(outPath);
    args.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });

    const win = new BrowserWindow({
      show: false,
      width: 1280,
      height: 720,
      webPreferences: { preload: opts.preload, contextIsolation: true, sandbox: true, nodeIntegration: false, offscreen: false },
    });
    // Cancelling destroys the print window; the polling loop then stops with 'cancelled'.
    const onAbort = () => {
      if (!win.isDestroyed()) win.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await win.loadURL(`${APP_ENTRY}${printHash(ref, options)}`);
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
