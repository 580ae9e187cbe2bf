// What an export says when it does not produce a PDF, in one place for both hosts' printers,
// the export jobs and the CLI (STYLE.md "Errors": what happened, what to do).
import { BriefdeckError } from '../result';

export const EXPORT_CANCELLED_MESSAGE = 'The export was cancelled; no PDF was written.';

export function exportCancelled(): BriefdeckError {
  return new BriefdeckError('cancelled', EXPORT_CANCELLED_MESSAGE);
}

/** " while drawing Slide 3 “Partners”, map widget" when the print page said what it was drawing. */
const where = (drawing: string | null) => (drawing ? ` while drawing ${drawing}` : '');

export function printCrashed(drawing: string | null, reason: string): BriefdeckError {
  return new BriefdeckError(
    'export_failed',
    `The print page crashed (${reason})${where(drawing)}; no PDF was written. Try again; if it happens again, export a smaller range to find the slide that causes it.`,
  );
}

export function printPageError(drawing: string | null, error: string): BriefdeckError {
  return new BriefdeckError('export_failed', `The print page stopped with an error${where(drawing)}: ${error}. No PDF was written. Check that slide in the editor, or export without it.`);
}

export function printTimedOut(seconds: number, drawing: string | null): BriefdeckError {
  return new BriefdeckError('export_failed', `The print pages did not become ready within ${seconds} s${where(drawing)}; no PDF was written.`);
}

export function printFailed(detail: string): BriefdeckError {
  return new BriefdeckError('export_failed', `Briefdeck could not print the deck: ${detail.split('\n')[0]}`);
}

/** How long the print route may take to become ready: 20 s plus 1 s per slide (issue #16), so
 * a stuck or broken page fails in seconds to minutes, never after ten. */
export function readyTimeoutMs(slides: number, base = 20_000, perSlide = 1_000): number {
  return base + perSlide * Math.max(0, slides);
}
