// E2E: @playwright/test driving a system Chromium (Debian's here) against the browser host,
// one host process and fresh temp library per test (tests/e2e/fixtures.ts). Never downloads a browser.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_HELP, TEST_CHROMIUM_ARGS, findTestChromium } from './tests/e2e/support/chromium';

const executablePath = findTestChromium();
if (executablePath === undefined) {
  const bad = process.env.BRIEFDECK_CHROMIUM;
  console.error(bad ? `BRIEFDECK_CHROMIUM points at ${bad}, which does not exist. Fix the path or unset it.` : CHROMIUM_HELP);
  process.exit(1);
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Override when several runs share a checkout (each run empties its output folder first).
  outputDir: process.env.BRIEFDECK_TEST_RESULTS ?? 'test-results',
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath, args: TEST_CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
