// The Chromium printer (DESIGN.md §4): playwright-core drives a system Chromium to the
// print route on a running host, waits for its ready signal (reporting progress), and
// prints every page in one pass so links and the outline survive.
import type { Browser, Page } from 'playwright-core';
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../../shared/export/printStatus';
import { BriefdeckError } from '../../../shared/result';
import { launchChromium } from './chromium';

export type ReadyStatus = Extract<PrintStatus, { ready: true }>;

export interface ExportProgress {
  phase: 'starting' | 'loading' | 'rendering' | 'fonts' | 'printing' | 'finishing' | 'done';
  /** Slides drawn so far, out of total (0/0 before the deck is loaded). */
  rendered: number;
  total: number;
}

export interface PrintRouteOptions {
  /** Full URL of the print route, token included. */
  url: string;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** Overall limit for the route to become ready (the route's own per-widget timeout names laggards sooner). */
  readyTimeoutMs?: number;
  /** An already-running browser to use (a bench or a long-lived host); otherwise one is launched and closed. */
  browser?: Browser;
  /** A page of that browser already showing the same host's print-standby route (its own
   * context, handed over to this export and closed with it): the print route mounts in place. */
  standby?: Page;
  /** Test seam at the browser boundary: runs after the page is created, before navigation. */
  onPage?: (page: Page) => Promise<void>;
}

export interface PrintedRoute {
  pdf: Uint8Array;
  status: ReadyStatus;
}

export function cancelledError(): BriefdeckError {
  return new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The print page's browser context: a 16:9 window at one device pixel per CSS pixel. */
export const PRINT_CONTEXT = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };

async function waitReady(page: Page, opts: PrintRouteOptions): Promise<ReadyStatus> {
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 10 * 60_000);
  let last = '';
  for (;;) {
    if (opts.signal?.aborted) throw cancelledError();
    const status = (await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, PRINT_STATUS_GLOBAL)) as PrintStatus | null;
    if (status && 'error' in status) throw new BriefdeckError('export_failed', status.error);
    if (status?.ready) return status;
    if (status) {
      const key = `${status.phase}:${status.rendered}`;
      if (key !== last) opts.onProgress?.({ phase: status.phase, rendered: status.rendered, total: status.total });
      last = key;
    }
    if (Date.now() > deadline) throw new BriefdeckError('export_failed', 'The print pages did not become ready in time; no PDF was written.');
    await sleep(20);
  }
}

/** Loads the print route and prints it. Cancelling closes the page (and a browser it launched). */
export async function printRoute(opts: PrintRouteOptions): Promise<PrintedRoute> {
  if (opts.signal?.aborted) throw cancelledError();
  opts.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });
  const browser = opts.browser ?? (await launchChromium());
  const owned = opts.browser === undefined;
  let context: Awaited<ReturnType<Browser['newContext']>> | undefined;
  const onAbort = () => void Promise.resolve(owned ? browser.close() : context?.close()).catch(() => undefined);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let page: Page;
    if (opts.standby) {
      page = opts.standby;
      context = page.context();
      await opts.onPage?.(page);
      // Same document, new route: the app and the widget code are already loaded.
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, new URL(opts.url).hash);
    } else {
      context = await browser.newContext(PRINT_CONTEXT);
      page = await context.newPage();
      await opts.onPage?.(page);
      await page.goto(opts.url, { waitUntil: 'load' });
    }
    const status = await waitReady(page, opts);
    opts.onProgress?.({ phase: 'printing', rendered: status.slides, total: status.slides });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    if (opts.signal?.aborted) throw cancelledError();
    return { pdf: new Uint8Array(pdf), status };
  } catch (e) {
    if (opts.signal?.aborted) throw cancelledError();
    if (e instanceof BriefdeckError) throw e;
    throw new BriefdeckError('export_failed', `Chromium could not print the deck: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    if (owned) await browser.close().catch(() => undefined);
    else await context?.close().catch(() => undefined);
  }
}
