// A slide scaled to fit its box, letterboxed: the box is measured before paint so the first
// frame is already the right size (no flash of a wrongly scaled slide).
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { SlideView } from '../slide/SlideView';
import type { RenderMode } from '../widgets/types';

export interface FitSlideProps {
  deck: Deck;
  slide: Slide | undefined;
  mode: RenderMode;
  number: number;
  className?: string;
  /** Drawn over the slide (covers, badges), in the slide's box. */
  children?: ReactNode;
  /** Fade the slide in when it changes (deck.meta.transition 'fade'). */
  fade?: boolean;
  /** Draws the slide(s) at the fitted width instead of one plain SlideView (the caller then
   * keys and fades them itself). */
  render?: (width: number) => ReactNode;
}

/** The largest 16:9 width inside w x h. */
export function fitWidth(w: number, h: number): number {
  return Math.max(0, Math.floor(Math.min(w, (h * SLIDE_WIDTH) / SLIDE_HEIGHT)));
}

export function FitSlide({ deck, slide, mode, number, className, children, fade, render }: FitSlideProps) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((s) => (s.w === r.width && s.h === r.height ? s : { w: r.width, h: r.height }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const width = fitWidth(size.w, size.h);
  return (
    <div ref={box} className={`fit-slide ${className ?? ''}`}>
      {width > 0 && (
        <div className="fit-slide-inner" style={{ width, height: Math.round((width * SLIDE_HEIGHT) / SLIDE_WIDTH) }}>
          {render ? (
            render(width)
          ) : slide ? (
            <div key={slide.id} className={fade ? 'present-fade-in' : undefined}>
              <SlideView deck={deck} slide={slide} width={width} mode={mode} number={number} />
            </div>
          ) : null}
          {children}
        </div>
      )}
    </div>
  );
}
