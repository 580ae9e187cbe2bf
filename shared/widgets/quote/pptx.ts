// Quote widget -> the accent bar, the quotation as a serif text box set as large as it fits
// (22-64 px, as the slide view's fitting does), and the attribution line below it, linked to
// the publication when it has a web address.
import type { PptxExporter } from '../../export/pptx/context';
import type { QuoteWidget } from './schema';
import { CHAR_WIDTH_EM, textHeight } from '../../export/pptx/textFit';
import { QUOTE_MAX_PX, QUOTE_MIN_PX, attributionLine, fitFontSize } from './fitText';

const BAR = 8;
const PAD = { left: 40, right: 24, top: 12, bottom: 12 };
const GAP = 18;

export const quotePptx: PptxExporter<QuoteWidget> = (widget, deck, box, ctx) => {
  const p = widget.props;
  const c = ctx.theme.colors;
  const x = box.x + BAR + PAD.left;
  const w = box.w - BAR - PAD.left - PAD.right;
  const attribution = attributionLine(p, deck.meta.language);
  const attributionSize = Math.max(20, Math.min(28, Math.round(box.h / 22)));
  const attributionH = textHeight(attribution, w, attributionSize, CHAR_WIDTH_EM.sans, 1.35);
  const quoteH = Math.max(attributionSize, box.h - PAD.top - PAD.bottom - attributionH - GAP);
  const quoted = `“${p.text}”`;
  const fit = fitFontSize((size) => textHeight(quoted, w, size, CHAR_WIDTH_EM.serif, 1.3) <= quoteH, QUOTE_MIN_PX, QUOTE_MAX_PX);
  if (fit.overflow) ctx.warn(`${ctx.slideLabel}: the quote may be too long for its slot even at ${QUOTE_MIN_PX} px; PowerPoint shrinks it to fit. Shorten it or use a larger slot.`);
  const url = p.sourceUrl.trim();
  const link = /^https?:\/\//i.test(url) ? url : undefined;
  return [
    { kind: 'rect', name: 'Quote bar', box: { x: box.x, y: box.y, w: BAR, h: box.h }, fill: c.accent },
    {
      kind: 'text',
      name: 'Quote',
      box: { x, y: box.y + PAD.top, w, h: quoteH },
      paragraphs: [
        {
          runs: [{ text: '“', color: c.accent, bold: true }, { text: p.text }, { text: '”', color: c.accent, bold: true }],
          size: fit.size,
          color: c.text,
          font: 'serif',
          lineHeight: 1.3,
        },
      ],
      valign: 'middle',
      autofit: true,
    },
    {
      kind: 'text',
      name: 'Quote attribution',
      box: { x, y: box.y + box.h - PAD.bottom - attributionH, w, h: attributionH },
      paragraphs: [{ runs: [{ text: attribution, ...(link ? { link } : {}) }], size: attributionSize, color: c.muted, font: 'sans', lineHeight: 1.35 }],
      valign: 'bottom',
      autofit: false,
    },
  ];
};
