// The browser host's prepared printer, against stand-in Chromium objects that record what was
// launched, opened and closed (the real Chromium path is covered by tests/e2e/hostExport.spec.ts).
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreparedPrinter } from '../../../electron/services/export/preparedPrinter';

interface FakePage {
  url: string | null;
  closed: boolean;
}

/** A stand-in Chromium: pages "load" after `loadMs`; `ready: false` pages never report ready. */
function fakeChromium(opts: { loadMs?: number; ready?: boolean } = {}) {
  const browsers: { closed: boolean; connected: boolean; contexts: number }[] = [];
  const pages: FakePage[] = [];
  const launch = vi.fn(async () => {
    const b = { closed: false, connected: true, contexts: 0 };
    browsers.push(b);
    const browser = {
      isConnected: () => b.connected && !b.closed,
      close: async () => {
        b.closed = true;
      },
      newContext: async () => {
        b.contexts++;
        const state: FakePage = { url: null, closed: false };
        pages.push(state);
        const context = {
          browser: () => browser,
          close: async () => {
            state.closed = true;
          },
          newPage: async () => page,
        };
        const page = {
          context: () => context,
          isClosed: () => state.closed || b.closed,
          goto: async (url: string) => {
            await new Promise((r) => setTimeout(r, opts.loadMs ?? 0));
            state.url = url;
          },
          waitForFunction: async (_fn: unknown, _arg: unknown, o: { timeout: number }) => {
            if (opts.ready === false) {
              await new Promise((r) => setTimeout(r, o.timeout));
              throw new Error('timed out');
            }
          },
        };
        return context;
      },
    };
    return browser as unknown as Browser;
  });
  return { launch, browsers, pages };
}

const standbyUrl = (ref: string) => `http://127.0.0.1:1/?token=t#/print-standby?deck=${encodeURIComponent(ref)}`;

let printer: PreparedPrinter | null = null;
afterEach(async () => {
  await printer?.close();
  printer = null;
  vi.useRealTimers();
});

describe('PreparedPrinter', () => {
  it('prepare starts Chromium once and loads one print-standby page per deck', async () => {
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    expect(await printer.prepare('library:A.briefdeck')).toBe(true);
    expect(await printer.prepare('library:A.briefdeck')).toBe(true);
    expect(c.launch).toHaveBeenCalledTimes(1);
    expect(c.pages).toHaveLength(1);
    expect(c.pages[0]?.url).toBe(standbyUrl('library:A.briefdeck'));
  });

  it('a prepare for another deck closes the first page; Chromium stays', async () => {
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    await printer.prepare('library:A.briefdeck');
    await printer.prepare('library:B.briefdeck');
    await vi.waitFor(() => expect(c.pages[0]?.closed).toBe(true));
    expect(c.pages[1]?.closed).toBe(false);
    expect(c.launch).toHaveBeenCalledTimes(1);
  });

  it('take hands the prepared page over once, for its deck only', async () => {
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    await printer.prepare('library:A.briefdeck');

    const other = await printer.take('library:B.briefdeck');
    expect(other.standby).toBeNull();
    other.release();

    const first = await printer.take('library:A.briefdeck');
    expect(first.standby).not.toBeNull();
    expect(first.browser.isConnected()).toBe(true);
    first.release();

    const second = await printer.take('library:A.briefdeck');
    expect(second.standby).toBeNull();
    expect(second.browser).toBe(first.browser);
    second.release();
    expect(c.launch).toHaveBeenCalledTimes(1);
  });

  it('an export that comes while the page is still loading waits for it', async () => {
    const c = fakeChromium({ loadMs: 50 });
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    void printer.prepare('library:A.briefdeck');
    const taken = await printer.take('library:A.briefdeck');
    expect(taken.standby).not.toBeNull();
    taken.release();
  });

  it('a page that never gets ready: prepare says false, and an export does not wait for it', async () => {
    const c = fakeChromium({ ready: false });
    const warn = vi.fn();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch, loadTimeoutMs: 200, takeWaitMs: 50, log: { info: () => undefined, warn } });
    const prepared = printer.prepare('library:A.briefdeck');
    const started = Date.now();
    const taken = await printer.take('library:A.briefdeck');
    expect(Date.now() - started).toBeLessThan(190);
    expect(taken.standby).toBeNull();
    taken.release();
    expect(await prepared).toBe(false);
    expect(warn).toHaveBeenCalled();
    await vi.waitFor(() => expect(c.pages[0]?.closed).toBe(true));
  });

  it('a page that could not load is tried again by the next prepare', async () => {
    const c = fakeChromium({ ready: false });
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch, loadTimeoutMs: 20, log: { info: () => undefined, warn: () => undefined } });
    expect(await printer.prepare('library:A.briefdeck')).toBe(false);
    expect(await printer.prepare('library:A.briefdeck')).toBe(false);
    expect(c.pages).toHaveLength(2);
    await vi.waitFor(() => expect(c.pages.every((p) => p.closed)).toBe(true));
  });

  it('starts Chromium again when it has exited', async () => {
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    const first = await printer.take('library:A.briefdeck');
    first.release();
    c.browsers[0]!.connected = false;
    const second = await printer.take('library:A.briefdeck');
    second.release();
    expect(c.launch).toHaveBeenCalledTimes(2);
    expect(second.browser.isConnected()).toBe(true);
  });

  it('closes Chromium after the idle time, never during an export', async () => {
    vi.useFakeTimers();
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch, idleMs: 1000 });
    const taken = await printer.take('library:A.briefdeck');
    await vi.advanceTimersByTimeAsync(5000);
    expect(c.browsers[0]?.closed).toBe(false); // still printing
    taken.release();
    await vi.advanceTimersByTimeAsync(999);
    expect(c.browsers[0]?.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(c.browsers[0]?.closed).toBe(true);
    // The next export starts it again.
    (await printer.take('library:A.briefdeck')).release();
    expect(c.launch).toHaveBeenCalledTimes(2);
  });

  it('close() closes Chromium and the prepared page; a later prepare does nothing', async () => {
    const c = fakeChromium();
    printer = new PreparedPrinter({ standbyUrl, launch: c.launch });
    await printer.prepare('library:A.briefdeck');
    await printer.close();
    expect(c.browsers[0]?.closed).toBe(true);
    await vi.waitFor(() => expect(c.pages[0]?.closed).toBe(true));
    expect(await printer.prepare('library:A.briefdeck')).toBe(false);
    await expect(printer.take('library:A.briefdeck')).rejects.toThrow(/closed/);
    expect(c.launch).toHaveBeenCalledTimes(1);
  });

  it('a failed launch reaches the export, and the next one tries again', async () => {
    const c = fakeChromium();
    const launch = vi.fn(c.launch).mockRejectedValueOnce(new Error('no chromium'));
    printer = new PreparedPrinter({ standbyUrl, launch: launch as unknown as () => Promise<Browser> });
    await expect(printer.take('library:A.briefdeck')).rejects.toThrow('no chromium');
    const ok = await printer.take('library:A.briefdeck');
    ok.release();
    expect(launch).toHaveBeenCalledTimes(2);
  });
});

