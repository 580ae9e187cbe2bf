// The browser host (DESIGN.md §1 "two hosts"): a Node HTTP server on 127.0.0.1 serving the
// built renderer and `POST /api/<channel>` over the same handler table Electron uses. A real
// mode a user can run (`npm run serve`), and what the e2e tests and the bench drive.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { isChannel } from '../../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { fail, type ErrorCode, type Result } from '../../../shared/result';
import { createHandlers, dispatch, type HandlerDeps } from '../../api/handlers';
import { PreferencesStore } from '../../services/preferences';
import { consoleLogger, type Logger } from '../../services/context';
import { ExternalRefs } from '../../services/externalRefs';
import { ChromiumPrinter } from '../../services/export/chromiumPrinter';
import { removeLeftovers } from '../../services/leftovers';
import { browserExportPdf, OneTimeDownloads } from './downloads';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './guards';
import { openInBrowser } from './openBrowser';
import { appRoot, appVersion } from '../../services/appRoot';
import { mimeTypeOf, resolveStaticFile } from '../../services/staticFiles';

/** The port `npm run serve` tries first, so a bookmarked address usually keeps working. */
export const PREFERRED_PORT = 5178;
/** A deck file may be up to MAX_DECK_BYTES; a save request carries one deck plus JSON framing. */
export const DEFAULT_MAX_BODY_BYTES = 150 * 1024 * 1024;

export interface BrowserHostOptions {
  /** undefined: PREFERRED_PORT, else any free one. 0: any free port. N: exactly N (fails if taken). */
  port?: number;
  libraryDir: string;
  /** Open the address in the default browser. */
  open?: boolean;
  log?: Logger;
  /** Default: dist/renderer in the repository. */
  rendererDir?: string;
  maxBodyBytes?: number;
  /** Replaces the PDF exporter (default: Chromium prints this host's print route into a one-time download). */
  exportPdf?: (self: { url: string; token: string }) => HandlerDeps['exportPdf'];
  /** Test seam at the browser boundary: runs on every print page before it prints (e2e injects failures). */
  printPage?: (page: Page) => Promise<void>;
}

export interface BrowserHost {
  /** The address to open, with the token: http://127.0.0.1:PORT/?token=… */
  url: string;
  token: string;
  port: number;
  libraryDir: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string, extra?: Record<string, string>): void {
  sendResult(res, status, fail(code, message), extra);
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (!done) reject(e);
    });
  });
}

