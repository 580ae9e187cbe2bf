// Performance marks for the bench (tests/bench/present.ts): when a key asked for a slide
// and when that slide's frame was painted. Marks are cheap and kept to the last few hundred.
export const MARK_KEY = 'present:key';
export const MARK_PAINTED = 'present:painted';
export const MARK_FIRST_FRAME = 'present:first-frame';

/** Past 500 marks of a kind the old ones go (the page's timeline keeps the count, not us). */
function trim() {
  for (const name of [MARK_KEY, MARK_PAINTED]) if (performance.getEntriesByName(name, 'mark').length >= 500) performance.clearMarks(name);
}

export function markKey(key: string): void {
  performance.mark(MARK_KEY, { detail: { key } });
  trim();
}

/** Called after React committed a slide: marks once the frame is on screen (the callback
 * after the next animation frame runs after that frame was painted). */
export function markPainted(index: number, first: boolean): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      performance.mark(MARK_PAINTED, { detail: { index } });
      if (first) performance.mark(MARK_FIRST_FRAME, { detail: { index } });
      trim();
    }, 0);
  });
}
