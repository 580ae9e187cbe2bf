// An audience version's report as preflight findings: the export dialog, the print route (and
// so the CLI's warnings) list what was withheld and why, beside the other findings.
import type { DeckVariant } from '../markings/variant';
import type { PreflightItem } from './printStatus';

export function variantFindings(variant: DeckVariant): PreflightItem[] {
  const { report } = variant;
  const name = report.audience ? `“${report.audience.name}”` : 'this export';
  const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const items: PreflightItem[] = report.items.map((item) => ({
    kind: 'withheld',
    // The author's numbering: the slide they find in the editor.
    slideNumber: item.slideNumber,
    widgetId: item.widgetId,
    message: `Withheld from ${name}: ${item.what === 'slide' ? item.label : upper(item.label)} (${item.reason}).`,
  }));
  for (const warning of report.warnings) items.push({ kind: 'marking', slideNumber: null, widgetId: null, message: warning });
  return items;
}
