// Whether an element is on screen or about to be (IntersectionObserver), for drawing slide
// thumbnails only where they can be seen: long slide grids and a library of 200 decks stay cheap.
import { useEffect, useState, type RefObject } from 'react';

/** `once`: stays true after the first time (a picture fetched once is kept). */
export function useNearScreen(ref: RefObject<Element | null>, opts: { margin?: string; once?: boolean } = {}): boolean {
  const { margin = '300px', once = false } = opts;
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const io = new IntersectionObserver(
      (entries) => {
        const seen = entries.some((e) => e.isIntersecting);
        if (once && seen) io.disconnect();
        if (seen || !once) setNear(seen);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin, once]);
  return near;
}
