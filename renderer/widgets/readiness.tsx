// Print readiness (DESIGN.md §4): every widget view reports when it has drawn. The print
// route waits for all of them (with a per-widget timeout that names the laggard) before
// the host prints, so nothing is blank in a PDF.
import { createContext, useContext, useEffect } from 'react';

export interface ReadinessTracker {
  /** Register a pending widget; call the returned function once it has drawn. */
  register(key: string, label: string): () => void;
}

export const ReadinessContext = createContext<ReadinessTracker | null>(null);

/** Views call this with `ready=true` once their pixels are final (sync views pass true). */
export function useWidgetReady(key: string, label: string, ready: boolean): void {
  const tracker = useContext(ReadinessContext);
  useEffect(() => {
    if (!tracker) return undefined;
    const done = tracker.register(key, label);
    if (ready) done();
    return done;
  }, [tracker, key, label, ready]);
}

export interface PendingWidget {
  key: string;
  label: string;
}

/** A tracker that resolves when every registered key is done. */
export function createReadinessTracker(): ReadinessTracker & {
  pending(): PendingWidget[];
  whenIdle(timeoutMs: number): Promise<{ ok: true } | { ok: false; pending: PendingWidget[] }>;
} {
  const pending = new Map<string, string>();
  const seen = new Set<string>();
  let listeners: Array<() => void> = [];
  // Checked after the current task's synchronous work: React runs every effect cleanup of a
  // commit before any new effect, so a view handing over to another (a loader to the chart it
  // loaded) briefly leaves nothing pending; the newcomer has registered by the microtask.
  const notify = () => {
    queueMicrotask(() => {
      if (pending.size !== 0) return;
      const ls = listeners;
      listeners = [];
      ls.forEach((l) => l());
    });
  };
  return {
    register(key, label) {
      if (seen.has(key) && !pending.has(key)) return () => undefined;
      seen.add(key);
      pending.set(key, label);
      return () => {
        if (pending.delete(key)) notify();
      };
    },
    pending: () => [...pending].map(([key, label]) => ({ key, label })),
    whenIdle(timeoutMs) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ ok: false, pending: [...pending].map(([key, label]) => ({ key, label })) }), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve({ ok: true });
        };
        // Give React a frame to mount and register everything before checking.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (pending.size === 0) done();
            else listeners.push(done);
          }),
        );
      });
    },
  };
}
