// One warm page kept ready for the next use (DESIGN.md "one warm-page pool"): the export
// dialog's print page in both hosts and the desktop app's hidden audience window. A page is
// prepared for a key (a deck), handed over once to whoever takes it for that key, replaced when
// another key is prepared, tried again after a failed load, and closed after idle time or on
// dispose. What a page is (a Playwright page, an Electron window) is the host's business.
export interface WarmPoolOptions<P> {
  /** Creates the page for `key` and starts loading it. */
  open(key: string): Promise<P> | P;
  /** Resolves true once the page is ready to be taken, false if it cannot be (bounded by the host). */
  ready(page: P, key: string): Promise<boolean>;
  close(page: P): Promise<void> | void;
  /** False once the page has gone by itself (closed, crashed). */
  alive(page: P): boolean;
  /** Closes the page after this long without a prepare or take (null: never). Default 3 min. */
  idleMs?: number | null;
  /** Called when the idle timer closes the page (a host may stop its browser too). */
  onIdle?(): void;
  /** How long take() waits for a page still loading (0: only one already ready). Default 5 s. */
  takeWaitMs?: number;
  log?: { warn(message: string, error?: unknown): void };
}

interface Warm<P> {
  key: string;
  page: Promise<P | null>;
  /** Settles true when ready; false when it failed or was dropped. */
  ready: Promise<boolean>;
  isReady: boolean;
  failed: boolean;
  dropped: boolean;
  /** The page once open() has answered. */
  resolvedPage?: P;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class WarmPool<P> {
  private warm: Warm<P> | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private holds = 0;
  private disposed = false;

  constructor(private readonly opts: WarmPoolOptions<P>) {}

  /** Gets a page ready for `key` (reusing one already there); true once it is. */
  async prepare(key: string): Promise<boolean> {
    if (this.disposed) return false;
    this.touch();
    const current = this.warm;
    const usable = current && current.key === key && !current.failed && !current.dropped && (!current.isReady || this.isAlive(current));
    const warm = usable ? current : this.start(key);
    return warm.ready;
  }

  /** True when a page for `key` is ready now (nothing waits). */
  has(key: string): boolean {
    const w = this.warm;
    return w !== null && w.key === key && w.isReady && this.isAlive(w);
  }

  /** Hands over the page prepared for `key`: at once if ready, else after up to takeWaitMs of
   * loading; null when there is none (the caller opens its own). The next use prepares again. */
  async take(key: string): Promise<P | null> {
    const w = this.warm;
    this.touch();
    if (!w || w.key !== key || w.failed) return null;
    this.warm = null;
    const wait = this.opts.takeWaitMs ?? 5_000;
    const ready = w.isReady || (wait > 0 && (await Promise.race([w.ready, sleep(wait).then(() => false)])));
    const page = ready ? await w.page : null;
    if (page !== null && this.opts.alive(page)) return page;
    this.discard(w);
    return null;
  }

  /** Closes the warm page now (its deck closed, its display went away). */
  drop(): void {
    this.discard(this.warm);
  }

  private discard(w: Warm<P> | null): void {
    if (!w) return;
    if (this.warm === w) this.warm = null;
    w.dropped = true;
    // Closed at once when it exists (a window must be gone before the caller looks again).
    if (w.resolvedPage !== undefined) void Promise.resolve(this.opts.close(w.resolvedPage)).catch(() => undefined);
    else void w.page.then((p) => (p === null ? undefined : this.opts.close(p))).catch(() => undefined);
  }

  /** While held (an export runs), the idle timer does not run. Returns the release. */
  hold(): () => void {
    this.holds++;
    this.touch();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds--;
      this.touch();
    };
  }

  dispose(): void {
    this.disposed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.drop();
  }

  private isAlive(w: Warm<P>): boolean {
    return w.isReady && !w.dropped && w.resolvedPage !== undefined && this.opts.alive(w.resolvedPage);
  }

  private start(key: string): Warm<P> {
    this.drop();
    const w = { key, isReady: false, failed: false, dropped: false } as Warm<P>;
    // Opened now, not a tick later: the page exists when prepare() returns to its caller.
    let opened: Promise<P>;
    try {
      const result = this.opts.open(key);
      if (!(result instanceof Promise)) w.resolvedPage = result;
      opened = Promise.resolve(result);
    } catch (e) {
      opened = Promise.reject(e as Error);
    }
    w.page = opened
      .then(
        (p) => {
          w.resolvedPage = p;
          return p;
        },
        (e: unknown) => {
          this.opts.log?.warn(`could not open a warm page for ${key}`, e);
          return null;
        },
      );
    w.ready = w.page.then(async (p) => {
      const ok = p !== null && (await this.opts.ready(p, key).catch(() => false));
      // Dropped or replaced while it loaded: nobody will take it.
      if (w.dropped) return false;
      w.isReady = ok;
      w.failed = !ok;
      if (!ok && p !== null) {
        this.opts.log?.warn(`the warm page for ${key} did not become ready; the next use opens its own`);
        await Promise.resolve(this.opts.close(p)).catch(() => undefined);
      }
      return ok;
    });
    this.warm = w;
    return w;
  }

  private touch(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const idleMs = this.opts.idleMs === undefined ? 3 * 60_000 : this.opts.idleMs;
    if (this.disposed || this.holds > 0 || idleMs === null) return;
    this.idleTimer = setTimeout(() => {
      this.drop();
      this.opts.onIdle?.();
    }, idleMs);
    // A waiting page never keeps the process alive.
    this.idleTimer.unref?.();
  }
}
