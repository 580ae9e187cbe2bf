// The quote widget's View: serif text set as large as fits its slot (22–64 px logical),
// the attribution line always shown, and an overflow flag for export preflight.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useRoute } from '../../router';
import { useWidgetReady } from '../../slide/readiness';
import type { WidgetViewProps } from '../types';
import { QUOTE_MAX_PX, QUOTE_MIN_PX, attributionLine, fitFontSize, type Fit } from '../../../shared/widgets/quote/fitText';

/** Resolves once web fonts have loaded (metrics change when the serif arrives). */
function useFontsReady(): boolean {
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

export function QuoteView({ widget, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'quote'>) {
  const p = widget.props;
  const textRef = useRef<HTMLQuoteElement>(null);
  const fontsReady = useFontsReady();
  const [fit, setFit] = useState<Fit & { for: string }>({ size: QUOTE_MAX_PX, overflow: false, for: '' });
  const attribution = attributionLine(p);
  const fitKey = `${p.text}|${attribution}|${width}x${height}|${fontsReady ? 'fonts' : 'fallback'}`;
  const inEditor = useRoute().name === 'edit';

  // Measure before paint. scrollHeight/clientHeight are layout sizes, unaffected by the
  // slide's CSS scale transform, so they are logical pixels.
  useLayoutEffect(() => {
    const el = textRef.current;
    if (!el) return;
    const fits = (size: number) => {
      el.style.fontSize = `${size}px`;
      return el.scrollHeight <= el.clientHeight + 1;
    };
    const result = fitFontSize(fits);
    el.style.fontSize = `${result.size}px`;
    setFit({ ...result, for: fitKey });
  }, [fitKey]);

  // Print waits for the fit made with the final fonts.
  useWidgetReady(readyKey, readyLabel, fontsReady && fit.for === fitKey);

  const attributionSize = Math.max(20, Math.min(28, Math.round(height / 22)));
  const link = mode === 'print' && /^https?:\/\//i.test(p.sourceUrl.trim()) ? p.sourceUrl.trim() : null;
  return (
    // A group, not a figure: a tagged PDF turns a figure into a /Figure, which readers announce
    // as an image needing alt text. The quote inside stays a /BlockQuote, the line a /Caption.
    <figure
      className="w-quote"
      role="group"
      data-overflow={fit.overflow ? 'true' : 'false'}
      data-font-size={fit.size}
      style={{
        width,
        height,
        margin: 0,
        boxSizing: 'border-box',
        padding: '12px 24px 12px 40px',
        borderLeft: `8px solid ${theme.colors.accent}`,
        display: 'flex',
        flexDirection: 'column',
        gap: 18,
        position: 'relative',
        color: theme.colors.text,
        overflow: 'hidden',
        // Fitting the type measures the text a few times; containment keeps each measure to
        // this box instead of laying out every slide of a 100-slide print document again.
        contain: 'strict',
      }}
    >
      <blockquote
        ref={textRef}
        className="w-quote-text"
        style={{
          flex: '1 1 auto',
          minHeight: 0,
          margin: 0,
          overflow: 'hidden',
          fontFamily: theme.fonts.serif,
          fontSize: fit.size,
          lineHeight: 1.3,
          display: 'flex',
          flexDirection: 'column',
          overflowWrap: 'anywhere',
        }}
        cite={link ?? undefined}
      >
        {/* auto margins centre the text but, unlike justify-content, keep its start visible when it overflows */}
        <p style={{ margin: 'auto 0' }}>
          <span aria-hidden style={{ color: theme.colors.accent, fontWeight: 600 }}>“</span>
          {p.text}
          <span aria-hidden style={{ color: theme.colors.accent, fontWeight: 600 }}>”</span>
        </p>
      </blockquote>
      {/* Between the text and the attribution, where the text is cut off: it covers neither. */}
      {fit.overflow && mode === 'live' && inEditor && (
        <div
          role="status"
          className="w-quote-overflow"
          style={{ flex: '0 0 auto', alignSelf: 'flex-start', background: '#b3261e', color: '#ffffff', fontFamily: theme.fonts.sans, fontSize: 18, lineHeight: 1.3, padding: '4px 10px', borderRadius: 6 }}
        >
          {`Quote too long for this slot even at ${QUOTE_MIN_PX} px: shorten it or use a larger slot`}
        </div>
      )}
      <figcaption
        className="w-quote-attribution"
        style={{ flex: '0 0 auto', fontFamily: theme.fonts.sans, fontSize: attributionSize, lineHeight: 1.35, color: theme.colors.muted }}
      >
        {link ? (
          <a href={link} style={{ color: 'inherit', textDecoration: 'none' }}>
            {attribution}
          </a>
        ) : (
          attribution
        )}
      </figcaption>
    </figure>
  );
}
