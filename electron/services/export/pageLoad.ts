// Loading and waiting on a Playwright print page with calls that answer plain values only.
// page.goto answers with a Response object and page.waitForFunction with a JSHandle. When the
// page's context is closed while such an answer is on its way (an export that fails or is
// cancelled while its page loads, the host closing while a warm page loads), playwright-core's
// client throws "Object with guid … was not bound in the connection" outside any call, where
// nothing can catch it, and the host's process goes down with it. Measured (tmp race script,
// tracing on as the e2e runner has it): 6 and 11 such errors in 200 closes with goto and
// waitForFunction; 0 in 300 with these.
import type { Page } from 'playwright-core';

export interface PageWaitOptions {
  timeoutMs: number;
  /** How often the page is asked (default 50 ms). */
  pollMs?: number;
}

/** Longest startLoading waits for the page to take the address. */
const START_WAIT_MS = 5_000;

type InPage = typeof globalThis & { location: { href: string }; document: { readyState: string; documentElement: { dataset: Record<string, string | undefined> } } };

/** The data attribute startLoading puts on the document it leaves. */
const LEAVING = 'briefdeckLeaving';

/** Polls `predicate(arg)` in the page until it is true (true), or until the page closes or the
 * time is up (false). A navigation between two polls is waited out. */
export async function waitInPage(page: Page, predicate: (arg: string) => boolean, arg: string, { timeoutMs, pollMs = 50 }: PageWaitOptions): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (page.isClosed()) return false;
    // Fails while the page's document is being replaced, and waits while a new one is awaited
    // (a server that does not answer): bounded by the time left; the next poll asks again.
    if (await withinMs(page.evaluate(predicate, arg).catch(() => false), until - Date.now())) return true;
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** `answer`, or false once `ms` have passed. */
async function withinMs(answer: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((r) => (timer = setTimeout(() => r(false), Math.max(0, ms))));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Loads `url` in the page and waits for its load event (what page.goto with waitUntil 'load'
 * does), throwing when Chromium shows its error page instead or the time is up. */
export async function loadUrl(page: Page, url: string, timeoutMs: number): Promise<void> {
  await startLoading(page, url);
  const wanted = withoutHash(url);
  const settled = await waitInPage(
    page,
    (href) => {
      const g = globalThis as InPage;
      const at = g.location.href.split('#')[0] ?? '';
      // An error page marked by startLoading is the last load's, still shown until this one commits.
      // (LEAVING spelled out: this function runs in the page, without this module's constants.)
      if (at.startsWith('chrome-error:')) return g.document.documentElement.dataset.briefdeckLeaving !== '1';
      return at === href && g.document.readyState === 'complete';
    },
    wanted,
    { timeoutMs, pollMs: 20 },
  );
  // Messages reach the export dialog: they name the page without its query (the host's token).
  const shown = withoutQuery(url);
  if (page.isClosed()) throw new Error(`the page was closed while loading ${shown}`);
  if (!settled) throw new Error(`${shown} did not load within ${timeoutMs / 1000} s`);
  if (page.url().startsWith('chrome-error:')) throw new Error(`${shown} could not be loaded`);
}

/** Starts loading `url` and returns at once (the page loads on its own). */
export async function startLoading(page: Page, url: string): Promise<void> {
  // The old document may be gone before the evaluation answers (the load has started then), or
  // the page may still be waiting for an earlier one: the caller's wait tells which.
  const started = page.evaluate(
    ([u, leaving]) => {
      const g = globalThis as InPage;
      // Marks the document being left, so a wait does not take an earlier load's error page
      // for this load's (a page that failed once and is loaded again).
      g.document.documentElement.dataset[leaving] = '1';
      g.location.href = u;
    },
    [url, LEAVING] as const,
  );
  await withinMs(started.then(() => true, () => true), START_WAIT_MS);
}

function withoutQuery(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
