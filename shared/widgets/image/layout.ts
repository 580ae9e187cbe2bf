// Where an image widget's caption goes, shared by the slide view and the PowerPoint export so
// both cut the picture's box the same way.

/** Gap between picture and caption, logical px. */
export const CAPTION_GAP = 8;

/** Caption type size for a slot this tall (logical px). */
export function captionSize(slotHeight: number): number {
  return Math.round(Math.max(18, Math.min(26, slotHeight / 18)));
}

/** Height kept for the caption (two lines at most), 0 without one. */
export function captionHeight(caption: string, slotHeight: number): number {
  if (caption.trim() === '') return 0;
  return Math.ceil(captionSize(slotHeight) * 1.3 * 2);
}
