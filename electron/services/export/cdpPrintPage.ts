// The export CLI's Chromium: started directly with --remote-debugging-pipe and driven over the
// DevTools protocol (cdpPipe.ts), with the same switches, viewport and print call as the
// playwright-core page (pageTarget.ts), but without loading playwright-core (~0.35 s). Its first
// tab (about:blank, opened with Chromium) is the print page; the print target over it follows
// the interface printDeck drives.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { Protocol } from 'devtools-protocol';
import { PRINT_STATUS_GLOBAL, type PrintStatus } from '../../../shared/export/printStatus';
import { BriefdeckError } from '../../../shared/result';
import { makeScratchDir } from '../scratchDirs';
import { CdpPipe, type CdpCommand, type CdpParams, type CdpResult } from './cdpPipe';
import { CHROMIUM_ARGS, findChromium, PLAYWRIGHT_SWITCHES, PRINT_CONTEXT } from './chromiumBinary';
import { BENIGN_PAGE_ERROR, PRINT_OPTIONS, type PageFailure, type PageTargetOptions, type PrintPage, type PrintTarget } from './printTarget';

/** Longest Chromium may take to open its first page before the export gives up. */
const LAUNCH_TIMEOUT_MS = 60_000;

/** What the page's default fonts are when Playwright drives it on Linux (its defaultFontFamilies). */
const FONT_FAMILIES = { standard: 'Times New Roman', fixed: 'Monospace', serif: 'Times New Roman', sansSerif: 'Arial', cursive: 'Comic Sans MS', fantasy: 'Impact' };

/** A print page on a Chromium of its own driven over the DevTools pipe. */
export interface CdpPrintPage extends PrintPage {
  /** A command on the page's session (tests use it to crash the page). */
  send<M extends CdpCommand>(method: M, params?: CdpParams<M>): Promise<CdpResult<M>>;
  readonly closed: boolean;
}

export interface CdpLaunchOptions {
  executablePath?: string;
  /** More switches (tests: a net log). */
  args?: string[];
  /** Close by asking Chromium to, so it finishes what it writes at exit (a net log), instead of
   * killing it. */
  orderlyClose?: boolean;
}

/** With orderlyClose, how long Chromium gets to exit before it is killed. */
const EXIT_GRACE_MS = 5_000;

export async function launchCdpPrintPage({ executablePath = findChromium(), args: extra = [], orderlyClose = false }: CdpLaunchOptions = {}): Promise<CdpPrintPage> {
  const profile = await makeScratchDir('chromium');
  const removeProfile = () => rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  const args = [...PLAYWRIGHT_SWITCHES, ...CHROMIUM_ARGS, ...extra, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'];
  const child = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => void (stderr = (stderr + d.toString('utf8')).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pipe = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      // Killed unless told otherwise, not asked to close: its profile is thrown away, so there is nothing to save, and
      // an orderly shutdown is 0.1 s of work on every process while pdf-lib finishes the file
      // (finishing the 100-slide bench deck took 0.28-0.41 s beside it, 0.26-0.29 s without).
      // Its renderers and helpers exit as their channel to it closes.
      if (child.exitCode === null && child.signalCode === null) {
        if (orderlyClose) void pipe.send('Browser.close').catch(() => undefined);
        const killer = setTimeout(() => child.kill('SIGKILL'), orderlyClose ? EXIT_GRACE_MS : 0);
        await exited;
        clearTimeout(killer);
      }
      await removeProfile();
    })());
  try {
    const sessionId = await withTimeout(firstPageSession(pipe, child), LAUNCH_TIMEOUT_MS, () => child.kill('SIGKILL'));
    const send = <M extends CdpCommand>(method: M, params?: CdpParams<M>) => pipe.send(method, params, sessionId);
    const { width, height } = PRINT_CONTEXT.viewport;
    await Promise.all([
      send('Page.enable'),
      send('Runtime.enable'),
      send('Inspector.enable'),
      send('Page.setFontFamilies', { fontFamilies: FONT_FAMILIES }),
      send('Emulation.setDeviceMetricsOverride', {
        width,
        height,
        screenWidth: width,
        screenHeight: height,
        deviceScaleFactor: PRINT_CONTEXT.deviceScaleFactor,
        mobile: false,
        screenOrientation: { angle: 0, type: 'landscapePrimary' },
      }),
    ]);
    return {
      send,
      get closed() {
        return closing !== null || pipe.isClosed;
      },
      target: (opts) => cdpTarget(pipe, sessionId, opts, close),
      close,
    };
  } catch (e) {
    child.kill('SIGKILL');
    await exited;
    await removeProfile();
    const said = stderr.trim().split('\n').filter((l) => !/^\[:|unexpected operator/.test(l)).slice(-3).join(' / ');
    throw new BriefdeckError('export_failed', `Chromium (${executablePath}) did not start: ${(e as Error).message}${said ? ` (${said})` : ''}.`);
  }
}

