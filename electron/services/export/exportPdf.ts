// Export a deck to PDF through a running host (browser host or an in-process one):
// print route -> Chromium page.pdf (one pass) -> pdf-lib metadata and outline -> atomic write.
import type { Browser, Page } from 'playwright-core';
import type { ExportOptions } from '../../../shared/api/contract';
import type { OutlineEntry } from '../../../shared/export/pagePlan';
import { printQuery } from '../../../shared/export/printParams';
import type { PreflightItem } from '../../../shared/export/printStatus';
import { BriefdeckError } from '../../../shared/result';
import { checkOutputPath, writeFileAtomic } from './atomicOutput';
import { cancelledError, printRoute, type ExportProgress } from './chromiumPrinter';
import { finalizePdf } from './postProcess';
import { briefdeckVersion } from './version';

export interface PrintHost {
  /** Base URL of the host (its origin is used). */
  url: string;
  token: string;
}

export interface ExportPdfRequest {
  host: PrintHost;
  ref: string;
  options: ExportOptions;
  outPath: string;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** How long one widget may take to draw before the export fails naming it. */
  widgetTimeoutMs?: number;
  browser?: Browser;
  /** A prepared print page of `browser` (see printRoute). */
  standby?: Page;
  onPage?: (page: Page) => Promise<void>;
}

export interface ExportPdfResult {
  outPath: string;
  pages: number;
  bytes: number;
  outline: OutlineEntry[];
  preflight: PreflightItem[];
}

/** The print route's full address on a host. */
export function printUrl(host: PrintHost, ref: string, options: ExportOptions, widgetTimeoutMs?: number): string {
  const base = new URL(host.url);
  const q = printQuery(ref, options) + (widgetTimeoutMs ? `&widgetTimeout=${widgetTimeoutMs}` : '');
  return `${base.origin}/?token=${encodeURIComponent(host.token)}#/print?${q}`;
}

/** A host's print-standby address for a deck: a page that loads what printing needs and waits. */
export function printStandbyUrl(host: PrintHost, ref: string): string {
  const base = new URL(host.url);
  return `${base.origin}/?token=${encodeURIComponent(host.token)}#/print-standby?deck=${encodeURIComponent(ref)}`;
}

export async function exportPdf(req: ExportPdfRequest): Promise<ExportPdfResult> {
  await checkOutputPath(req.outPath);
  const printed = await printRoute({
    url: printUrl(req.host, req.ref, req.options, req.widgetTimeoutMs),
    signal: req.signal,
    onProgress: req.onProgress,
    browser: req.browser,
    standby: req.standby,
    onPage: req.onPage,
  });
  req.onProgress?.({ phase: 'finishing', rendered: printed.status.slides, total: printed.status.slides });
  const { meta, outline, preflight } = printed.status;
  const bytes = await finalizePdf(
    printed.pdf,
    { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: `Briefdeck ${briefdeckVersion()}`, language: 'en' },
    outline,
  );
  if (req.signal?.aborted) throw cancelledError();
  await writeFileAtomic(req.outPath, bytes, req.signal);
  if (printed.status.pages <= 0) throw new BriefdeckError('export_failed', 'The export produced no pages.');
  req.onProgress?.({ phase: 'done', rendered: printed.status.slides, total: printed.status.slides });
  return { outPath: req.outPath, pages: printed.status.pages, bytes: bytes.byteLength, outline, preflight };
}
