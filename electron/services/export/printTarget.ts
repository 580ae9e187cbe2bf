// The small interface the print pipeline (printDeck) drives, so one pipeline serves both hosts:
// an Electron window's webContents (electron/main/webContentsTarget.ts) and a Playwright page
// of a system Chromium (pageTarget.ts). A target is used for one export and then closed.
import type { PrintStatus } from '../../../shared/export/printStatus';

export type ReadyStatus = Extract<PrintStatus, { ready: true }>;

export interface ExportProgress {
  phase: 'starting' | 'loading' | 'rendering' | 'fonts' | 'printing' | 'finishing' | 'done';
  /** Slides drawn so far, out of total (0/0 before the deck is loaded). */
  rendered: number;
  total: number;
}

/** Records that a step of an export happened (at: epoch ms, default now), for the export trace
 * (BRIEFDECK_EXPORT_TRACE): where an export's time goes, step by step. */
export type TraceMark = (step: string, at?: number) => void;

/** Something went wrong inside the page itself, reported by the host as it happens. */
export type PageFailure = { kind: 'crash'; reason: string } | { kind: 'error'; message: string };

export interface PrintTarget {
  /** Puts the page on this hash route: in place when the app is already loaded there (a
   * prepared page), else by loading the app. */
  show(hash: string): Promise<void>;
  /** The print route's status (window.__briefdeckPrint), null before it has set one. */
  status(): Promise<PrintStatus | null>;
  /** The whole page as one PDF: CSS page size, backgrounds, tagged, with an outline. */
  print(): Promise<Uint8Array>;
  /** Calls `listener` when the page crashes, throws or leaves a rejection unhandled; returns
   * the unsubscribe. */
  onFailure(listener: (failure: PageFailure) => void): () => void;
  /** Closes the page (or window) and what was opened for it; safe to call twice. */
  close(): Promise<void>;
}

/** Errors Chromium raises for a layout that settled late; nothing is wrong with the page. */
export const BENIGN_PAGE_ERROR = /ResizeObserver loop/;

/** How a target on a Chromium page reaches the print route. */
export interface PageTargetOptions {
  /** The app's address for a hash route (origin and token), for a page that is not on it yet. */
  appUrl(hash: string): string;
  /** The page already has the app loaded (a prepared page): routes change in place. */
  warm: boolean;
}

/** A Chromium of its own with one page, for one export (exportDeckFile): driven by playwright-core
 * (chromium.ts) or over the DevTools pipe (cdpPrintPage.ts, the export CLI). */
export interface PrintPage {
  /** The print target on this page; closing it closes this Chromium. */
  target(opts: PageTargetOptions): PrintTarget;
  /** Closes Chromium and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/** The print options both hosts pass to their print call (Chromium's page.pdf, Electron's printToPDF). */
export const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;
