// What a Sources page says around each source, for the PDF's Sources page and PowerPoint's
// Sources slides alike: whole phrases with their plural forms (issue #17 item 7), and the date a
// source was accessed in the deck's language, as every date on a slide.
import { formatDate } from '../format/localeFormat';
import { plural } from '../format/plural';

/** " (accessed 24 February 2021)" / " (accessed 24. Februar 2021)"; free text as typed. */
export function accessedNote(accessed: string, language: string): string {
  return ` (accessed ${formatDate(accessed, language)})`;
}

/** " · slide 3" / " · slides 3, 4": where the source is used. */
export function usedOnSlides(slides: readonly number[]): string {
  return ` · ${plural(slides.length, { one: `slide ${slides.join(', ')}`, other: `slides ${slides.join(', ')}` })}`;
}
