// Which Chromium the e2e tests drive (ENVIRONMENT.md): BRIEFDECK_CHROMIUM, then Debian's,
// then Playwright's own if someone installed it. Never downloads one.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_HELP =
  'No Chromium found for the e2e tests. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set BRIEFDECK_CHROMIUM to a Chromium or Chrome binary.';

function playwrightOwn(): string | undefined {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** The binary to launch, or undefined when there is none on this machine. */
export function findTestChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.BRIEFDECK_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p)) ?? playwrightOwn();
}

/** Quiet and offline: nothing in a test run goes to the network. */
export const TEST_CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--no-default-browser-check'];
