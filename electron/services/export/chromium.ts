// Finding and launching the system Chromium that prints PDFs (tests, `serve`, `export`).
// Same discovery order as the e2e tests: BRIEFDECK_CHROMIUM, then Debian's paths.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BriefdeckError } from '../../../shared/result';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless Chromium 156 still builds the address bar's WebUI popup (chrome://omnibox-popup, a
 * Lit app) in a renderer of its own at every start, which no PDF needs: turned off, an export
 * used 0.7 s less CPU at load 27 (4 interleaved runs); a trace shows that renderer never loads. */
const UNNEEDED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Chromium keeps only the last --disable-features it is given, and Playwright passes its own
 * first (no network time queries, no search preconnects, ...), so ours repeats them.
 * tests/unit/export/chromiumArgs.test.ts checks this against what Playwright really passes. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Quiet, offline, deterministic: nothing a PDF needs goes to the network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--mute-audio',
  '--font-render-hinting=none',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNNEEDED_FEATURES].join(',')}`,
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BRIEFDECK_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BriefdeckError('not_found', `BRIEFDECK_CHROMIUM points at ${fromEnv}, which does not exist. Fix the path or unset it.`);
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new BriefdeckError(
      'not_found',
      'No Chromium found to print the PDF. Install it (Debian: apt-get install chromium) or set BRIEFDECK_CHROMIUM to its path.',
    );
  }
  return found;
}

export async function launchChromium(executablePath = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** The print page's browser context: a 16:9 window at one device pixel per CSS pixel. */
export const PRINT_CONTEXT = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };

/** A Chromium of its own with one page, for one export. */
export interface PrintPage {
  page: Page;
  /** Closes Chromium and removes its profile; safe to call twice. */
  close(): Promise<void>;
}

/** Starts Chromium with its page already open: a persistent context on a throwaway profile
 * comes up with its first page, where a launched browser needs a context and a page made after
 * it (0.1-0.4 s more before the page exists, measured at load 15-18). */
export async function launchPrintPage(executablePath = findChromium()): Promise<PrintPage> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-chromium-'));
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, ...PRINT_CONTEXT });
    const page = context.pages()[0] ?? (await context.newPage());
    let closing: Promise<void> | null = null;
    return { page, close: () => (closing ??= context.close().catch(() => undefined).then(removeProfile)) };
  } catch (e) {
    await removeProfile();
    throw e;
  }
}
