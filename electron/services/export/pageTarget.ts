// The print target over a Playwright page of a system Chromium (the browser host, tests): the
// page's own context is closed with it. It loads the app with loadUrl, not page.goto: the target
// may be closed while the page loads (pageLoad.ts says why that matters).
import type { Page } from 'playwright-core';
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../../shared/export/printStatus';
import { loadUrl } from './pageLoad';
import { BENIGN_PAGE_ERROR, PRINT_OPTIONS, type PageFailure, type PageTargetOptions, type PrintTarget } from './printTarget';

/** Longest the app may take to load on a fresh page (page.goto's default). */
const APP_LOAD_TIMEOUT_MS = 30_000;

export function pageTarget(page: Page, opts: PageTargetOptions): PrintTarget {
  let closing: Promise<void> | null = null;
  return {
    async show(hash) {
      if (opts.warm) {
        // Runs in the page (the Node side has no DOM types: electron/tsconfig.json).
        await page.evaluate((h) => {
          (globalThis as unknown as { location: { hash: string } }).location.hash = h;
        }, hash);
      } else {
        await loadUrl(page, opts.appUrl(hash), APP_LOAD_TIMEOUT_MS);
      }
    },
    async status() {
      return (await page.evaluate((name) => (globalThis as unknown as Record<string, unknown>)[name] ?? null, PRINT_STATUS_GLOBAL)) as PrintStatus | null;
    },
    async print() {
      return new Uint8Array(await page.pdf(PRINT_OPTIONS));
    },
    onFailure(listener: (f: PageFailure) => void) {
      const onCrash = () => listener({ kind: 'crash', reason: 'its renderer process stopped' });
      const onClose = () => listener({ kind: 'crash', reason: 'the page was closed' });
      const onError = (e: Error) => {
        if (!BENIGN_PAGE_ERROR.test(e.message)) listener({ kind: 'error', message: e.message.split('\n')[0] ?? e.message });
      };
      page.on('crash', onCrash);
      page.on('close', onClose);
      page.on('pageerror', onError);
      return () => {
        page.off('crash', onCrash);
        page.off('close', onClose);
        page.off('pageerror', onError);
      };
    },
    close() {
      closing ??= page.context().close().catch(() => undefined);
      return closing;
    },
  };
}
