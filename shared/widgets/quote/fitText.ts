// Fitting a quote to its slot: the largest font size (whole logical pixels) within bounds
// at which the text fits, by binary search over a `fits(size)` measurement.
import { formatDate } from '../../format/localeFormat';

/** Bounds in logical slide pixels (the slide is 1920x1080 and scaled by a transform). */
export const QUOTE_MIN_PX = 22;
export const QUOTE_MAX_PX = 64;

export interface Fit {
  size: number;
  /** True when even the minimum size does not fit: the text is clipped. */
  overflow: boolean;
}

export function fitFontSize(fits: (size: number) => boolean, min = QUOTE_MIN_PX, max = QUOTE_MAX_PX): Fit {
  if (fits(max)) return { size: max, overflow: false };
  if (!fits(min)) return { size: min, overflow: true };
  let lo = min; // fits
  let hi = max; // does not fit
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return { size: lo, overflow: false };
}

/** "— Speaker, Role, Date · Source title" (parts left out when empty; the date in the deck's
 * language: "24 February 2021", "24. Februar 2021"). */
export function attributionLine(p: { speaker: string; role: string; date: string; sourceTitle: string }, language: string): string {
  const who = [p.speaker.trim(), p.role.trim(), formatDate(p.date, language)].filter(Boolean).join(', ');
  const src = p.sourceTitle.trim();
  if (who === '' && src === '') return '— Unattributed';
  return `— ${[who, src].filter(Boolean).join(' · ')}`;
}
