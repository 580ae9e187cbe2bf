// Text widget -> one PowerPoint text box: the heading, then bullets (real bullets, or plain
// paragraphs) whose **bold** and _italic_ markers become bold and italic runs. Sizes follow
// the slide view (renderer/widgets/text); shrink on overflow, and a warning when it will not fit.
import type { PptxExporter } from '../../export/pptx/context';
import type { TextWidget } from './schema';
import type { TextParagraph } from '../../export/pptx/shapes';
import { CHAR_WIDTH_EM, textHeight } from '../../export/pptx/textFit';
import { parseInline } from './inline';

export const textPptx: PptxExporter<TextWidget> = (widget, _deck, box, ctx) => {
  const { heading, bullets, bulleted } = widget.props;
  const c = ctx.theme.colors;
  const base = Math.max(18, Math.min(40, box.h / Math.max(6, bullets.length * 2.2 + 2)));
  const paragraphs: TextParagraph[] = [];
  if (heading !== '') {
    paragraphs.push({ runs: [{ text: heading }], size: base * 1.3, color: c.accent, font: 'sans', bold: true, spaceAfter: base * 1.3 * 0.5 });
  }
  for (const b of bullets) {
    paragraphs.push({
      runs: parseInline(b).map((r) => ({ text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) })),
      size: base,
      color: c.text,
      font: 'sans',
      bullet: bulleted,
      lineHeight: 1.35,
      spaceAfter: base * (bulleted ? 0.4 : 0.5),
    });
  }
  const indent = bulleted ? base * 1.2 : 0;
  const needed =
    (heading !== '' ? textHeight(heading, box.w, base * 1.3, CHAR_WIDTH_EM.sans, 1.2) + base * 0.65 : 0) +
    bullets.reduce((sum, b) => sum + textHeight(b.replace(/\*\*|_/g, ''), box.w - indent, base, CHAR_WIDTH_EM.sans, 1.35) + base * 0.45, 0);
  if (needed > box.h * 1.05) ctx.warn(`${ctx.slideLabel}: the text may not fit its box; PowerPoint shrinks it to fit. Shorten it or use a larger slot.`);
  return [{ kind: 'text', name: 'Text', box, paragraphs, valign: 'top', autofit: true }];
};
