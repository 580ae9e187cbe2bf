// Measures a widget's words into its slot (shared/widgets/autofit.ts): before paint, by
// setting the font size on the box and comparing its scroll size with its client size, again
// once web fonts have loaded (their metrics differ from the fallback's). scrollHeight and
// clientHeight are layout sizes, untouched by the slide's CSS scale, so they are logical px.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { autofit, type AutofitBounds, type FitReport } from '../../../shared/widgets/autofit';

/** Resolves once web fonts have loaded. */
export function useFontsReady(): boolean {
  const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
  const [ready, setReady] = useState(() => !fonts || fonts.status === 'loaded');
  useEffect(() => {
    if (ready || !fonts) return undefined;
    let live = true;
    void fonts.ready.then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [fonts, ready]);
  return ready;
}

function overflows(el: HTMLElement): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

export interface AutofitOptions {
  /** What a cut leaves out, measured at the final size ("2 of 6 bullets are cut off"). */
  describeCut?: (box: HTMLElement) => string;
  /** The part of the widget these words are, when not all of it ("caption"): badge and preflight name it. */
  part?: string;
}

/**
 * The fitted size for the words in `box`, re-measured whenever `contentKey` (the words and the
 * slot size) changes. `settled` is false until the fit made with the final fonts is in, which
 * the print route waits for.
 */
export function useAutofit(box: RefObject<HTMLElement | null>, contentKey: string, bounds: AutofitBounds, options: AutofitOptions = {}): { fit: FitReport; settled: boolean } {
  const fontsReady = useFontsReady();
  const { describeCut, part } = options;
  const named = part ? { part } : {};
  const key = `${contentKey}|${bounds.max}/${bounds.min}/${bounds.floor}|${fontsReady ? 'fonts' : 'fallback'}`;
  const [state, setState] = useState<{ fit: FitReport; for: string }>({ fit: { size: bounds.max, state: 'fits', min: bounds.min, cut: '', ...named }, for: '' });
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const result = autofit((size) => {
      el.style.fontSize = `${size}px`;
      return !overflows(el);
    }, bounds);
    el.style.fontSize = `${result.size}px`;
    const cut = result.state === 'cut' ? (describeCut?.(el) ?? '') : '';
    setState({ fit: { ...result, min: bounds.min, cut, ...named }, for: key });
    // The key holds everything the measurement depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { fit: state.fit, settled: fontsReady && state.for === key };
}

/** The data-fit-* attributes a view puts on its box, read by the export preflight. */
export function fitAttributes(fit: FitReport): Record<string, string> {
  return {
    'data-fit': fit.state,
    'data-font-size': String(fit.size),
    'data-fit-min': String(fit.min),
    'data-fit-cut': fit.cut,
    ...(fit.part ? { 'data-fit-part': fit.part } : {}),
    // Kept for readers of the older flag (preflight, tests): true when not all of it fits readably.
    'data-overflow': fit.state === 'fits' ? 'false' : 'true',
  };
}
