// One line per audience for the Deck tab, the export dialog and the present picker: how much
// of the deck its version withholds.
import type { VariantReport } from '../../shared/markings/variant';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function withheldSummary(report: VariantReport): string {
  const parts: string[] = [];
  if (report.slidesWithheld > 0) parts.push(count(report.slidesWithheld, 'slide', 'slides'));
  if (report.widgetsWithheld > 0) parts.push(count(report.widgetsWithheld, 'widget', 'widgets'));
  if (report.notesWithheld > 0) parts.push(count(report.notesWithheld, 'slide’s notes', 'slides’ notes'));
  const kept = count(report.slides, 'slide', 'slides');
  return parts.length === 0 ? `Nothing withheld: ${kept}.` : `Withholds ${parts.join(', ')}; ${kept} remain.`;
}