/** Attaches to the tab Chromium opens at start (about:blank) and returns its session. */
function firstPageSession(pipe: CdpPipe, child: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const stopClose = pipe.onClose((reason) => reject(new Error(reason)));
    child.once('error', reject);
    let attaching = false;
    const stopCreated = pipe.on('Target.targetCreated', ({ targetInfo }) => {
      if (attaching || targetInfo.type !== 'page') return;
      attaching = true;
      stopCreated();
      pipe
        .send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: true })
        .then(({ sessionId }) => resolve(sessionId), reject)
        .finally(stopClose);
    });
    pipe.send('Target.setDiscoverTargets', { discover: true }).catch(reject);
  });
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`no page within ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The print target over the page's DevTools session; closing it closes its Chromium. */
function cdpTarget(pipe: CdpPipe, sessionId: string, opts: PageTargetOptions, close: () => Promise<void>): PrintTarget {
  const send = <M extends CdpCommand>(method: M, params?: CdpParams<M>) => pipe.send(method, params, sessionId);
  const evaluate = async (expression: string): Promise<unknown> => {
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionMessage(exceptionDetails));
    return result.value;
  };
  return {
    async show(hash) {
      if (opts.warm) {
        await evaluate(`location.hash = ${JSON.stringify(hash)}`);
        return;
      }
      const url = opts.appUrl(hash);
      let stop = () => undefined as unknown;
      const loaded = new Promise<void>((resolve) => (stop = pipe.on('Page.loadEventFired', (_p, from) => from === sessionId && resolve())));
      try {
        const { errorText } = await send('Page.navigate', { url });
        if (errorText) throw new Error(`${url}: ${errorText}`);
        await loaded;
      } finally {
        stop();
      }
    },
    async status() {
      return (await evaluate(`globalThis[${JSON.stringify(PRINT_STATUS_GLOBAL)}] ?? null`)) as PrintStatus | null;
    },
    async print() {
      const { stream } = await send('Page.printToPDF', {
        ...playwrightPdfDefaults,
        preferCSSPageSize: PRINT_OPTIONS.preferCSSPageSize,
        printBackground: PRINT_OPTIONS.printBackground,
        generateTaggedPDF: PRINT_OPTIONS.tagged,
        generateDocumentOutline: PRINT_OPTIONS.outline,
        transferMode: 'ReturnAsStream',
      });
      if (!stream) throw new Error('Chromium returned no PDF stream');
      const chunks: Buffer[] = [];
      for (let eof = false; !eof; ) {
        const read = await send('IO.read', { handle: stream, size: 4 << 20 });
        chunks.push(Buffer.from(read.data, read.base64Encoded ? 'base64' : 'utf8'));
        eof = read.eof;
      }
      void send('IO.close', { handle: stream }).catch(() => undefined);
      return new Uint8Array(Buffer.concat(chunks));
    },
    onFailure(listener: (f: PageFailure) => void) {
      const mine = (from: string | undefined) => from === sessionId;
      const offs = [
        pipe.on('Inspector.targetCrashed', (_p, from) => mine(from) && listener({ kind: 'crash', reason: 'its renderer process stopped' })),
        pipe.on('Target.detachedFromTarget', (p) => p.sessionId === sessionId && listener({ kind: 'crash', reason: 'the page was closed' })),
        pipe.on('Runtime.exceptionThrown', ({ exceptionDetails }, from) => {
          const message = exceptionMessage(exceptionDetails);
          if (mine(from) && !BENIGN_PAGE_ERROR.test(message)) listener({ kind: 'error', message });
        }),
        pipe.onClose(() => listener({ kind: 'crash', reason: 'Chromium stopped' })),
      ];
      return () => offs.forEach((off) => off());
    },
    close,
  };
}

/** Page.printToPDF's parameters as playwright-core's page.pdf() passes them by default (Letter
 * paper, no margins, no header or footer), so both print targets make the same PDF. */
const playwrightPdfDefaults = {
  landscape: false,
  displayHeaderFooter: false,
  headerTemplate: '',
  footerTemplate: '',
  scale: 1,
  paperWidth: 8.5,
  paperHeight: 11,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  pageRanges: '',
};

/** An uncaught error's message as Playwright's 'pageerror' gives it: the first line, without the
 * error's class name ("Error: injected failure" -> "injected failure"). */
export function exceptionMessage(details: Protocol.Runtime.ExceptionDetails): string {
  const ex = details.exception;
  const text = ex?.description ?? (ex?.value !== undefined ? String(ex.value) : details.text);
  const first = text.split('\n')[0] ?? text;
  return ex?.className ? first.replace(new RegExp(`^${ex.className}: `), '') : first;
}
