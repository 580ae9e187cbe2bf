// The markings of each exported slide, from the same audience variant every surface draws
// (shared/markings/variant.ts): the banner top and bottom, the portion mark at the start of each
// widget and of the title, and the neutral box a withheld widget leaves, so the PowerPoint file
// cannot disagree with the PDF.
import { BANNER_FONT_SIZE, BANNER_HEIGHT, PORTION_MARK } from '../../layouts/slideChrome';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../deck/constants';
import { WITHHELD_TEXT, type Banner } from '../../markings/variant';
import type { Theme } from '../../theme';
import type { PptxShape } from './shapes';

/** The banner drawn top and bottom, as the slide view draws it. */
export function bannerShapes(banner: Banner | null): PptxShape[] {
  if (!banner) return [];
  return [0, SLIDE_HEIGHT - BANNER_HEIGHT].map((y, i) => ({
    kind: 'text' as const,
    name: i === 0 ? 'Marking (top)' : 'Marking (bottom)',
    box: { x: 0, y, w: SLIDE_WIDTH, h: BANNER_HEIGHT },
    paragraphs: [{ runs: [{ text: banner.text }], size: BANNER_FONT_SIZE, color: banner.color, font: 'sans' as const, bold: true, align: 'center' as const }],
    valign: 'middle' as const,
    autofit: false,
    fill: banner.background,
    charSpacing: BANNER_FONT_SIZE * 0.08,
  }));
}

/** A widget's portion mark ("(CUI)") on the line the slide view keeps for it at the top of the slot. */
export function portionMarkShape(mark: string, box: { x: number; y: number; w: number }, theme: Theme): PptxShape {
  return {
    kind: 'text',
    name: 'Portion marking',
    box: { x: box.x, y: box.y, w: box.w, h: PORTION_MARK.height },
    paragraphs: [{ runs: [{ text: mark }], size: PORTION_MARK.size, color: theme.colors.muted, font: 'sans', bold: true }],
    valign: 'top',
    autofit: false,
  };
}

/** The neutral box a withheld widget leaves in its slot. */
export function withheldShape(box: { x: number; y: number; w: number; h: number }, theme: Theme): PptxShape {
  return {
    kind: 'text',
    name: 'Withheld',
    box,
    paragraphs: [{ runs: [{ text: WITHHELD_TEXT }], size: 24, color: theme.colors.muted, font: 'sans', align: 'center' }],
    valign: 'middle',
    autofit: false,
    fill: '#f1f3f5',
  };
}
