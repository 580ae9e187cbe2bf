// Chromium keeps only the last --disable-features on its command line, so the one launchChromium
// adds (to stop the address bar's WebUI popup from loading) must repeat every feature Playwright
// turns off in its own, earlier one; otherwise a Playwright upgrade would quietly bring back what
// it disables (network time queries, search preconnects). Read from a real launch's command line.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../electron/services/export/chromium';

/** The command lines of this process's children (Chromium is started by Playwright in-process). */
function childCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) lines.push(readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0'));
    } catch {
      // The process ended while we looked.
    }
  }
  return lines;
}

const features = (args: string[]) => args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));

describe('the Chromium that prints', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('gets one effective --disable-features: the last, holding Playwright’s own list and the omnibox popup', () => {
    const chromium = childCommandLines().find((args) => args.includes('--remote-debugging-pipe'));
    expect(chromium, 'the launched Chromium among this process’s children').toBeDefined();
    const lists = features(chromium!);
    // Playwright's own and ours.
    expect(lists.length).toBe(2);
    const effective = lists[lists.length - 1]!;
    for (const feature of lists[0]!) expect(effective).toContain(feature);
    expect(effective).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });
});
