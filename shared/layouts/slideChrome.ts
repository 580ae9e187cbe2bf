// Where a slide draws what is not a slot, in logical slide pixels (1920x1080): the title (a band
// heading, or the large hero title of title slides), its accent rule, the marking banners and
// the source line under a widget. The slide view and the PowerPoint export both read these.
import { SLIDE_WIDTH } from '../deck/constants';
import type { LogoCorner, SlideNumberPosition, ThemeLogo } from '../theme';

/** Heading of ordinary slides: 60 px bold, an accent rule 16 px below it. */
export const TITLE_BAND = { x: 96, y: 58, w: 1728, h: 110, size: 60, lineHeight: 1.1, rule: { gap: 16, w: 120, h: 6 } } as const;
/** Title slides: 96 px extra-bold, set at the bottom of its box, the rule 28 px below it. */
export const TITLE_HERO = { x: 154, y: 260, w: 1612, h: 320, size: 96, lineHeight: 1.05, rule: { gap: 28, w: 160, h: 8 } } as const;

export const BANNER_HEIGHT = 34;
export const BANNER_FONT_SIZE = 20;
export const SOURCE_LINE_HEIGHT = 30;
export const SOURCE_LINE_FONT_SIZE = 17;
/** A slide's own number: a line under the slots (they end at 972) and above the bottom marking
 * banner (from 1046), inset like the title; the theme picks the corner. */
export const SLIDE_NUMBER = { y: 994, h: 40, w: 240, inset: 96, size: 24 } as const;

/** The slide number's box and alignment for a theme's position, in logical slide pixels. */
export function slideNumberBox(position: SlideNumberPosition): { x: number; y: number; w: number; h: number; align: 'left' | 'center' | 'right' } {
  const { y, h, w, inset } = SLIDE_NUMBER;
  const x = position === 'bottom-left' ? inset : position === 'bottom-center' ? (SLIDE_WIDTH - w) / 2 : SLIDE_WIDTH - inset - w;
  return { x, y, w, h, align: position === 'bottom-left' ? 'left' : position === 'bottom-center' ? 'center' : 'right' };
}

/** A portion mark ("(S//NF)") takes a line at the top of its slot, so it never covers the widget. */
export const PORTION_MARK = { height: 28, size: 18 } as const;

/** The organisation theme's logo (a picture fit inside, towards the slide's edge): above the
 * large title of title slides, and in a bottom corner of every other slide if the theme says so
 * (beside the slide number's line, never in its corner). */
export const LOGO = { hero: { x: 154, y: 110, w: 560, h: 120 }, corner: { y: 990, h: 48, w: 280, inset: 96 } } as const;

export function logoBox(place: 'hero' | LogoCorner): { x: number; y: number; w: number; h: number; align: 'left' | 'right' } {
  if (place === 'hero') return { ...LOGO.hero, align: 'left' };
  const { y, h, w, inset } = LOGO.corner;
  return place === 'bottom-left' ? { x: inset, y, w, h, align: 'left' } : { x: SLIDE_WIDTH - inset - w, y, w, h, align: 'right' };
}

/** Where a slide shows the theme's logo: title slides (no title band) above their title, others
 * in the theme's corner if it has one. */
export function logoPlace(logo: ThemeLogo | null, titleSlide: boolean): 'hero' | LogoCorner | null {
  if (!logo) return null;
  return titleSlide ? 'hero' : logo.corner;
}
