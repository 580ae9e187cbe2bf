// The quote widget's View: serif text set as large as fits its slot (autofit: 64 px, readable
// down to 22 px, then smaller rather than cut), the attribution line always shown.
import { useRef } from 'react';
import { QUOTE_FIT } from '../../../shared/widgets/autofit';
import { attributionLine } from '../../../shared/widgets/quote/fitText';
import { useWidgetReady } from '../readiness';
import { useReportFit } from '../fit/fitStatus';
import { fitAttributes, useAutofit } from '../fit/useAutofit';
import type { WidgetViewProps } from '../types';

export function QuoteView({ widget, deck, theme, width, height, mode, readyKey, readyLabel }: WidgetViewProps<'quote'>) {
  const p = widget.props;
  const textRef = useRef<HTMLQuoteElement>(null);
  const attribution = attributionLine(p, deck.meta.language);
  const { fit, settled } = useAutofit(textRef, `${p.text}|${attribution}|${width}x${height}`, QUOTE_FIT, { describeCut: () => 'the end of the quote is cut off' });
  // Print waits for the fit made with the final fonts.
  useWidgetReady(readyKey, readyLabel, settled);
  useReportFit(widget.id, mode, fit);

  const attributionSize = Math.max(20, Math.min(28, Math.round(height / 22)));
  const link = mode === 'print' && /^https?:\/\//i.test(p.sourceUrl.trim()) ? p.sourceUrl.trim() : null;
  return (
    // A group, not a figure: a tagged PDF turns a figure into a /Figure, which readers announce
    // as an image needing alt text. The quote inside stays a /BlockQuote, the line a /Caption.
    <figure
      className="w-quote"
      role="group"
      {...fitAttributes(fit)}
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
