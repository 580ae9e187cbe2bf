// Launching the system Chromium that prints PDFs through playwright-core (the browser host's
// printer, tests; the export CLI uses the DevTools pipe of cdpPrintPage.ts instead).
import { rm } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeScratchDir } from '../scratchDirs';
import { CHROMIUM_ARGS, findChromium, PRINT_CONTEXT } from './chromiumBinary';
import { pageTarget } from './pageTarget';
import type { PrintPage } from './printTarget';

export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** A print page driven by playwright-core, for tests that intercept its requests (onPage). */
export interface PlaywrightPrintPage extends PrintPage {
  page: Page;
}

/** Starts Chromium with its page already open: a persistent context on a throwaway profile
 * comes up with its first page, where a launched browser needs a context and a page made after
 * it (0.1-0.4 s more before the page exists, measured at load 15-18). */
export async function launchPrintPage(executablePath = findChromium()): Promise<PlaywrightPrintPage> {
  const profile = await makeScratchDir('chromium');
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, ...PRINT_CONTEXT });
    const page = context.pages()[0] ?? (await context.newPage());
    let closing: Promise<void> | null = null;
    const close = () => (closing ??= context.close().catch(() => undefined).then(removeProfile));
    // The target's close (context.close) closes this Chromium: it is the persistent context.
    return { page, close, target: (opts) => pageTarget(page, opts) };
  } catch (e) {
    await removeProfile();
    throw e;
  }
}
