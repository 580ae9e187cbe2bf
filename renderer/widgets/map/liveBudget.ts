// At most MAX_LIVE_MAPS WebGL maps per page. Only mode 'live' asks for one (the editor's
// current slide, the audience screen), but a 2x2 slide of maps would still hold four
// contexts; Chromium keeps 16 and loses the oldest silently (their maps print blank). Maps
// over budget draw the static SVG, which looks the same, and get a context when one frees.
import { useEffect, useState } from 'react';

export const MAX_LIVE_MAPS = 2;

// The page's limit, not a deck's: Chromium counts WebGL contexts per page, whatever drew them.
let holders = new Set<symbol>();
// Maps waiting for one of the page's contexts (the same page-wide limit).
let waiting: { token: symbol; grant: () => void }[] = [];

function release(token: symbol): void {
  holders.delete(token);
  waiting = waiting.filter((w) => w.token !== token);
  while (holders.size < MAX_LIVE_MAPS && waiting.length > 0) {
    const next = waiting.shift();
    if (next) {
      holders.add(next.token);
      next.grant();
    }
  }
}

/** True while this component may hold a WebGL map. Pass want=false to ask for none. */
export function useLiveMapSlot(want: boolean): boolean {
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (!want) return undefined;
    const token = Symbol('live map');
    if (holders.size < MAX_LIVE_MAPS) {
      holders.add(token);
      setGranted(true);
    } else {
      waiting.push({ token, grant: () => setGranted(true) });
    }
    return () => {
      release(token);
      setGranted(false);
    };
  }, [want]);
  return want && granted;
}

/** For tests: forget every holder. */
export function resetLiveMapSlots(): void {
  holders = new Set();
  waiting = [];
}
