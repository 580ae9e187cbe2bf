// One export from the dialog: export.start, then export.status every POLL_MS until the job
// has finished, failed or been cancelled. The main side owns the work; this only watches it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportOptions, ExportPhase, ExportResult } from '../../shared/api/contract';
import { call } from '../host/api';

export const POLL_MS = 150;

export type JobView =
  | { state: 'idle' }
  /** Waiting for export.start (Electron: the Save dialog is open). */
  | { state: 'starting' }
  | { state: 'running'; jobId: string; phase: ExportPhase; rendered: number; total: number }
  | { state: 'done'; result: ExportResult }
  | { state: 'failed'; message: string }
  | { state: 'cancelled'; message: string };

export interface StartArgs {
  ref: string;
  title: string;
  options: ExportOptions;
  openWhenDone: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useExportJob(onDone: (result: ExportResult, args: StartArgs) => void) {
  const [view, setView] = useState<JobView>({ state: 'idle' });
  const live = useRef(true);
  const jobId = useRef<string | null>(null);
  useEffect(
    () => () => {
      live.current = false;
      // Closing the dialog mid-export (window closing, Escape) stops the job: nothing runs unseen.
      if (jobId.current) void call('export.cancel', { jobId: jobId.current });
    },
    [],
  );

  const start = useCallback(
    async (args: StartArgs): Promise<void> => {
      setView({ state: 'starting' });
      const started = await call('export.start', { ref: args.ref, options: args.options, title: args.title, openWhenDone: args.openWhenDone });
      if (!live.current) return;
      if (!started.ok) return setView({ state: 'failed', message: started.error.message });
      // The Save dialog was cancelled: back to the options, nothing happened.
      if (started.data === null) return setView({ state: 'idle' });
      const id = started.data.jobId;
      jobId.current = id;
      setView({ state: 'running', jobId: id, phase: 'starting', rendered: 0, total: 0 });
      for (;;) {
        await sleep(POLL_MS);
        if (!live.current) return;
        const s = await call('export.status', { jobId: id });
        if (!live.current) return;
        if (!s.ok) {
          jobId.current = null;
          return setView({ state: 'failed', message: s.error.message });
        }
        const st = s.data;
        if (st.phase === 'done' && st.result) {
          jobId.current = null;
          setView({ state: 'done', result: st.result });
          onDone(st.result, args);
          return;
        }
        if (st.phase === 'failed' || st.phase === 'cancelled') {
          jobId.current = null;
          const message = st.error?.message ?? (st.phase === 'cancelled' ? 'The export was cancelled.' : 'The export failed.');
          return setView({ state: st.phase, message });
        }
        setView({ state: 'running', jobId: id, phase: st.phase, rendered: st.rendered, total: st.total });
      }
    },
    [onDone],
  );

  const cancel = useCallback(async () => {
    const id = jobId.current;
    if (!id) return;
    setView((v) => (v.state === 'running' ? { ...v, phase: 'cancelling' } : v));
    await call('export.cancel', { jobId: id });
  }, []);

  const reset = useCallback(() => setView({ state: 'idle' }), []);
  return { view, start, cancel, reset };
}
