// The browser host's exports: the page cannot be handed a path on the server's disk, so a PDF
// (or PowerPoint file) is written into a private temp folder and offered once at a random, unguessable
// address (`downloads/<id>/<name>.pdf`), which the renderer opens to save it like any download.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { ExportPdfArgs, HandlerDeps } from '../../api/handlers';
import { exportCancelled } from '../../../shared/export/messages';
import type { ChromiumPrinter } from '../../services/export/chromiumPrinter';
import { makeScratchDir } from '../../services/scratchDirs';
import { deckPictures } from '../../services/export/readExportDeck';

/** How long an exported PDF waits to be downloaded before it is deleted. */
export const DOWNLOAD_TTL_MS = 15 * 60_000;

type Use = 'attachment' | 'inline';

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

interface Entry {
  file: string;
  name: string;
  expires: number;
  /** What may still be served: the download, and the in-tab view when the user asked to open it. */
  left: Set<Use>;
}

export class OneTimeDownloads {
  private dir: Promise<string> | null = null;
  private readonly entries = new Map<string, Entry>();

  /** A fresh file path in the private folder, and the id it will be offered under. */
  async reserve(extension = 'pdf'): Promise<{ id: string; file: string }> {
    this.dir ??= makeScratchDir('downloads');
    const id = randomBytes(24).toString('hex');
    return { id, file: path.join(await this.dir, `${id}.${extension}`) };
  }

  /** Writes a file with `write` and offers it under `name`; nothing is offered if writing fails. */
  async offerWritten<T>(name: string, write: (file: string) => Promise<T>): Promise<{ location: string; value: T }> {
    const { id, file } = await this.reserve(path.extname(name).slice(1) || 'bin');
    const value = await write(file);
    return { location: this.offer(id, file, name), value };
  }

  /** `viewable`: the file may also be shown once in a tab, at downloads/<id>/view/<name> ("open when done"). */
  offer(id: string, file: string, name: string, now = Date.now(), viewable = false): string {
    this.sweep(now);
    this.entries.set(id, { file, name, expires: now + DOWNLOAD_TTL_MS, left: new Set<Use>(viewable ? ['attachment', 'inline'] : ['attachment']) });
    return `downloads/${id}/${encodeURIComponent(name)}`;
  }

  /** Serves GET /downloads/<id>/… (and /view/… if offered) once each; false when the path is not a live download. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string, headers: Record<string, string>): boolean {
    const match = /^\/downloads\/([0-9a-f]{48})(\/view)?(\/|$)/.exec(pathname);
    const entry = match?.[1] ? this.entries.get(match[1]) : undefined;
    const use: Use = match?.[2] ? 'inline' : 'attachment';
    if (!match?.[1] || !entry || !entry.left.has(use) || entry.expires < Date.now() || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const id = match[1];
    const ascii = entry.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      ...headers,
      'Content-Type': CONTENT_TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
      'Content-Disposition': `${use}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') {
      res.end();
      return true;
    }
    entry.left.delete(use);
    if (entry.left.size > 0) {
      createReadStream(entry.file).on('error', () => res.destroy()).pipe(res);
      return true;
    }
    this.entries.delete(id);
    const stream = createReadStream(entry.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
    res.on('close', () => void rm(entry.file, { force: true }).catch(() => undefined));
    return true;
  }

  private sweep(now: number): void {
    for (const [id, e] of this.entries) {
      if (e.expires < now) {
        this.entries.delete(id);
        void rm(e.file, { force: true }).catch(() => undefined);
      }
    }
  }

  async dispose(): Promise<void> {
    this.entries.clear();
    if (this.dir) await rm(await this.dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The browser host's export.pdf: Chromium prints this host's own print route into a one-time download. */
export function browserExportPdf(downloads: OneTimeDownloads, printer: ChromiumPrinter): NonNullable<HandlerDeps['exportPdf']> {
  return async ({ ref, absPath, fileBase, options, signal, onProgress, openWhenDone }: ExportPdfArgs) => {
    const { id, file } = await downloads.reserve();
    // On the page prepared when the dialog opened, else a new page of the host's Chromium.
    const result = await printer.exportPdf({ ref, options, outPath: file, signal, onProgress, pictures: deckPictures(absPath) });
    if (signal?.aborted) {
      // Cancelled in the instant after writing: the download is never offered, so drop it now.
      await rm(file, { force: true }).catch(() => undefined);
      throw exportCancelled();
    }
    const name = `${fileBase}.pdf`;
    return {
      location: downloads.offer(id, file, name, Date.now(), openWhenDone === true),
      pages: result.pages,
      bytes: result.bytes,
      warnings: result.preflight.map((p) => p.message),
    };
  };
}
