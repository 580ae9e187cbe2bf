// Readiness for the print route: the same ReadinessTracker the widgets report to, plus
// what the printer needs: slides drawn so far (progress) and a per-widget timeout that
// names the slide and widget that never became ready, instead of a hang.
import type { ReadinessTracker } from '../widgets/readiness';

export interface LateWidget {
  key: string;
  label: string;
  waitedMs: number;
}

export interface PrintTracker extends ReadinessTracker {
  /** Slides whose every widget has drawn, out of the slides registered so far. */
  progress(slideIds: readonly string[]): { rendered: number; total: number };
  /** Every widget pending longer than `timeoutMs`, the longest wait first. */
  overdueAll(timeoutMs: number, now?: number): LateWidget[];
  /** Keys still waiting to draw. */
  pendingKeys(): string[];
  /** The label of the widget waited on longest, or null when none is pending. */
  drawing(): string | null;
  /** Settles the next time a pending widget finishes drawing. */
  nextDone(): Promise<void>;
}

/** The slide id in a readiness key: keys are `${slideId}/${slotId}/${widgetId}/${mode}` (SlideView). */
export function slideOfKey(key: string): string {
  return key.split('/')[0] ?? key;
}

/** The widget id in a readiness key (SlideView's `${slideId}/${slotId}/${widgetId}/${mode}`). */
export function widgetOfKey(key: string): string | null {
  return key.split('/')[2] ?? null;
}

export function createPrintTracker(): PrintTracker {
  const pending = new Map<string, { label: string; since: number }>();
  const seen = new Set<string>();
  let wake: { promise: Promise<void>; resolve: () => void } | null = null;
  const overdueAll = (timeoutMs: number, now = performance.now()): LateWidget[] =>
    [...pending]
      .map(([key, p]) => ({ key, label: p.label, waitedMs: now - p.since }))
      .filter((w) => w.waitedMs > timeoutMs)
      .sort((a, b) => b.waitedMs - a.waitedMs);
  return {
    register(key, label) {
      if (seen.has(key) && !pending.has(key)) return () => undefined;
      seen.add(key);
      pending.set(key, { label, since: performance.now() });
      return () => {
        if (!pending.delete(key) || !wake) return;
        const { resolve } = wake;
        wake = null;
        resolve();
      };
    },
    progress(slideIds) {
      const waiting = new Set([...pending.keys()].map(slideOfKey));
      const rendered = slideIds.filter((id) => !waiting.has(id)).length;
      return { rendered, total: slideIds.length };
    },
    overdueAll,
    pendingKeys: () => [...pending.keys()],
    drawing: () => overdueAll(-Infinity)[0]?.label ?? null,
    nextDone() {
      if (!wake) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        wake = { promise, resolve };
      }
      return wake.promise;
    },
  };
}

/** How often the wait looks at the tracker when no widget finishes (progress, timeouts); a
 * widget finishing wakes it at once, so the last one is not followed by up to a poll of idling. */
export const READY_POLL_MS = 20;

export interface WaitOptions {
  timeoutMs: number;
  /** False once the caller has moved on (unmounted, cancelled): the wait stops. */
  live(): boolean;
  /** Widgets already given up on: not waited for again. */
  ignore?: ReadonlySet<string>;
  /** Called on every poll while widgets are pending (progress). */
  onPoll?(): void;
  sleep?(ms: number): Promise<void>;
}

export type WaitResult = { kind: 'ready' } | { kind: 'stopped' } | { kind: 'late'; late: LateWidget[] };

/**
 * Waits until no widget (outside `ignore`) is pending, or until one has waited longer than
 * the timeout: then it returns every widget overdue at that moment, so a stuck widget is
 * named instead of hanging the wait. Used by the print route and by the dialog's preflight.
 */
export async function waitForWidgets(tracker: PrintTracker, opts: WaitOptions): Promise<WaitResult> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const ignore = opts.ignore ?? new Set<string>();
  const waiting = () => tracker.pendingKeys().filter((k) => !ignore.has(k)).length;
  while (waiting() > 0) {
    if (!opts.live()) return { kind: 'stopped' };
    const late = tracker.overdueAll(opts.timeoutMs).filter((w) => !ignore.has(w.key));
    if (late.length > 0) return { kind: 'late', late };
    opts.onPoll?.();
    await Promise.race([sleep(READY_POLL_MS), tracker.nextDone()]);
  }
  return opts.live() ? { kind: 'ready' } : { kind: 'stopped' };
}
