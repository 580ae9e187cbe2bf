// Performance marks of the print page's steps (app start, deck loaded, pages drawn, ...), handed
// to the printer with the ready status so the export trace (BRIEFDECK_EXPORT_TRACE) can say where
// an export's time went. Epoch milliseconds, comparable with the host's own clock.
import type { PageTiming } from '../../shared/export/printStatus';

const PREFIX = 'briefdeck:';

export function markPrint(name: string): void {
  performance.mark(`${PREFIX}${name}`);
}

/** The document's request and arrival, then every mark, in order. */
export function printTimings(): PageTiming[] {
  const origin = performance.timeOrigin;
  const at = (ms: number) => Math.round((origin + ms) * 10) / 10;
  const timings: PageTiming[] = [];
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav) timings.push({ name: 'page requested', at: at(nav.fetchStart) }, { name: 'page received', at: at(nav.responseEnd) });
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith(PREFIX)) timings.push({ name: m.name.slice(PREFIX.length), at: at(m.startTime) });
  return timings.sort((a, b) => a.at - b.at);
}