async function listen(server: http.Server, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

/** The browser host's preferences file, inside its library folder (see startBrowserHost). */
export const BROWSER_PREFERENCES_FILE = '.briefdeck-preferences.json';

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? consoleLogger;
  const libraryDir = path.resolve(options.libraryDir);
  const rendererDir = path.resolve(options.rendererDir ?? path.join(appRoot(), 'dist', 'renderer'));
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const token = randomBytes(24).toString('hex');
  await mkdir(libraryDir, { recursive: true });
  if ((await resolveStaticFile(rendererDir, '/')) === null) {
    throw new Error(`The app is not built: ${path.join(rendererDir, 'index.html')} is missing. Run \`npm run build:renderer\` first.`);
  }

  // Filled in once listening; the exporter needs the final address.
  const self = { url: '', token, port: 0 };
  let handlers: ReturnType<typeof createHandlers> | null = null;
  const downloads = new OneTimeDownloads();

  const serveApi = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (!hasValidToken(req.headers, token)) {
      refuse(res, 401, 'bad_request', 'This request did not carry the Briefdeck token. Open the address `npm run serve` printed, including ?token=….');
      return;
    }
    if (req.method !== 'POST') {
      refuse(res, 405, 'bad_request', `The Briefdeck API answers POST only, not ${req.method ?? '?'}.`, { Allow: 'POST' });
      return;
    }
    const channel = pathname.slice('/api/'.length);
    if (!isChannel(channel)) {
      refuse(res, 404, 'bad_request', `“${channel.slice(0, 100)}” is not a Briefdeck API channel.`);
      return;
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!/^application\/json\b/i.test(contentType)) {
      refuse(res, 415, 'bad_request', 'The Briefdeck API accepts JSON bodies only (Content-Type: application/json).');
      return;
    }
    const declared = Number(req.headers['content-length'] ?? '0');
    let body: Buffer;
    try {
      if (declared > maxBody) throw new BodyTooLarge();
      body = await readBody(req, maxBody);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const mb = Math.round(maxBody / (1024 * 1024));
        refuse(res, 413, 'too_large', `The request is larger than the browser host accepts (${mb} MB). Decks that large cannot be saved.`, {
          Connection: 'close',
        });
        res.on('finish', () => req.destroy());
        return;
      }
      throw e;
    }
    let payload: unknown = {};
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch {
        refuse(res, 400, 'bad_request', `The “${channel}” request was not valid JSON.`);
        return;
      }
    }
    if (handlers === null) throw new Error('handlers not ready');
    sendResult(res, 200, await dispatch(handlers, channel, payload));
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    if (pathname.startsWith('/downloads/') && downloads.serve(req, res, pathname, SECURITY_HEADERS)) return;
    // Browsers ask for /favicon.ico on their own; answer with the app icon rather than a 404.
    const file =
      (await resolveStaticFile(rendererDir, pathname)) ??
      (pathname === '/favicon.ico' ? await resolveStaticFile(path.join(appRoot(), 'assets', 'icons'), '/icon.ico') : null);
    if (file === null) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    const hashed = pathname.startsWith('/assets/');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeOf(file),
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', (e) => {
      log.error(`could not read ${file}`, e);
      res.destroy();
    });
    stream.pipe(res);
  };

  const server = http.createServer((req, res) => {
    const port = self.port;
    if (!isAllowedHost(req.headers, port)) {
      refuse(res, 403, 'bad_request', `Briefdeck answers only to 127.0.0.1:${port} or localhost:${port}.`);
      return;
    }
    if (!isAllowedOrigin(req.headers, port)) {
      refuse(res, 403, 'bad_request', 'Requests from other web pages are refused.');
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
    } catch {
      refuse(res, 400, 'bad_request', 'Malformed request address.');
      return;
    }
    // The raw path decides traversal: URL() would quietly resolve `/../` segments.
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const route = rawPath.startsWith('/api/') || rawPath === '/api' ? serveApi(req, res, pathname) : serveStatic(req, res, rawPath);
    route.catch((e: unknown) => {
      log.error(`${req.method ?? '?'} ${pathname} failed`, e);
      if (!res.headersSent) refuse(res, 500, 'internal', 'Something went wrong inside Briefdeck. The details are in the log.');
      else res.destroy();
    });
  });
  server.requestTimeout = 10 * 60 * 1000;

  const wanted = options.port;
  try {
    await listen(server, wanted ?? PREFERRED_PORT);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (wanted === undefined && code === 'EADDRINUSE') await listen(server, 0);
    else if (code === 'EADDRINUSE') throw new Error(`Port ${wanted} is already in use. Pick another with --port, or --port 0 for any free port.`, { cause: e });
    else throw e;
  }
  self.port = (server.address() as AddressInfo).port;
  self.url = `http://127.0.0.1:${self.port}/?token=${token}`;

  // Preferences live beside the recent list, in the library folder itself, not in an OS config
  // folder: a browser host serves exactly one folder (--library), so its settings belong to that
  // folder; two hosts on two folders never share or fight over one file, nothing is written
  // outside the folder the user pointed us at, and every e2e test gets its own.
  const preferences = new PreferencesStore(path.join(libraryDir, BROWSER_PREFERENCES_FILE));
  const { notice: preferencesNotice } = await preferences.load();
  if (preferencesNotice) log.warn(preferencesNotice);
  await removeLeftovers(libraryDir, [], log);

  // Chromium for the export dialog's PDFs, started when the dialog opens (export.prepare).
  const printer = new ChromiumPrinter({ host: { url: self.url, token }, log, onPage: options.printPage });
  handlers = createHandlers({
    libraryDir,
    preferences,
    preferencesNotice,
    libraryFixedBecause: 'In the browser, the library is the folder that “npm run serve” was started with. To use another, restart it with --library DIR.',
    recentFile: path.join(libraryDir, '.briefdeck-recent.json'),
    version: appVersion(),
    host: 'browser',
    platform: process.platform,
    externals: new ExternalRefs(),
    sampleDir: path.join(appRoot(), 'assets', 'sample'),
    exportPdf: options.exportPdf ? options.exportPdf({ url: self.url, token }) : browserExportPdf(downloads, printer),
    prepareExport: options.exportPdf ? undefined : ({ ref }) => printer.prepare(ref),
    offerDownload: (name, write) => downloads.offerWritten(name, write),
    log,
  });

  if (options.open) openInBrowser(self.url);

  let closing: Promise<void> | null = null;
  return {
    url: self.url,
    token,
    port: self.port,
    libraryDir,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
        .then(() => handlers?.dispose())
        .then(() => printer.close())
        .then(() => downloads.dispose());
      return closing;
    },
  };
}
