// The marking banner of each exported slide. Today a deck has one (deck.meta.classification)
// and every slide carries it top and bottom. Portion markings and audiences (#13) plug in here:
// the slide's banner computed from its portions, and portion marks placed before each widget's
// shapes (planSlide calls portionMark for each widget), from the shared pure functions every
// surface uses, so the PowerPoint file cannot disagree with the PDF.
import type { Classification, Deck } from '../../deck/schema';
import { contrastText } from '../../theme';
import { BANNER_FONT_SIZE, BANNER_HEIGHT } from '../../layouts/slideChrome';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../deck/constants';
import type { Widget } from '../../widgets';
import type { PptxShape } from './shapes';

export function slideBanner(deck: Deck, _slideId: string | null): Classification | null {
  return deck.meta.classification;
}

/** A widget's portion mark ("(CUI)") as text before its shapes; none until portion markings exist. */
export function portionMark(_deck: Deck, _widget: Widget): string | null {
  return null;
}

/** The banner drawn top and bottom, as the slide view draws it. */
export function bannerShapes(marking: Classification | null): PptxShape[] {
  if (!marking) return [];
  return [0, SLIDE_HEIGHT - BANNER_HEIGHT].map((y, i) => ({
    kind: 'text' as const,
    name: i === 0 ? 'Marking (top)' : 'Marking (bottom)',
    box: { x: 0, y, w: SLIDE_WIDTH, h: BANNER_HEIGHT },
    paragraphs: [{ runs: [{ text: marking.label }], size: BANNER_FONT_SIZE, color: contrastText(marking.color), font: 'sans' as const, bold: true, align: 'center' as const }],
    valign: 'middle' as const,
    autofit: false,
    fill: marking.color,
    charSpacing: BANNER_FONT_SIZE * 0.08,
  }));
}
