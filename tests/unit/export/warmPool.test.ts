// The one warm-page pool behind both printers' prepared pages and the desktop app's prepared
// audience window, against stand-in pages that record what was opened and closed. (Real pages:
// tests/e2e/hostExport.spec.ts for Chromium, electronMain.fakeElectron.test.ts for the windows.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarmPool, type WarmPoolOptions } from '../../../electron/services/warmPool';

interface FakePage {
  key: string;
  closed: boolean;
}

/** Pages that become ready after `loadMs` (never, with `ready: false`). */
function pages(opts: { loadMs?: number; ready?: boolean } = {}, over: Partial<WarmPoolOptions<FakePage>> = {}) {
  const opened: FakePage[] = [];
  const pool = new WarmPool<FakePage>({
    open: (key) => {
      const page = { key, closed: false };
      opened.push(page);
      return page;
    },
    ready: (page) => new Promise((r) => setTimeout(() => r(opts.ready !== false && !page.closed), opts.loadMs ?? 0)),
    close: (page) => {
      page.closed = true;
    },
    alive: (page) => !page.closed,
    ...over,
  });
  return { pool, opened };
}

let pool: WarmPool<FakePage> | null = null;
afterEach(() => {
  pool?.dispose();
  pool = null;
  vi.useRealTimers();
});

describe('WarmPool', () => {
  it('prepares one page per key and reuses it', async () => {
    const p = pages();
    pool = p.pool;
    expect(await pool.prepare('A')).toBe(true);
    expect(await pool.prepare('A')).toBe(true);
    expect(p.opened).toHaveLength(1);
    expect(pool.has('A')).toBe(true);
  });

  it('a prepare for another key closes the first page', async () => {
    const p = pages();
    pool = p.pool;
    await pool.prepare('A');
    await pool.prepare('B');
    expect(p.opened.map((x) => [x.key, x.closed])).toEqual([
      ['A', true],
      ['B', false],
    ]);
    expect(await pool.take('A')).toBeNull();
  });

  it('take hands the page over once; the next take for the key gets none', async () => {
    const p = pages();
    pool = p.pool;
    await pool.prepare('A');
    const taken = await pool.take('A');
    expect(taken).toBe(p.opened[0]);
    expect(taken?.closed).toBe(false);
    expect(await pool.take('A')).toBeNull();
  });

  it('take waits for a page still loading, up to takeWaitMs; past that it closes it and answers none', async () => {
    const slow = pages({ loadMs: 100 }, { takeWaitMs: 1_000 });
    pool = slow.pool;
    void pool.prepare('A');
    expect(await pool.take('A')).toBe(slow.opened[0]);
    pool.dispose();

    const stuck = pages({ loadMs: 5_000 }, { takeWaitMs: 50 });
    pool = stuck.pool;
    void pool.prepare('A');
    expect(await pool.take('A')).toBeNull();
    expect(stuck.opened[0]?.closed).toBe(true);
  });

  it('with takeWaitMs 0 only a page already ready is taken (the audience window)', async () => {
    const p = pages({ loadMs: 50 }, { takeWaitMs: 0 });
    pool = p.pool;
    void pool.prepare('A');
    expect(pool.has('A')).toBe(false);
    expect(await pool.take('A')).toBeNull();
    expect(p.opened[0]?.closed).toBe(true);
  });

  it('a page that could not get ready is closed and the next prepare tries again', async () => {
    let attempt = 0;
    const p = pages({}, { ready: async () => ++attempt > 1 });
    pool = p.pool;
    expect(await pool.prepare('A')).toBe(false);
    expect(p.opened[0]?.closed).toBe(true);
    expect(await pool.prepare('A')).toBe(true);
    expect(p.opened).toHaveLength(2);
  });

  it('a page that went away by itself is replaced by the next prepare', async () => {
    const p = pages();
    pool = p.pool;
    await pool.prepare('A');
    p.opened[0]!.closed = true;
    expect(pool.has('A')).toBe(false);
    expect(await pool.prepare('A')).toBe(true);
    expect(p.opened).toHaveLength(2);
  });

  it('closes the page after idle time and tells the host; not while held', async () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const p = pages({}, { idleMs: 1_000, onIdle });
    pool = p.pool;
    const prepared = pool.prepare('A');
    await vi.advanceTimersByTimeAsync(1);
    expect(await prepared).toBe(true);
    const release = pool.hold();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(p.opened[0]?.closed).toBe(false);
    expect(onIdle).not.toHaveBeenCalled();
    release();
    await vi.advanceTimersByTimeAsync(999);
    expect(p.opened[0]?.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(p.opened[0]?.closed).toBe(true);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('idleMs null never closes it; drop and dispose do, and a disposed pool prepares nothing', async () => {
    vi.useFakeTimers();
    const p = pages({}, { idleMs: null });
    pool = p.pool;
    const prepared = pool.prepare('A');
    await vi.advanceTimersByTimeAsync(1);
    await prepared;
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(p.opened[0]?.closed).toBe(false);
    pool.drop();
    expect(p.opened[0]?.closed).toBe(true);
    const second = pool.prepare('B');
    await vi.advanceTimersByTimeAsync(1);
    await second;
    pool.dispose();
    expect(p.opened[1]?.closed).toBe(true);
    expect(await pool.prepare('C')).toBe(false);
    expect(p.opened).toHaveLength(2);
  });
});
