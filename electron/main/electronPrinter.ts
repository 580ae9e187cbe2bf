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

async function waitReady(win: BrowserWindow): Promise<ReadyStatus> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (win.isDestroyed()) throw new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');
    const status = (await win.webContents.executeJavaScript(`window[${JSON.stringify(PRINT_STATUS_GLOBAL)}] ?? null`)) as PrintStatus | null;
    if (status && 'error' in status) throw new BriefdeckError('export_failed', status.error);
    if (status?.ready) return status;
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
  return async ({ ref, fileName, options }: ExportPdfArgs) => {
    const parent = opts.parent();
    const base = fileName.replace(/\.briefdeck$/i, '');
    const saveOpts = { title: 'Export to PDF', defaultPath: path.join(opts.defaultFolder(), `${base}.pdf`), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const chosen = parent ? await dialog.showSaveDialog(parent, saveOpts) : await dialog.showSaveDialog(saveOpts);
    if (chosen.canceled || !chosen.filePath) throw new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');
    const outPath = chosen.filePath.toLowerCase().endsWith('.pdf') ? chosen.filePath : `${chosen.filePath}.pdf`;
    await checkOutputPath(outPath);

    const win = new BrowserWindow({
      show: false,
      width: 1280,
      height: 720,
      webPreferences: { preload: opts.preload, contextIsolation: true, sandbox: true, nodeIntegration: false, offscreen: false },
    });
    try {
      await win.loadURL(`${APP_ENTRY}${printHash(ref, options)}`);
      const status = await waitReady(win);
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
      await writeFileAtomic(outPath, bytes);
      return { location: outPath, pages: status.pages, bytes: bytes.byteLength, warnings: preflight.map((p) => p.message) };
    } catch (e) {
      if (e instanceof BriefdeckError) throw e;
      throw new BriefdeckError('export_failed', `Briefdeck could not print the deck: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
