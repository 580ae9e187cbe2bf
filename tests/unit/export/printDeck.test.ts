// The one print pipeline (printDeck) through every print target, with the same scenarios: a
// Playwright page of a real Chromium on a simulated print route, the export CLI's Chromium driven
// over its DevTools pipe on the same route, and an Electron window from
// the fake-electron harness (tests/unit/host/fakeElectronModule.cjs; no Electron binary exists
// here, so this side is a stand-in at that boundary). The simulated route follows one timeline,
// written once below and run in the page and in the fake webContents alike.
import { createRequire } from 'node:module';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowTarget } from '../../../electron/main/webContentsTarget';
import { launchChromium } from '../../../electron/services/export/chromium';
import { PRINT_CONTEXT } from '../../../electron/services/export/chromiumBinary';
import { launchCdpPrintPage } from '../../../electron/services/export/cdpPrintPage';
import { pageTarget } from '../../../electron/services/export/pageTarget';
import { printDeck, type PrintDeckRequest } from '../../../electron/services/export/printDeck';
import type { ExportProgress, PrintTarget } from '../../../electron/services/export/printTarget';
import { readyTimeoutMs } from '../../../shared/export/messages';
import type { PrintStatus } from '../../../shared/export/printStatus';
import { BriefdeckError } from '../../../shared/result';
import { readPdf } from './pdfRead';

/** The print route's status at the printer's `read`-th look since the route was shown, per
 * scenario (the hash's `scenario=`): counted in reads, not time, so a slow machine sees every
 * phase. Plain JavaScript source, so the browser page and the fake window run the same code. */
const TIMELINE = `
  const drawing = 'Slide 2 “Beta”, chart widget';
  if (read < 2) return { ready: false, phase: 'loading', rendered: 0, total: 0 };
  if (scenario === 'status-error') return { ready: false, error: 'Slide 2 names a widget that is not in the deck.' };
  if (scenario !== 'ok' || read < 6) return { ready: false, phase: 'rendering', rendered: 1, total: 2, drawing };
  return { ready: true, pages: 2, slides: 2, pageSize: { width: 1280, height: 720 },
    outline: [{ title: 'Alpha', pageIndex: 0 }, { title: 'Beta', pageIndex: 1 }],
    preflight: [{ kind: 'no-source', slideNumber: 2, widgetId: 'w2', message: 'Slide 2: the chart has no source.' }],
    meta: { title: 'Simulated deck', author: 'Tests', subject: '', keywords: ['briefing'], language: 'de-DE' },
    timings: [{ name: 'app started', at: 1 }, { name: 'widgets drawn', at: 2 }] };`;
const timeline = new Function('scenario', 'read', TIMELINE) as (scenario: string, read: number) => PrintStatus;

/** What each scenario does besides its timeline, once the printer has seen the route drawing (its third read). */
type Scenario = 'ok' | 'throws' | 'rejects' | 'crashes' | 'hangs' | 'status-error' | 'cancel';

interface HostUnderTest {
  name: string;
  /** A fresh target on the simulated route's app; `warm`: the app is already loaded. */
  target(scenario: Scenario, warm: boolean): Promise<{ target: PrintTarget; closed: () => boolean }>;
}

// The Chromium side: a tiny app whose page runs the timeline from the moment its hash names it.
const PAGE = `<!doctype html><style>@page { size: 1280px 720px; margin: 0 } body { margin: 0 } div { height: 720px } div:first-of-type { break-after: page }</style>
<div>Alpha</div><div>Beta</div>
<script>
  const timeline = new Function('scenario', 'read', ${JSON.stringify(TIMELINE)});
  function start() {
    const scenario = new URLSearchParams(location.hash.split('?')[1] || '').get('scenario');
    if (!scenario) return;
    let reads = 0;
    Object.defineProperty(window, '__briefdeckPrint', { configurable: true, get: () => {
      window.__simReads = reads + 1;
      if (reads === 3) setTimeout(() => {
        if (scenario === 'throws') throw new Error('injected failure');
        if (scenario === 'rejects') void Promise.reject(new Error('injected rejection'));
      }, 0);
      return timeline(scenario, reads++);
    } });
  }
  addEventListener('hashchange', start);
  start();
</script>`;

let server: http.Server;
let base = '';
let browser: Browser;
let work: string;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-printdeck-'));
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await rm(work, { recursive: true, force: true });
});

const chromiumHost: HostUnderTest = {
  name: 'Chromium page (Playwright)',
  async target(scenario, warm) {
    const page = await (await browser.newContext(PRINT_CONTEXT)).newPage();
    if (warm) await page.goto(`${base}#/print-standby`);
    if (scenario === 'crashes') {
      const cdp = await page.context().newCDPSession(page);
      void (async () => {
        const seenDrawing = () => page.evaluate(() => ((window as unknown as { __simReads?: number }).__simReads ?? 0) > 3).catch(() => false);
        while (!page.isClosed() && !(await seenDrawing())) await new Promise((r) => setTimeout(r, 10));
        await cdp.send('Page.crash');
      })().catch(() => undefined);
    }
    return { target: pageTarget(page, { warm, appUrl: (hash) => `${base}${hash}` }), closed: () => page.isClosed() };
  },
};

