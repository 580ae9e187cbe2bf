// An audience version's report as preflight findings: the export dialog, the print route (and
// so the CLI's warnings) list what was withheld and why, beside the other findings.
import type { DeckVariant, VariantReport } from '../markings/variant';
import type { PreflightItem } from './printStatus';
import { formatRange, normalizeSpans } from './range';

type ReportItem = VariantReport['items'][number];

export function variantFindings(variant: DeckVariant): PreflightItem[] {
  const { report } = variant;
  const name = report.audience ? `“${report.audience.name}”` : 'this export';
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const items: PreflightItem[] = groupNotes(report.items).map(({ item, slides }) => ({
    kind: 'withheld',
    // The author's numbering: the slide they find in the editor (a group: its first).
    slideNumber: item.slideNumber,
    widgetId: item.widgetId,
    message: `Withheld from ${name}: ${item.what === 'slide' ? item.label : upper(slides ? `the notes of slides ${slides}` : item.label)} (${item.reason}).`,
  }));
  for (const warning of report.warnings) items.push({ kind: 'marking', slideNumber: null, widgetId: null, message: warning });
  return items;
}

/**
 * Withheld notes for the same reason as one finding ("the notes of slides 1-6, 8-11"): an
 * audience that takes no notes would otherwise list every slide's notes, one line each, and
 * bury a withheld slide or widget among them. Each group stands where its first item stood.
 */
interface Finding {
  item: ReportItem;
  /** A group's slides ("1-6, 8-11"); null for an item on its own. */
  slides: string | null;
}

function groupNotes(items: readonly ReportItem[]): Finding[] {
  const groups = new Map<string, ReportItem[]>();
  for (const item of items) {
    if (item.what !== 'notes') continue;
    const group = groups.get(item.reason);
    if (group) group.push(item);
    else groups.set(item.reason, [item]);
  }
  return items.flatMap((item): Finding[] => {
    if (item.what !== 'notes') return [{ item, slides: null }];
    const group = groups.get(item.reason)!;
    if (group[0] !== item) return [];
    if (group.length === 1) return [{ item, slides: null }];
    const spans = normalizeSpans(group.map((g) => ({ from: g.slideNumber, to: g.slideNumber })));
    return [{ item, slides: formatRange(spans.length === 1 ? spans[0]! : spans) }];
  });
}
