// The Chromium printer (DESIGN.md §4): playwright-core drives a system Chromium to a host's
// print route and the shared pipeline (printDeck) prints, finishes and writes the PDF. A
// long-lived host (the browser host) keeps a print page warm on the deck's print-standby route
// while the export dialog is open, so the export only changes its route; Chromium is closed
// after idle minutes, and with the host. The export CLI uses one cold page of its own Chromium.
import type { Browser, Page } from 'playwright-core';
import { exportCancelled } from '../../../shared/export/messages';
import type { ExportOptions } from '../../../shared/api/contract';
import { PRINT_STANDBY_GLOBAL } from '../../../shared/export/printStatus';
import { routeHash, type Route } from '../../../shared/routes';
import { WarmPool } from '../warmPool';
import { PRINT_CONTEXT } from './chromiumBinary';
import { startLoading, waitInPage } from './pageLoad';
import { pageTarget } from './pageTarget';
import { printDeck, type PrintDeckRequest, type PrintDeckResult } from './printDeck';
import type { ExportProgress, TraceMark } from './printTarget';
import { appVersion } from '../appRoot';

/** The host whose print route is printed: its address (origin used) and per-run token. */
export interface PrintHost {
  url: string;
  token: string;
}


/** A route's full address on a host, token included. */
export function hostRouteUrl(host: PrintHost, route: Route | string): string {
  const hash = typeof route === 'string' ? route : routeHash(route);
  return `${new URL(host.url).origin}/?token=${encodeURIComponent(host.token)}${hash}`;
}

export interface ChromiumPrinterOptions {
  host: PrintHost;
  /** Starts Chromium (default: the system Chromium); called again if it exits or crashes. */
  launch?: () => Promise<Browser>;
  /** Keep a page warm per export.prepare (default true); idle minutes before Chromium closes. */
  idleMs?: number | null;
  /** Longest a prepare waits for the page to load what printing needs (default 20 s). */
  loadTimeoutMs?: number;
  /** Longest an export waits for a prepared page still loading (default 5 s). */
  takeWaitMs?: number;
  log?: { info(message: string): void; warn(message: string, error?: unknown): void };
  /** Test seam at the browser boundary: runs on every page an export prints on, before its route changes. */
  onPage?: (page: Page) => Promise<void>;
}

export interface ChromiumExportRequest {
  ref: string;
  options: ExportOptions;
  outPath: string;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** How long one widget may take to draw before the export fails naming it. */
  widgetTimeoutMs?: number;
  /** Slides the export will print, if known (sets the ready timeout before the page says). */
  slides?: number;
  /** Test seam at the browser boundary: runs on the page before it is put on the print route. */
  onPage?: (page: Page) => Promise<void>;
  /** The export trace (printDeck's steps, and when the print page opened). */
  trace?: TraceMark;
  /** The deck's pictures, for the photos printed as stand-ins (printDeck's `pictures`). */
  pictures?: PrintDeckRequest['pictures'];
}

export class ChromiumPrinter {
  private browser: Promise<Browser> | null = null;
  private readonly warm: WarmPool<Page>;
  private closed = false;

  constructor(private readonly opts: ChromiumPrinterOptions) {
    this.warm = new WarmPool<Page>({
      open: async (ref) => {
        const page = await this.newPage();
        // Not page.goto or waitForFunction: this page may be closed while it loads (pageLoad.ts).
        await startLoading(page, hostRouteUrl(opts.host, { name: 'printStandby', deck: ref }));
        return page;
      },
      ready: async (page) =>
        (await waitInPage(page, (name) => (globalThis as unknown as Record<string, unknown>)[name] === 'ready', PRINT_STANDBY_GLOBAL, {
          timeoutMs: opts.loadTimeoutMs ?? 20_000,
        })) && !page.isClosed(),
      close: (page) => page.context().close().catch(() => undefined),
      alive: (page) => !page.isClosed(),
      idleMs: opts.idleMs,
      // Nothing prepared or exported for a while: Chromium goes too.
      onIdle: () => void this.stopBrowser(),
      takeWaitMs: opts.takeWaitMs,
      log: opts.log,
    });
  }

  /** export.prepare: Chromium (once) and a page on the deck's print-standby route; true once ready. */
  prepare(ref: string): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return this.warm.prepare(ref);
  }

  /** Prints `ref` on the page prepared for it, else on a new page of the running Chromium. */
  async exportPdf(req: ChromiumExportRequest): Promise<PrintDeckResult> {
    if (this.closed) throw new Error('the printer is closed');
    if (req.signal?.aborted) throw exportCancelled();
    req.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });
    const release = this.warm.hold();
    try {
      const prepared = await this.warm.take(req.ref);
      if (prepared) this.opts.log?.info(`export: printing on the page prepared for ${req.ref}`);
      const page = prepared ?? (await this.newPage());
      req.trace?.(prepared ? 'prepared print page taken' : 'print page opened');
      await this.opts.onPage?.(page);
      await req.onPage?.(page);
      const target = pageTarget(page, { warm: prepared !== null, appUrl: (hash) => hostRouteUrl(this.opts.host, hash) });
      return await printDeck(target, {
        hash: routeHash({ name: 'print', deck: req.ref, options: req.options, widgetTimeoutMs: req.widgetTimeoutMs ?? null }),
        outPath: req.outPath,
        creator: `Briefdeck ${appVersion()}`,
        slides: req.slides,
        signal: req.signal,
        onProgress: req.onProgress,
        trace: req.trace,
        pictures: req.pictures,
      });
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.warm.dispose();
    await this.stopBrowser();
  }

  private async newPage(): Promise<Page> {
    const context = await (await this.running()).newContext(PRINT_CONTEXT);
    return context.newPage();
  }

  /** A running, connected Chromium: started when there is none, again when it exited or crashed. */
  private async running(): Promise<Browser> {
    const current = this.browser;
    if (current) {
      const b = await current.catch(() => null);
      if (b?.isConnected()) return b;
      // Another caller may have started a new one meanwhile.
      if (this.browser !== current) return this.running();
    }
    // playwright-core is loaded with the first launch, not with the host: `npm run export`
    // starts a host too, and never prints through this printer.
    const launched = this.opts.launch ? this.opts.launch() : import('./chromium').then((m) => m.launchChromium());
    this.browser = launched;
    launched.catch(() => {
      if (this.browser === launched) this.browser = null;
    });
    return launched;
  }

  private async stopBrowser(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }
}
