// Autofit, like PowerPoint's "shrink text on overflow", for the widgets that set words in a
// slot (text, quote, key figure, table). Three outcomes, the same on every surface (editor, thumbnails,
// presenting, PDF), so what the author sees is what the room and the reader get:
// - 'fits':  the largest size from `max` down to the readable `min` at which everything fits;
// - 'small': nothing fits at `min`, so the text goes on shrinking, down to `floor`, until all of
//            it shows: complete but below the readable size; the editor shows a badge and the
//            export preflight says so;
// - 'cut':   not even `floor` fits: drawn at `floor` and the end is cut off; the badge and the
//            preflight say how much ("2 of 6 bullets are cut").
// Nothing is ever cut without the author being told, on the slide, at once.
import { fitFontSize } from './quote/fitText';
import { plural } from '../format/plural';

export interface AutofitBounds {
  /** Largest size, logical slide px (the slide is 1920x1080). */
  max: number;
  /** Smallest size a room can read (10 pt on the printed page = 20 px). */
  min: number;
  /** Smallest size drawn at all, to show everything before anything is cut. */
  floor: number;
}

export type AutofitState = 'fits' | 'small' | 'cut';

export interface Autofit {
  size: number;
  state: AutofitState;
}

/** Bullets and headings: 40 px, readable down to 20 px (10 pt printed). */
export const TEXT_FIT: AutofitBounds = { max: 40, min: 20, floor: 12 };
/** Quotes are set larger, in the serif: 64 px, readable down to 22 px. */
export const QUOTE_FIT: AutofitBounds = { max: 64, min: 22, floor: 12 };
/** A key figure's label line (the number scales with it); readable down to 20 px. */
export const KEY_FIGURE_MIN_LABEL = 20;

/** The size and outcome for `fits(size)` (a measurement that is monotonic in the size). */
export function autofit(fits: (size: number) => boolean, bounds: AutofitBounds): Autofit {
  const readable = fitFontSize(fits, bounds.min, bounds.max);
  if (!readable.overflow) return { size: readable.size, state: 'fits' };
  if (bounds.floor < bounds.min) {
    const small = fitFontSize(fits, bounds.floor, bounds.min - 1);
    if (!small.overflow) return { size: small.size, state: 'small' };
  }
  return { size: bounds.floor, state: 'cut' };
}

/** "2 of 6 bullets are cut off", "1 of 6 bullets is cut off": what a cut leaves out. */
export function cutCount(hidden: number, total: number, noun: 'bullet' | 'paragraph' | 'row'): string {
  // Whole phrases per noun, the verb agreeing with the hidden count (Intl.PluralRules): no "s"
  // appended to a word, so a translation supplies its own forms.
  const of = plural(total, CUT_NOUNS[noun]);
  return plural(hidden, { one: `# of ${of} is cut off`, other: `# of ${of} are cut off` });
}

const CUT_NOUNS = {
  bullet: { one: '# bullet', other: '# bullets' },
  paragraph: { one: '# paragraph', other: '# paragraphs' },
  row: { one: '# row', other: '# rows' },
} as const;

/** What a view measured, as its root element's data-fit-* attributes carry it to preflight. */
export interface FitReport extends Autofit {
  /** The readable minimum for this widget, px. */
  min: number;
  /** For 'cut': what is left out ("2 of 6 bullets are cut off"); '' otherwise. */
  cut: string;
  /** The part of the widget measured when not all of it ("caption"); absent for the whole. */
  part?: string;
}

/** The editor's badge on the slot: a few words; null when everything fits. */
export function fitBadge(fit: FitReport): string | null {
  const tooLong = fit.part ? `${fit.part.charAt(0).toUpperCase()}${fit.part.slice(1)} too long` : 'Too long';
  if (fit.state === 'small') return `${tooLong}: set at ${fit.size} px, below the readable ${fit.min} px`;
  if (fit.state === 'cut') return `${tooLong}: ${fit.cut || 'the end is cut off'}`;
  return null;
}

/** The preflight's sentence after "Slide 5 “Title”: the text “So what” ", or null. */
export function fitProblem(fit: FitReport): string | null {
  if (fit.state === 'small') {
    return `does not fit its slot at the readable size (${fit.min} px): it is set at ${fit.size} px so that all of it shows. Shorten it or use a larger slot.`;
  }
  if (fit.state === 'cut') {
    return `does not fit its slot even at ${fit.size} px: ${fit.cut || 'the end is cut off'}. Shorten it or use a larger slot.`;
  }
  return null;
}
