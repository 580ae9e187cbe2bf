// Where an image widget's caption goes, shared by the slide view and the PowerPoint export so
// both cut the picture's box the same way.
import { TEXT_FIT, type AutofitBounds } from '../autofit';

/** Gap between picture and caption, logical px. */
export const CAPTION_GAP = 8;

/** Caption type size for a slot this tall (logical px). */
export function captionSize(slotHeight: number): number {
  return Math.round(Math.max(18, Math.min(26, slotHeight / 18)));
}

/** Height kept for the caption (two lines at its size), 0 without one. */
export function captionHeight(caption: string, slotHeight: number): number {
  if (caption.trim() === '') return 0;
  return Math.ceil(captionSize(slotHeight) * 1.3 * 2);
}

/** A longer caption shrinks into those two lines' height like text (shared/widgets/autofit.ts):
 * below the readable size the slot and the preflight say so, and below the floor it is cut and
 * they say that. A small slot's caption starts under the readable size and is still readable. */
export function captionFit(slotHeight: number): AutofitBounds {
  const size = captionSize(slotHeight);
  return { max: size, min: Math.min(size, TEXT_FIT.min), floor: TEXT_FIT.floor };
}