const cdpHost: HostUnderTest = {
  name: 'Chromium over the DevTools pipe (export CLI)',
  async target(scenario, warm) {
    const chromium = await launchCdpPrintPage();
    const appUrl = (hash: string) => `${base}${hash}`;
    if (warm) await chromium.target({ warm: false, appUrl }).show('#/print-standby');
    if (scenario === 'crashes') {
      void (async () => {
        const seenDrawing = () =>
          chromium
            .send('Runtime.evaluate', { expression: '(window.__simReads ?? 0) > 3', returnByValue: true })
            .then((r) => r.result.value === true)
            .catch(() => false);
        while (!chromium.closed && !(await seenDrawing())) await new Promise((r) => setTimeout(r, 10));
        await chromium.send('Page.crash');
      })().catch(() => undefined);
    }
    return { target: chromium.target({ warm, appUrl }), closed: () => chromium.closed };
  },
};

// The Electron side: a window of the fake 'electron' module whose webContents runs the timeline.
const require = createRequire(import.meta.url);
const fake = require('../host/fakeElectronModule.cjs') as {
  BrowserWindow: new (options: Record<string, unknown>) => {
    webContents: NodeJS.EventEmitter & { executeJavaScript(code: string): Promise<unknown>; printToPDF(o: unknown): Promise<Buffer> };
    loadURL(url: string): Promise<void>;
    isDestroyed(): boolean;
  };
};

const electronHost: HostUnderTest = {
  name: 'Electron window (fake-electron harness)',
  async target(_scenario, warm) {
    const win = new fake.BrowserWindow({ show: false, width: 1280, height: 720 });
    const contents = win.webContents;
    let reads: number | null = null;
    let shown = '';
    const show = (url: string) => {
      if (!/#\/print\?/.test(url)) return;
      reads = 0;
      shown = new URLSearchParams(url.split('?').pop()).get('scenario') ?? '';
    };
    // What Electron reports: uncaught errors as console messages, a dead renderer as an event.
    const fail = () => {
      if (win.isDestroyed()) return;
      if (shown === 'throws') contents.emit('console-message', { level: 'error', message: 'Uncaught Error: injected failure' });
      if (shown === 'rejects') contents.emit('console-message', { level: 'error', message: 'Uncaught (in promise) Error: injected rejection' });
      if (shown === 'crashes') contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
    };
    const loadURL = win.loadURL.bind(win);
    win.loadURL = async (url) => {
      await loadURL(url);
      show(url);
    };
    contents.executeJavaScript = async (code) => {
      const hash = /^window\.location\.hash = ("(?:[^"\\]|\\.)*");/.exec(code);
      if (hash) return show(JSON.parse(hash[1]!) as string);
      if (code.includes('__briefdeckPrint')) {
        if (reads === null) return null;
        if (reads === 3) setTimeout(fail, 0);
        return timeline(shown, reads++);
      }
      return undefined;
    };
    contents.printToPDF = async () => {
      const doc = await PDFDocument.create();
      doc.addPage([960, 540]).drawText('Alpha', { x: 40, y: 480, size: 24 });
      doc.addPage([960, 540]).drawText('Beta', { x: 40, y: 480, size: 24 });
      return Buffer.from(await doc.save());
    };
    if (warm) await win.loadURL('app://briefdeck/index.html#/print-standby');
    return { target: windowTarget(win as never, { appEntry: 'app://briefdeck/index.html', warm }), closed: () => win.isDestroyed() };
  },
};

const hashFor = (scenario: Scenario) => `#/print?deck=library%3Asim.briefdeck&scenario=${scenario === 'cancel' ? 'hangs' : scenario}`;

async function run(host: HostUnderTest, scenario: Scenario, opts: { warm?: boolean; request?: Partial<PrintDeckRequest> } = {}) {
  const dir = await mkdtemp(path.join(work, `${scenario}-`));
  const { target, closed } = await host.target(scenario, opts.warm ?? false);
  const progress: ExportProgress[] = [];
  const abort = new AbortController();
  const started = performance.now();
  const outcome = await printDeck(target, {
    hash: hashFor(scenario),
    outPath: path.join(dir, 'out.pdf'),
    creator: 'Briefdeck 9.9.9',
    signal: abort.signal,
    onProgress: (p) => {
      progress.push(p);
      if (scenario === 'cancel' && p.phase === 'rendering') abort.abort();
    },
    ...opts.request,
  }).then(
    (result) => ({ result, error: null }),
    (error: unknown) => ({ result: null, error: error as BriefdeckError }),
  );
  return { ...outcome, progress, seconds: (performance.now() - started) / 1000, files: await readdir(dir), dir, targetClosed: closed() };
}

