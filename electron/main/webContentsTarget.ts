// The print target over a hidden Electron window (the desktop app's printer): its webContents
// loads or changes to the print route, reports crashes and uncaught errors, and prints with
// printToPDF. Only types come from 'electron', so the adapter runs under the fake-electron tests.
import type { BrowserWindow } from 'electron';
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../shared/export/printStatus';
import { BENIGN_PAGE_ERROR, PRINT_OPTIONS, type PageFailure, type PrintTarget } from '../services/export/printTarget';

export interface WindowTargetOptions {
  /** The app's entry address (app://…/index.html), to which a hash route is appended. */
  appEntry: string;
  /** The window already has the app loaded (a prepared print window): routes change in place. */
  warm: boolean;
}

/** Electron's console-message: details on the event (Electron 35+), or positional (older). */
function consoleError(event: unknown, level: unknown, message: unknown): string | null {
  const details = (event ?? {}) as { level?: unknown; message?: unknown };
  const lvl = details.level ?? level;
  const text = String(details.message ?? message ?? '');
  // Chromium logs every uncaught exception and unhandled rejection as "Uncaught …".
  return (lvl === 'error' || lvl === 3) && /^Uncaught\b/.test(text) && !BENIGN_PAGE_ERROR.test(text) ? text.replace(/^Uncaught (\(in promise\) )?(Error: )?/, '') : null;
}

export function windowTarget(win: BrowserWindow, opts: WindowTargetOptions): PrintTarget {
  const contents = win.webContents;
  return {
    async show(hash) {
      if (opts.warm) await contents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)}; undefined`);
      else await win.loadURL(`${opts.appEntry}${hash}`);
    },
    async status() {
      return (await contents.executeJavaScript(`window[${JSON.stringify(PRINT_STATUS_GLOBAL)}] ?? null`)) as PrintStatus | null;
    },
    async print() {
      const { preferCSSPageSize, printBackground, tagged, outline } = PRINT_OPTIONS;
      return new Uint8Array(await contents.printToPDF({ preferCSSPageSize, printBackground, generateTaggedPDF: tagged, generateDocumentOutline: outline }));
    },
    onFailure(listener: (f: PageFailure) => void) {
      const onGone = (_e: unknown, details: { reason?: string }) => listener({ kind: 'crash', reason: `its renderer process stopped: ${details?.reason ?? 'unknown'}` });
      const onClosed = () => listener({ kind: 'crash', reason: 'the print window was closed' });
      const onFailLoad = (_e: unknown, code: number, description: string, _url: string, isMainFrame: boolean) => {
        // -3 is a load replaced by another (a route change); not a failure.
        if (isMainFrame !== false && code !== -3) listener({ kind: 'crash', reason: `the app could not load: ${description}` });
      };
      const onConsole = (event: unknown, level: unknown, message: unknown) => {
        const error = consoleError(event, level, message);
        if (error !== null) listener({ kind: 'error', message: error });
      };
      contents.on('render-process-gone', onGone);
      contents.on('did-fail-load', onFailLoad);
      contents.on('console-message', onConsole as never);
      win.on('closed', onClosed);
      return () => {
        contents.off('render-process-gone', onGone);
        contents.off('did-fail-load', onFailLoad);
        contents.off('console-message', onConsole as never);
        win.off('closed', onClosed);
      };
    },
    async close() {
      if (!win.isDestroyed()) win.destroy();
    },
  };
}
