// The print pipeline (DESIGN.md §4), host-free: show the print route on a target, wait for it
// to be ready while reporting progress, print it in one pass, finish the PDF with pdf-lib, and
// write it atomically. It fails at once, naming the slide and widget when the page said, if the
// page crashes, throws or leaves a rejection unhandled; the ready wait scales with the deck.
// Cancelling closes the target. No partial file is ever left under the requested name.
import type { Asset } from '../../../shared/deck/schema';
import type { OutlineEntry } from '../../../shared/export/pagePlan';
import { exportCancelled, printCrashed, printFailed, printPageError, printTimedOut, readyTimeoutMs } from '../../../shared/export/messages';
import type { PreflightItem, PrintStatus } from '../../../shared/export/printStatus';
import { BriefdeckError } from '../../../shared/result';
import { checkOutputPath, writeFileAtomic } from './atomicOutput';
import type { ExportProgress, PageFailure, PrintTarget, ReadyStatus, TraceMark } from './printTarget';
import type * as PostProcess from './postProcess';

export interface PrintDeckRequest {
  /** The print route (printHash), with the deck and the export options. */
  hash: string;
  outPath: string;
  /** "Briefdeck 0.1.0", for the PDF's Creator. */
  creator: string;
  /** Slides the deck is expected to print, when known before the page says (the CLI knows). */
  slides?: number;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
  /** Overrides the ready timeout (default readyTimeoutMs: 20 s + 1 s per slide). */
  readyTimeout?: (slides: number) => number;
  /** How often the route's status is read (default 20 ms, the route's own pace). */
  pollMs?: number;
  /** Each step as it happens, and the page's own steps once it is ready. */
  trace?: TraceMark;
  /** The deck's pictures by id, for the photos the page printed as stand-ins
   * (shared/export/printStandIns.ts): the host reads the deck file again when asked. */
  pictures?: () => Promise<Readonly<Record<string, Asset>>>;
}

export interface PrintDeckResult {
  outPath: string;
  pages: number;
  slides: number;
  bytes: number;
  outline: OutlineEntry[];
  preflight: PreflightItem[];
}

/** Prints the deck on `target` (which it closes) into `outPath`. */
export async function printDeck(target: PrintTarget, req: PrintDeckRequest): Promise<PrintDeckResult> {
  const { signal } = req;
  let failure: PageFailure | null = null;
  let drawing: string | null = null;
  // Settles when the page fails or the export is cancelled, so no wait outlives either.
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const unsubscribe = target.onFailure((f) => {
    failure ??= f;
    stop();
  });
  const onAbort = () => {
    stop();
    void target.close().catch(() => undefined);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  /** Runs `work` unless the page fails or the export is cancelled first. */
  const guarded = async <T>(work: Promise<T>): Promise<T> => {
    work.catch(() => undefined);
    await Promise.race([work, stopped]);
    if (signal?.aborted) throw exportCancelled();
    if (failure) throw failureError(failure, drawing);
    return work;
  };

  try {
    if (signal?.aborted) throw exportCancelled();
    await checkOutputPath(req.outPath);
    const trace: TraceMark = req.trace ?? (() => undefined);
    await guarded(target.show(req.hash));
    trace('print route loaded');
    const status = await waitReady(target, req, guarded, (d) => (drawing = d ?? drawing));
    for (const t of status.timings ?? []) trace(`page: ${t.name}`, t.at);
    trace('ready seen');
    req.onProgress?.({ phase: 'printing', rendered: status.slides, total: status.slides });
    // pdf-lib (about 1 MB of code) loads while Chromium prints, not before the page is asked
    // for: at the start it competed with Chromium's own start for the CPU.
    const finishing = loadFinisher();
    const pdf = await guarded(target.print());
    trace('printed');
    // The page has done its part: its owner may close it (and Chromium) while the PDF is finished.
    unsubscribe();
    req.onProgress?.({ phase: 'finishing', rendered: status.slides, total: status.slides });
    const { meta, outline, preflight } = status;
    const { finalizePdf } = await finishing;
    const bytes = await finalizePdf(pdf, { title: meta.title, author: meta.author, subject: meta.subject, keywords: meta.keywords, creator: req.creator, language: meta.language }, outline, {
      expected: status.standIns ?? [],
      read: req.pictures,
    });
    trace('finished (pdf-lib)');
    if (signal?.aborted) throw exportCancelled();
    if (status.pages <= 0) throw new BriefdeckError('export_failed', 'The export produced no pages; no PDF was written.');
    await writeFileAtomic(req.outPath, bytes, signal);
    trace('written');
    req.onProgress?.({ phase: 'done', rendered: status.slides, total: status.slides });
    return { outPath: req.outPath, pages: status.pages, slides: status.slides, bytes: bytes.byteLength, outline, preflight };
  } catch (e) {
    if (signal?.aborted) throw exportCancelled();
    if (failure) throw await describeFailure(target, failure, drawing);
    if (e instanceof BriefdeckError) throw e;
    throw printFailed((e as Error).message);
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', onAbort);
    await target.close().catch(() => undefined);
  }
}

function failureError(f: PageFailure, drawing: string | null): BriefdeckError {
  return f.kind === 'crash' ? printCrashed(drawing, f.reason) : printPageError(drawing, f.message);
}

/** A page that threw is still alive: its route may already have said what it was drawing (its
 * own error names the widget), so it is asked once, briefly, before the host's report is used. */
async function describeFailure(target: PrintTarget, f: PageFailure, drawing: string | null): Promise<BriefdeckError> {
  if (f.kind === 'error') {
    const status = await Promise.race([target.status().catch(() => null), sleep(500).then(() => null)]);
    if (status && 'error' in status) return new BriefdeckError('export_failed', status.error);
    if (status && !status.ready && status.drawing) return failureError(f, status.drawing);
  }
  return failureError(f, drawing);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReady(
  target: PrintTarget,
  req: PrintDeckRequest,
  guarded: <T>(work: Promise<T>) => Promise<T>,
  onDrawing: (drawing: string | null | undefined) => void,
): Promise<ReadyStatus> {
  const started = Date.now();
  const timeoutFor = req.readyTimeout ?? readyTimeoutMs;
  let last = '';
  let slides = req.slides ?? 0;
  for (;;) {
    const status: PrintStatus | null = await guarded(target.status());
    if (status && 'error' in status) throw new BriefdeckError('export_failed', status.error);
    if (status?.ready) return status;
    if (status) {
      onDrawing(status.drawing);
      slides = Math.max(slides, status.total);
      const key = `${status.phase}:${status.rendered}`;
      if (key !== last) req.onProgress?.({ phase: status.phase, rendered: status.rendered, total: status.total });
      last = key;
    }
    const limit = timeoutFor(slides);
    if (Date.now() - started > limit) throw printTimedOut(Math.round(limit / 1000), status && 'drawing' in status ? (status.drawing ?? null) : null);
    await guarded(sleep(req.pollMs ?? 20));
  }
}

/** The PDF finisher (pdf-lib), loaded once. A failed load is tried again at the next export. */
type Finisher = typeof PostProcess;
let finisher: Promise<Finisher> | null = null;
function loadFinisher(): Promise<Finisher> {
  finisher ??= import('./postProcess').catch((e: unknown) => {
    finisher = null;
    throw e;
  });
  return finisher;
}
