// Export jobs (export.start / export.status / export.cancel): the dialog starts a job, polls
// its progress, may cancel it; a finished job answers once and is forgotten. The exporter
// here writes a real file through the same atomic writer as the printers, into a real temp
// folder, so "cancel leaves no file" is checked on disk.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExportPdfArgs, type HandlerDeps } from '../../../electron/api/handlers';
import { FINISHED_TTL_MS } from '../../../electron/api/exportJobs';
import { writeFileAtomic } from '../../../electron/services/export/atomicOutput';
import { type ExportJobStatus } from '../../../shared/api/contract';
import { BriefdeckError, type Result } from '../../../shared/result';
import { harness, loadedPreferences, testDeps } from './harness';
import { tempDir, TestClock } from '../services/helpers';

/** An exporter that "renders" `slides` slides, one per step() call, then writes the PDF. */
function steppedExporter(outDir: string, slides: number) {
  const waiters: Array<() => void> = [];
  const seen: ExportPdfArgs[] = [];
  /** Steps allowed before the exporter asked for them. */
  let credits = 0;
  const step = () => {
    const next = waiters.shift();
    if (next) next();
    else credits++;
  };
  const until = (signal: AbortSignal | undefined) =>
    new Promise<void>((resolve, reject) => {
      if (credits > 0) {
        credits--;
        return resolve();
      }
      waiters.push(resolve);
      signal?.addEventListener('abort', () => reject(new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.')), { once: true });
    });
  const exportPdf = async (args: ExportPdfArgs) => {
    seen.push(args);
    for (let i = 0; i < slides; i++) {
      await until(args.signal);
      args.onProgress?.({ phase: 'rendering', rendered: i + 1, total: slides });
    }
    const outPath = args.outPath ?? path.join(outDir, 'out.pdf');
    await writeFileAtomic(outPath, new TextEncoder().encode('%PDF-1.7 test'), args.signal);
    return { location: outPath, pages: slides, bytes: 13, warnings: ['Slide 2: the chart has no source.'] };
  };
  return { exportPdf, step, seen };
}

async function setup(extra: (outDir: string) => Partial<HandlerDeps> = () => ({})) {
  const dir = await tempDir();
  const outDir = await tempDir('briefdeck-export-out-');
  const clock = new TestClock();
  const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
  const { handlers, call } = harness(testDeps(dir, preferences, { now: clock.now, ...extra(outDir) }));
  const must = <T>(r: Result<T>): T => {
    if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
    return r.data;
  };
  const ref = must(await call<{ ref: string }>('library.create', { title: 'Jobs deck' })).ref;
  return { dir, outDir, clock, handlers, call, must, ref };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('export jobs', () => {
  it('start -> progress -> done; the outcome is answered once, then the job is forgotten', async () => {
    let ex = steppedExporter('', 0);
    const { call, must, ref, outDir, handlers } = await setup((out) => {
      ex = steppedExporter(out, 3);
      return { exportPdf: ex.exportPdf };
    });
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: { layout: 'handout3', range: { from: 1, to: 3 } } }))!;
    expect(jobId).toMatch(/^[0-9a-f]{32}$/);
    await tick();
    expect(must(await call<ExportJobStatus>('export.status', { jobId }))).toMatchObject({ phase: 'starting', rendered: 0, result: null, error: null });
    ex.step();
    await tick();
    expect(must(await call<ExportJobStatus>('export.status', { jobId }))).toMatchObject({ phase: 'rendering', rendered: 1, total: 3 });
    ex.step();
    ex.step();
    await handlers.exportJobs.settled(jobId);
    const done = must(await call<ExportJobStatus>('export.status', { jobId }));
    expect(done).toMatchObject({ phase: 'done', rendered: 3, total: 3, error: null });
    expect(done.result).toMatchObject({ location: path.join(outDir, 'out.pdf'), pages: 3, opened: false, warnings: ['Slide 2: the chart has no source.'] });
    expect(await readdir(outDir)).toEqual(['out.pdf']);
    expect(ex.seen[0]?.options).toMatchObject({ layout: 'handout3', range: { from: 1, to: 3 } });
    // Read once: the registry no longer holds it.
    const again = await call('export.status', { jobId });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.error.code).toBe('not_found');
    expect(handlers.exportJobs.size).toBe(0);
  });

  it('cancel mid-way stops the exporter, says cancelled and leaves no file (not even a .part)', async () => {
    let ex = steppedExporter('', 0);
    const { call, must, ref, outDir, handlers } = await setup((out) => {
      ex = steppedExporter(out, 5);
      return { exportPdf: ex.exportPdf };
    });
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {} }))!;
    await tick();
    ex.step();
    ex.step();
    await tick();
    expect(must(await call<ExportJobStatus>('export.status', { jobId }))).toMatchObject({ phase: 'rendering', rendered: 2, total: 5 });
    expect(must(await call<{ cancelling: boolean }>('export.cancel', { jobId }))).toEqual({ cancelling: true });
    await handlers.exportJobs.settled(jobId);
    const status = must(await call<ExportJobStatus>('export.status', { jobId }));
    expect(status.phase).toBe('cancelled');
    expect(status.result).toBeNull();
    expect(status.error?.message).toMatch(/cancelled; no PDF was written/);
    expect(ex.seen[0]?.signal?.aborted).toBe(true);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('cancel after the file was written still reports done (cancelling a finished job is a no-op)', async () => {
    let ex = steppedExporter('', 0);
    const { call, must, ref, handlers } = await setup((out) => {
      ex = steppedExporter(out, 1);
      return { exportPdf: ex.exportPdf };
    });
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {} }))!;
    await tick();
    ex.step();
    await handlers.exportJobs.settled(jobId);
    expect(must(await call<{ cancelling: boolean }>('export.cancel', { jobId }))).toEqual({ cancelling: false });
    expect(must(await call<ExportJobStatus>('export.status', { jobId })).phase).toBe('done');
  });

  it('an exporter error reaches the dialog as written (the never-ready widget message naming the slide)', async () => {
    const message = 'Slide 4 “Trade flows”: the chart did not finish drawing within 20 s; no PDF was written.';
    const { call, must, ref, handlers } = await setup(() => ({
      exportPdf: async () => {
        throw new BriefdeckError('export_failed', message);
      },
    }));
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {} }))!;
    await handlers.exportJobs.settled(jobId);
    expect(must(await call<ExportJobStatus>('export.status', { jobId }))).toMatchObject({ phase: 'failed', result: null, error: { code: 'export_failed', message } });
  });

  it('an unexpected exporter crash is logged and shown as a plain message, not a stack', async () => {
    const { call, must, ref, handlers } = await setup(() => ({
      exportPdf: async () => {
        throw new TypeError('cannot read properties of undefined (reading "pdf")');
      },
    }));
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {} }))!;
    await handlers.exportJobs.settled(jobId);
    const s = must(await call<ExportJobStatus>('export.status', { jobId }));
    expect(s.phase).toBe('failed');
    expect(s.error?.code).toBe('internal');
    expect(s.error?.message).not.toMatch(/undefined|TypeError/);
  });

  it('unknown or malformed job ids get clear errors', async () => {
    const { call } = await setup(() => ({ exportPdf: async () => ({ location: 'x', pages: 1, bytes: 1, warnings: [] }) }));
    const unknown = await call('export.status', { jobId: '0'.repeat(32) });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'not_found' });
    expect(!unknown.ok && unknown.error.message).toMatch(/Start the export again/);
    const cancelUnknown = await call('export.cancel', { jobId: 'f'.repeat(32) });
    expect(!cancelUnknown.ok && cancelUnknown.error.code).toBe('not_found');
    for (const jobId of ['../../etc', 'ABC', '', 42]) {
      const r = await call('export.status', { jobId });
      expect(!r.ok && r.error.code).toBe('bad_request');
    }
  });

  it('a finished job nobody reads is swept after the TTL', async () => {
    const { call, must, ref, handlers, clock } = await setup(() => ({ exportPdf: async () => ({ location: 'x.pdf', pages: 1, bytes: 1, warnings: [] }) }));
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {} }))!;
    await handlers.exportJobs.settled(jobId);
    expect(handlers.exportJobs.size).toBe(1);
    clock.advance(FINISHED_TTL_MS + 1);
    must(await call<{ jobId: string }>('export.start', { ref, options: {} }));
    const r = await call('export.status', { jobId });
    expect(!r.ok && r.error.code).toBe('not_found');
  });

  it('with native dialogs it asks where to save before printing, with <deck title>.pdf; a cancelled dialog starts nothing', async () => {
    let answer: string | null = null;
    const asked: string[] = [];
    let ex = steppedExporter('', 0);
    const opened: string[] = [];
    const { call, must, ref, outDir, handlers } = await setup((out) => {
      ex = steppedExporter(out, 1);
      return {
        exportPdf: ex.exportPdf,
        dialogs: {
          open: async () => null,
          saveAs: async () => null,
          savePdf: async (name) => (asked.push(name), answer),
        },
        openExported: async (location) => void opened.push(location),
      };
    });
    expect(must(await call('export.start', { ref, options: {}, title: 'Indo-Pacific: Q3?' }))).toBeNull();
    expect(asked).toEqual(['Indo-Pacific Q3.pdf']);
    expect(ex.seen).toHaveLength(0);

    answer = path.join(outDir, 'Chosen.pdf');
    const { jobId } = must(await call<{ jobId: string }>('export.start', { ref, options: {}, title: 'Indo-Pacific', openWhenDone: true }))!;
    await tick();
    expect(ex.seen[0]?.outPath).toBe(answer);
    ex.step();
    await handlers.exportJobs.settled(jobId);
    const s = must(await call<ExportJobStatus>('export.status', { jobId }));
    expect(s.result).toMatchObject({ location: answer, opened: true });
    expect(opened).toEqual([answer]);
    expect(await readdir(outDir)).toEqual(['Chosen.pdf']);
  });

  it('dispose aborts running jobs (host shutdown)', async () => {
    let ex = steppedExporter('', 0);
    const { call, must, ref, outDir, handlers } = await setup((out) => {
      ex = steppedExporter(out, 3);
      return { exportPdf: ex.exportPdf };
    });
    must(await call<{ jobId: string }>('export.start', { ref, options: {} }));
    await tick();
    await handlers.dispose();
    expect(ex.seen[0]?.signal?.aborted).toBe(true);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('export.prepare asks the host to get its printer ready for the deck, and answers false where it cannot', async () => {
    const asked: string[] = [];
    const { call, must, ref } = await setup(() => ({
      prepareExport: async ({ ref: r }) => {
        asked.push(r);
        return true;
      },
    }));
    expect(must(await call('export.prepare', { ref }))).toEqual({ prepared: true });
    expect(asked).toEqual([ref]);

    const without = await setup();
    expect(without.must(await without.call('export.prepare', { ref: without.ref }))).toEqual({ prepared: false });
    const bad = await call('export.prepare', { ref: 'library:../outside.briefdeck' });
    expect(bad.ok).toBe(false);
    expect(asked).toHaveLength(1);
  });
});
