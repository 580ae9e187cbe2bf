// Key-figure widget -> one text box: the number (with its unit in smaller type), the label and
// the comparison line with its trend arrow, at the slide view's sizes (renderer/widgets/keyFigure).
import type { PptxExporter } from '../../export/pptx/context';
import type { KeyFigureWidget } from './schema';
import type { TextParagraph } from '../../export/pptx/shapes';
import { keyFigureValue } from './value';

const ARROWS = { up: '▲', down: '▼', none: '' } as const;

export const keyFigurePptx: PptxExporter<KeyFigureWidget> = (widget, deck, box, ctx) => {
  const { unit, label, comparison, trend } = widget.props;
  const value = keyFigureValue(widget.props.value, deck.meta.language);
  const c = ctx.theme.colors;
  const big = Math.max(32, Math.min(box.h * 0.3, 190, (box.w * 1.55) / Math.max(3, value.length + unit.length * 0.5)));
  const labelSize = Math.max(22, Math.min(36, box.w / 14, box.h / 9));
  const paragraphs: TextParagraph[] = [
    {
      runs: [{ text: value, bold: true }, ...(unit !== '' ? [{ text: ` ${unit}`, size: big * 0.45, bold: true }] : [])],
      size: big,
      color: c.accent,
      font: 'sans',
      lineHeight: 1,
      spaceAfter: labelSize * 0.5,
    },
  ];
  if (label !== '') paragraphs.push({ runs: [{ text: label, bold: true }], size: labelSize, color: c.text, font: 'sans', lineHeight: 1.25, spaceAfter: labelSize * 0.8 * 0.4 });
  if (comparison !== '') {
    const arrow = ARROWS[trend];
    paragraphs.push({ runs: [{ text: arrow !== '' ? `${arrow} ${comparison}` : comparison }], size: labelSize * 0.8, color: c.muted, font: 'sans' });
  }
  return [{ kind: 'text', name: 'Key figure', box, paragraphs, valign: 'middle', autofit: true }];
};
