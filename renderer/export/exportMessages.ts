// What the export dialogs (PDF and PowerPoint) say, as whole messages with their counts and plural
// forms (Intl.PluralRules through shared/format/plural), so a translation later replaces these
// functions without the dialogs assembling words around numbers (issue #17 item 7).
import { plural } from '../../shared/format/plural';

const slides = (n: number) => plural(n, { one: '# slide', other: '# slides' });
const pages = (n: number) => plural(n, { one: '# page', other: '# pages' });
/** " to <where>." when the host's Save dialog chose the place, else the sentence's full stop. */
const savedTo = (location: string | null) => (location !== null ? ` to ${location}.` : '.');

/** "3 slides → 4 pages". */
export const slidesToPages = (slideCount: number, pageCount: number) => `${slides(slideCount)} → ${pages(pageCount)}`;

/** "Checked 3 slides: no problems found." / "Checked 3 slides: 1 warning." */
export function preflightDone(total: number, found: number): string {
  return found === 0 ? `Checked ${slides(total)}: no problems found.` : `Checked ${slides(total)}: ${plural(found, { one: '# warning', other: '# warnings' })}.`;
}

/** "Checked 2 of 5 slides before the export started." */
export const preflightStopped = (checked: number, total: number) => `Checked ${checked} of ${slides(total)} before the export started.`;

/** "2 of 5 slides", the PDF export's progress. */
export const slidesRendered = (rendered: number, total: number) => `${rendered} of ${slides(total)}`;

/** "Exported 4 pages (1.2 MB) to /x.pdf." */
export function pdfExported(pageCount: number, size: string, location: string | null): string {
  return `Exported ${pages(pageCount)} (${size})${savedTo(location)}`;
}

/** What printing found, against the preflight list the dialog showed before: "Printing found 2
 * of the warnings listed above." / "Printing found 3 warnings, 1 of them not listed above:" */
export function printFindings(found: number, fresh: number): string {
  if (fresh === 0) return `Printing found ${found} of the warnings listed above.`;
  if (fresh === found) return `Printing found ${plural(found, { one: '# warning', other: '# warnings' })}:`;
  return `Printing found ${plural(found, { one: '# warning', other: '# warnings' })}, ${fresh} of them not listed above:`;
}

/** Which speaker notes a PowerPoint export carries: every slide's, only some (an audience is
 * not released some of them), or none (an audience that takes no notes). */
export type NotesCarried = 'all' | 'some' | 'none';

const NOTES_CARRIED: Record<NotesCarried, string> = {
  all: 'speaker notes come along',
  some: 'speaker notes come along, except those withheld from this audience',
  none: 'speaker notes stay out, as this audience does not get them',
};

/** "3 slides + 1 Sources slide. Charts stay editable …" */
export function pptxSummary(slideCount: number, sourceSlides: number, notes: NotesCarried): string {
  const sources = sourceSlides > 0 ? ` + ${plural(sourceSlides, { one: '# Sources slide', other: '# Sources slides' })}` : '';
  return `${slides(slideCount)}${sources}. Charts stay editable with their data; ${NOTES_CARRIED[notes]}.`;
}

/** "Exported 4 slides (120 KB) to /x.pptx. 2 things to look at:" */
export function pptxExported(slideCount: number, size: string, location: string | null, warnings: number): string {
  const found = warnings > 0 ? ` ${plural(warnings, { one: '# thing', other: '# things' })} to look at:` : '';
  return `Exported ${slides(slideCount)} (${size})${savedTo(location)}${found}`;
}