describe.each([chromiumHost, cdpHost, electronHost])('printDeck on a $name', (host) => {
  it.each([false, true])('prints, finishes and writes the PDF, reporting progress (prepared page: %s)', async (warm) => {
    const r = await run(host, 'ok', { warm });
    expect(r.error).toBeNull();
    expect(r.result).toMatchObject({ pages: 2, slides: 2, outline: [{ title: 'Alpha', pageIndex: 0 }, { title: 'Beta', pageIndex: 1 }] });
    expect(r.result?.preflight.map((p) => p.message)).toEqual(['Slide 2: the chart has no source.']);
    expect(r.files).toEqual(['out.pdf']);
    const pdf = await readPdf(path.join(r.dir, 'out.pdf'));
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.outline.map((o) => o.title)).toEqual(['Alpha', 'Beta']);
    expect(pdf.info).toMatchObject({ Title: 'Simulated deck', Creator: 'Briefdeck 9.9.9' });
    expect(r.progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['rendering', 'printing', 'finishing', 'done']));
    expect(r.targetClosed).toBe(true);
  });

  it('a page closed once it has printed (its owner closing Chromium while the PDF is finished) still gives the PDF; the trace has every step in order', async () => {
    const { target } = await host.target('ok', false);
    const dir = await mkdtemp(path.join(work, 'closed-'));
    const steps: { step: string; at: number | undefined }[] = [];
    const result = await printDeck(target, {
      hash: hashFor('ok'),
      outPath: path.join(dir, 'out.pdf'),
      creator: 'Briefdeck 9.9.9',
      onProgress: (p) => {
        if (p.phase === 'finishing') void target.close();
      },
      trace: (step, at) => steps.push({ step, at }),
    });
    expect(result.pages).toBe(2);
    expect(await readdir(dir)).toEqual(['out.pdf']);
    expect((await readPdf(path.join(dir, 'out.pdf'))).pages).toHaveLength(2);
    expect(steps.map((s) => s.step)).toEqual(['print route loaded', 'page: app started', 'page: widgets drawn', 'ready seen', 'printed', 'finished (pdf-lib)', 'written']);
    // The page's own steps keep the page's clock; the printer's are stamped when they happen.
    expect(steps.filter((s) => s.step.startsWith('page: ')).map((s) => s.at)).toEqual([1, 2]);
  });

  it.each([
    ['throws', /^The print page stopped with an error while drawing Slide 2 “Beta”, chart widget: injected failure\. No PDF was written/],
    ['rejects', /^The print page stopped with an error while drawing Slide 2 “Beta”, chart widget: injected rejection\. No PDF was written/],
    ['crashes', /^The print page crashed \(its renderer process stopped.*\) while drawing Slide 2 “Beta”, chart widget; no PDF was written/],
  ] as const)('a page that %s fails at once, naming the slide and widget, and leaves no file', async (scenario, message) => {
    const r = await run(host, scenario);
    expect(r.error).toBeInstanceOf(BriefdeckError);
    expect(r.error?.code).toBe('export_failed');
    expect(r.error?.message).toMatch(message);
    // The ready timeout for this deck is 22 s: the failure is seen as it happens.
    expect(r.seconds).toBeLessThan(5);
    expect(r.files).toEqual([]);
    expect(r.targetClosed).toBe(true);
  });

  it('a page that never becomes ready times out (scaled to the deck) naming what it was drawing', async () => {
    const r = await run(host, 'hangs', { request: { readyTimeout: (slides) => readyTimeoutMs(slides, 500, 250) } });
    expect(r.error?.message).toBe('The print pages did not become ready within 1 s while drawing Slide 2 “Beta”, chart widget; no PDF was written.');
    expect(r.files).toEqual([]);
  });

  it("the route's own error is the message", async () => {
    const r = await run(host, 'status-error');
    expect(r.error?.message).toBe('Slide 2 names a widget that is not in the deck.');
    expect(r.files).toEqual([]);
  });

  it('cancelling mid-drawing stops with the one cancel message, closes the page and leaves no file', async () => {
    const r = await run(host, 'cancel');
    expect(r.error?.code).toBe('cancelled');
    expect(r.error?.message).toBe('The export was cancelled; no PDF was written.');
    expect(r.files).toEqual([]);
    expect(r.targetClosed).toBe(true);
  });
});

describe('readyTimeoutMs', () => {
  it('is 20 s plus 1 s per slide', () => {
    expect(readyTimeoutMs(0)).toBe(20_000);
    expect(readyTimeoutMs(100)).toBe(120_000);
  });
});
