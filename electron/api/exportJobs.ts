// Export jobs behind export.start / export.status / export.cancel: a long print runs on the
// main side while the dialog polls it. Each job owns one AbortController; a finished job
// answers its outcome once and is forgotten, or is swept after FINISHED_TTL_MS if nobody asks.
import { randomBytes } from 'node:crypto';
import type { ExportJobStatus, ExportPhase, ExportResult } from '../../shared/api/contract';
import { EXPORT_CANCELLED_MESSAGE } from '../../shared/export/messages';
import { BriefdeckError } from '../../shared/result';

/** How long a finished job's outcome waits to be read before it is dropped. */
export const FINISHED_TTL_MS = 10 * 60_000;

export interface JobProgress {
  /** 'done' from the printer still reads as finishing until the job itself has settled. */
  phase: Exclude<ExportPhase, 'cancelling' | 'failed' | 'cancelled'>;
  rendered: number;
  total: number;
}

export type JobRun = (signal: AbortSignal, onProgress: (p: JobProgress) => void) => Promise<ExportResult>;

interface Job {
  controller: AbortController;
  status: ExportJobStatus;
  /** When it finished (for the sweep); null while running. */
  finishedAt: number | null;
  settled: Promise<void>;
}

const FINISHED: ReadonlySet<ExportPhase> = new Set(['done', 'failed', 'cancelled']);

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly log: { error(msg: string, e?: unknown): void } = console,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts run() at once and answers the id to poll. */
  start(run: JobRun): string {
    this.sweep();
    const jobId = randomBytes(16).toString('hex');
    const controller = new AbortController();
    const job: Job = {
      controller,
      status: { phase: 'starting', rendered: 0, total: 0, result: null, error: null },
      finishedAt: null,
      settled: Promise.resolve(),
    };
    const finish = (patch: Partial<ExportJobStatus>) => {
      job.status = { ...job.status, ...patch };
      job.finishedAt = this.now();
    };
    job.settled = run(controller.signal, (p) => {
      if (job.finishedAt !== null) return;
      // Progress keeps the cancelling phase once asked, but still counts slides.
      job.status = { ...job.status, rendered: p.rendered, total: p.total, phase: controller.signal.aborted ? 'cancelling' : p.phase === 'done' ? 'finishing' : p.phase };
    }).then(
      (result) => {
        if (controller.signal.aborted) finish({ phase: 'cancelled', error: cancelled() });
        else finish({ phase: 'done', result, rendered: Math.max(job.status.rendered, job.status.total) });
      },
      (e: unknown) => {
        if (controller.signal.aborted || (e instanceof BriefdeckError && e.code === 'cancelled')) {
          finish({ phase: 'cancelled', error: e instanceof BriefdeckError && e.code === 'cancelled' ? { code: e.code, message: e.message } : cancelled() });
        } else if (e instanceof BriefdeckError) {
          finish({ phase: 'failed', error: { code: e.code, message: e.message } });
        } else {
          this.log.error('export job failed', e);
          finish({ phase: 'failed', error: { code: 'internal', message: 'The export failed inside Briefdeck. The details are in the log; please try again.' } });
        }
      },
    );
    this.jobs.set(jobId, job);
    return jobId;
  }

  /** The job's state; a finished job is forgotten once this has answered it. */
  status(jobId: string): ExportJobStatus {
    this.sweep();
    const job = this.get(jobId);
    if (FINISHED.has(job.status.phase)) this.jobs.delete(jobId);
    return job.status;
  }

  /** Asks a running job to stop; false when it had already finished. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.finishedAt !== null) return false;
    if (!job.controller.signal.aborted) {
      job.controller.abort();
      job.status = { ...job.status, phase: 'cancelling' };
    }
    return true;
  }

  /** Resolves when the job has stopped (tests; host shutdown). */
  async settled(jobId: string): Promise<void> {
    await this.jobs.get(jobId)?.settled;
  }

  /** Aborts every running job and waits for them to stop (host shutdown). */
  async dispose(): Promise<void> {
    for (const job of this.jobs.values()) job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.settled));
    this.jobs.clear();
  }

  get size(): number {
    return this.jobs.size;
  }

  private get(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new BriefdeckError('not_found', 'That export is no longer known to Briefdeck (it finished and was collected, or the app restarted). Start the export again.');
    return job;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, job] of this.jobs) if (job.finishedAt !== null && now - job.finishedAt > FINISHED_TTL_MS) this.jobs.delete(id);
  }
}

function cancelled(): { code: string; message: string } {
  return { code: 'cancelled', message: EXPORT_CANCELLED_MESSAGE };
}
