// Chromium keeps only the last --disable-features on its command line, so the one launchChromium
// adds (to stop the address bar's WebUI popup from loading) must repeat every feature Playwright
// turns off in its own, earlier one; otherwise a Playwright upgrade would quietly bring back what
// it disables (network time queries, search preconnects). The export CLI starts Chromium itself
// over the DevTools pipe: its command line must say what Playwright's does, so both print alike.
// Read from real launches' command lines.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../electron/services/export/chromium';
import { launchCdpPrintPage, type CdpPrintPage } from '../../../electron/services/export/cdpPrintPage';

/** The command lines of this process's children (Chromium is started by Playwright in-process). */
function childCommandLines(): string[][] {
  const lines: string[][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) lines.push(readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter((a) => a !== ''));
    } catch {
      // The process ended while we looked.
    }
  }
  return lines;
}

const features = (args: string[]) => args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));

describe('the Chromium that prints', () => {
  let browser: Browser;
  let cdp: CdpPrintPage;
  let playwrightArgs: string[];
  let pipeArgs: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    const launched = (args: string[]) => args.includes('--remote-debugging-pipe');
    playwrightArgs = childCommandLines().find(launched) ?? [];
    cdp = await launchCdpPrintPage();
    pipeArgs = childCommandLines().find((args) => launched(args) && args.join('\0') !== playwrightArgs.join('\0')) ?? [];
  });
  afterAll(async () => {
    await browser.close();
    await cdp.close();
  });

  it('gets one effective --disable-features: the last, holding Playwright’s own list and the omnibox popup', () => {
    expect(playwrightArgs, 'the launched Chromium among this process’s children').not.toEqual([]);
    const lists = features(playwrightArgs);
    // Playwright's own and ours.
    expect(lists.length).toBe(2);
    const effective = lists[lists.length - 1]!;
    for (const feature of lists[0]!) expect(effective).toContain(feature);
    expect(effective).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });

  it('is started by the export CLI, over the DevTools pipe, with the same switches as through Playwright', () => {
    expect(pipeArgs, 'the pipe-launched Chromium among this process’s children').not.toEqual([]);
    // Each has its own profile; Playwright's plain launch opens no window, the CLI's opens its page.
    const comparable = (args: string[]) => args.slice(1).filter((a) => !a.startsWith('--user-data-dir=') && !a.startsWith('--disable-features=') && a !== '--no-startup-window' && a !== 'about:blank');
    expect(new Set(comparable(pipeArgs))).toEqual(new Set(comparable(playwrightArgs)));
    expect(features(pipeArgs)).toEqual([features(playwrightArgs).at(-1)]);
    expect(pipeArgs).toContain('about:blank');
  });

  it('looks up no name but the local host’s (Chromium asks Google’s update and account servers at start)', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-netlog-'));
    try {
      const log = path.join(dir, 'net.json');
      // Closed in order: Chromium completes its net log at exit (an export's Chromium is killed).
      const page = await launchCdpPrintPage({ args: [`--log-net-log=${log}`], orderlyClose: true });
      // Its requests to update.googleapis.com and accounts.google.com start within 0.2 s.
      await new Promise((r) => setTimeout(r, 2000));
      await page.close();
      const text = readFileSync(log, 'utf8');
      const net = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { host?: string } }[] };
      const resolving = new Set(Object.entries(net.constants.logEventTypes).filter(([name]) => name.startsWith('HOST_RESOLVER')).map(([, id]) => id));
      const looked = new Set(net.events.filter((e) => resolving.has(e.type) && e.params?.host).map((e) => e.params?.host));
      // Chromium did ask (the test would otherwise prove nothing), but no name was looked up.
      expect(text).toMatch(/accounts\.google\.com|update\.googleapis\.com/);
      for (const host of looked) expect(host).toMatch(/^(https?:\/\/)?(127\.0\.0\.1|~notfound)(:\d+)?$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
