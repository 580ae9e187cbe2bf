// Readiness for the print route: the same ReadinessTracker the widgets report to, plus
// what the printer needs: slides drawn so far (progress) and a per-widget timeout that
// names the slide and widget that never became ready, instead of a hang.
import type { ReadinessTracker } from '../slide/readiness';

export interface PrintTracker extends ReadinessTracker {
  /** Slides whose every widget has drawn, out of the slides registered so far. */
  progress(slideIds: readonly string[]): { rendered: number; total: number };
  /** The oldest widget pending longer than `timeoutMs`, if any. */
  overdue(timeoutMs: number, now?: number): { key: string; label: string; waitedMs: number } | null;
  pendingCount(): number;
}

/** Readiness keys are `${slideId}/${slotId}/${widgetId}/${mode}` (SlideView). */
function slideOf(key: string): string {
  return key.split('/')[0] ?? key;
}

export function createPrintTracker(): PrintTracker {
  const pending = new Map<string, { label: string; since: number }>();
  const seen = new Set<string>();
  return {
    register(key, label) {
      if (seen.has(key) && !pending.has(key)) return () => undefined;
      seen.add(key);
      pending.set(key, { label, since: performance.now() });
      return () => {
        pending.delete(key);
      };
    },
    progress(slideIds) {
      const waiting = new Set([...pending.keys()].map(slideOf));
      const rendered = slideIds.filter((id) => !waiting.has(id)).length;
      return { rendered, total: slideIds.length };
    },
    overdue(timeoutMs, now = performance.now()) {
      let worst: { key: string; label: string; waitedMs: number } | null = null;
      for (const [key, p] of pending) {
        const waited = now - p.since;
        if (waited > timeoutMs && (worst === null || waited > worst.waitedMs)) worst = { key, label: p.label, waitedMs: waited };
      }
      return worst;
    },
    pendingCount: () => pending.size,
  };
}
