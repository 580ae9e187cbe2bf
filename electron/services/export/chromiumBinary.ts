// Which Chromium prints PDFs (tests, `serve`, `export`) and the switches it runs with, for both
// ways of starting it: playwright-core (the browser host's printer) and the DevTools pipe of the
// export CLI (cdpPrintPage.ts). No playwright-core here, so the CLI never loads it.
// Same discovery order as the e2e tests: BRIEFDECK_CHROMIUM, then Debian's paths.
import { existsSync } from 'node:fs';
import { BriefdeckError } from '../../../shared/result';

/** Debian's binary itself before /usr/bin/chromium, a shell script that starts it: the script
 * reads /etc/chromium.d and adds switches an export does not want (GPU rasterization, the
 * system's extensions); skipping it starts Chromium about 20 ms sooner. */
export const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

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

/** The print page loads only from the local host (127.0.0.1, the address hosts listen on). */
const LOCAL_ONLY = 'MAP * ~NOTFOUND , EXCLUDE 127.0.0.1';

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
  // Chromium still asks update.googleapis.com and accounts.google.com within 0.2 s of starting,
  // whatever the switches above say (seen in a net log of an export: DNS lookups of both, then
  // requests). Every name but the local host's resolves to nothing, so none leaves the machine.
  `--host-resolver-rules=${LOCAL_ONLY}`,
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

/** The print page's browser context: a 16:9 window at one device pixel per CSS pixel. */
export const PRINT_CONTEXT = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };

/** What playwright-core 1.65 passes a headless Chromium besides our CHROMIUM_ARGS (its
 * chromiumSwitches and headless switches, less --disable-features, which ours repeats): the pipe
 * launch passes the same, so both print alike (sRGB colours, no background throttling, no
 * scrollbars). tests/unit/export/chromiumArgs.test.ts compares the two real command lines. */
export const PLAYWRIGHT_SWITCHES = [
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-dev-shm-usage',
  '--disable-edgeupdater',
  '--enable-features=CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-updater-scheduler',
  '--force-color-profile=srgb',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--unsafely-disable-devtools-self-xss-warnings',
  '--enable-unsafe-swiftshader',
  '--edge-skip-compat-layer-relaunch',
  '--disable-stack-profiler',
  '--disable-infobars',
  '--do-not-de-elevate',
  '--headless',
  '--hide-scrollbars',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--no-sandbox',
];
