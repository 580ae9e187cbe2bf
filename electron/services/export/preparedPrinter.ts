// A printer kept ready by a long-lived host (the browser host): when the export dialog opens,
// Chromium is started and a print page loads the app on the deck's print-standby route. The
// export then only changes that page's route (chromiumPrinter's `standby`), instead of paying
// for a Chromium start, a new page and the app's code after the click. Chromium is closed
// again when nothing has been exported or prepared for a while, and with the host.
import type { Browser, Page } from 'playwright-core';
import { PRINT_STANDBY_GLOBAL } from '../../../shared/export/printStatus';
import { launchChromium } from './chromium';
import { PRINT_CONTEXT } from './chromiumPrinter';

export interface PreparedPrinterOptions {
  /** Full address of the print-standby route for a deck (token included). */
  standbyUrl(ref: string): string;
  launch?: () => Promise<Browser>;
  /** Chromium closes after this long without a prepare or an export (default 3 min). */
  idleMs?: number;
  /** Longest a prepare waits for the page to load what printing needs (default 20 s). */
  loadTimeoutMs?: number;
  /** Longest an export waits for a prepared page that is still loading (default 5 s). */
  takeWaitMs?: number;
  log?: { info(message: string): void; warn(message: string, error?: unknown): void };
}

export interface TakenPrinter {
  browser: Browser;
  /** The prepared page for this deck, or null when none is ready (the export opens its own). */
  standby: Page | null;
  /** The export is over: the idle clock starts again. */
  release(): void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Standby {
  ref: string;
  /** Replaced by a prepare for another deck, or dropped with Chromium. */
  dropped: boolean;
  /** It could not load: the next prepare tries again. */
  failed: boolean;
  /** Null when it failed to load or was dropped before it finished. */
  page: Promise<Page | null>;
}

export class PreparedPrinter {
  private browser: Promise<Browser> | null = null;
  private standby: Standby | null = null;
  private busy = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(private readonly opts: PreparedPrinterOptions) {}

  /** Starts Chromium (once) and loads a print page for `ref`. True once that page is ready. */
  async prepare(ref: string): Promise<boolean> {
    if (this.closed) return false;
    this.touch();
    let standby = this.standby;
    if (standby?.ref !== ref || standby.failed) {
      this.dropStandby();
      const fresh: Standby = { ref, dropped: false, failed: false, page: Promise.resolve(null) };
      fresh.page = this.openStandby(fresh);
      this.standby = standby = fresh;
    }
    const page = await standby.page;
    return page !== null && !page.isClosed();
  }

  /**
   * The browser for one export, with the prepared page when it is for this deck and ready (it is
   * handed over: the next export prepares again). Starts Chromium when it is not running.
   */
  async take(ref: string): Promise<TakenPrinter> {
    if (this.closed) throw new Error('the printer is closed');
    this.busy++;
    this.touch();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.busy--;
      this.touch();
    };
    try {
      let standby: Page | null = null;
      if (this.standby?.ref === ref) {
        const prepared = this.standby;
        this.standby = null;
        // A page still loading after a few seconds is stuck: the export opens its own.
        standby = await Promise.race([prepared.page, sleep(this.opts.takeWaitMs ?? 5_000).then(() => null)]);
        if (standby === null || standby.isClosed()) {
          prepared.dropped = true;
          void prepared.page.then((p) => p?.context().close()).catch(() => undefined);
          standby = null;
        } else {
          this.opts.log?.info(`export: printing on the page prepared for ${ref}`);
        }
      }
      return { browser: await this.running(), standby, release };
    } catch (e) {
      release();
      throw e;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.dropStandby();
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
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
    const launched = (this.opts.launch ?? launchChromium)();
    this.browser = launched;
    launched.catch(() => {
      if (this.browser === launched) this.browser = null;
    });
    return launched;
  }

  private async openStandby(standby: Standby): Promise<Page | null> {
    let page: Page | null = null;
    try {
      const browser = await this.running();
      const context = await browser.newContext(PRINT_CONTEXT);
      page = await context.newPage();
      await page.goto(this.opts.standbyUrl(standby.ref), { waitUntil: 'load' });
      await page.waitForFunction((name) => (window as unknown as Record<string, unknown>)[name] === 'ready', PRINT_STANDBY_GLOBAL, {
        timeout: this.opts.loadTimeoutMs ?? 20_000,
        polling: 50,
      });
      // Replaced or closed while it loaded: nobody will take it.
      if (this.closed || standby.dropped) {
        await context.close().catch(() => undefined);
        return null;
      }
      return page;
    } catch (e) {
      standby.failed = true;
      this.opts.log?.warn('could not prepare a print page; the export will open its own', e);
      await page?.context().close().catch(() => undefined);
      return null;
    }
  }

  private dropStandby(): void {
    const old = this.standby;
    this.standby = null;
    if (!old) return;
    old.dropped = true;
    void old.page.then((p) => p?.context().close()).catch(() => undefined);
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.closed || this.busy > 0) return;
    this.idleTimer = setTimeout(() => void this.idle(), this.opts.idleMs ?? 3 * 60_000);
    // A waiting printer never keeps the host's process alive.
    this.idleTimer.unref?.();
  }

  /** Only ever scheduled while no export runs (touch). */
  private async idle(): Promise<void> {
    if (this.closed) return;
    this.dropStandby();
    const browser = this.browser;
    this.browser = null;
    if (browser) await browser.then((b) => b.close()).catch(() => undefined);
  }
}
