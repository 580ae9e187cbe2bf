// Themes as data: colours, fonts, the slide number's corner and (organisation theme) the logo
// that every renderer (editor, thumbnails, presenting, PDF, PowerPoint) reads through themeOf.
// A deck names its theme by id; unknown ids fall back to the default.
import { textColorOn } from './contrast';
import type { CountryRole } from './widgets/map/schema';
import { BUILT_IN_THEMES, BRIEFING_THEME } from './themes/builtIn';
import { ORGANISATION_THEME_ID, organisationTheme, type DeckOrganisationTheme } from './themes/organisation';

export { BRIEFING_THEME } from './themes/builtIn';

export interface Theme {
  id: string;
  name: string;
  /** What the Deck tab says about it. */
  description: string;
  /** CSS font stacks: sans for titles and text, serif for quotations. */
  fonts: { sans: string; serif: string };
  colors: {
    background: string;
    text: string;
    muted: string;
    accent: string;
    titleBand: string;
    land: string;
    water: string;
    border: string;
    /** Chart gridlines. */
    grid: string;
    /** A quiet panel on the background (the box a withheld widget leaves). */
    surface: string;
    roles: Record<CountryRole, string>;
    /** Categorical series colours for charts. */
    series: readonly string[];
  };
  /** Where a numbered slide shows its number (deck.meta.slideNumbers). */
  slideNumber: { position: SlideNumberPosition };
  /** The organisation's logo: on title slides, and in a corner of every slide if chosen. */
  logo: ThemeLogo | null;
}

export type SlideNumberPosition = 'bottom-right' | 'bottom-left' | 'bottom-center';
export type LogoCorner = 'bottom-left' | 'bottom-right';

export interface ThemeLogo {
  /** The picture in deck.assets. */
  assetId: string;
  /** The corner of every slide that also shows it; null = title slides only. */
  corner: LogoCorner | null;
}

export const THEMES: readonly Theme[] = BUILT_IN_THEMES;

/** A built-in theme by id (unknown ids: the default). */
export function getTheme(id: string): Theme {
  return THEMES.find((t) => t.id === id) ?? BRIEFING_THEME;
}

/** The theme a deck is drawn in: its own copy of the organisation theme when it chose that,
 * else the built-in theme it names. */
export function themeOf(deck: { themeId: string; organisationTheme: DeckOrganisationTheme | null }): Theme {
  if (deck.themeId === ORGANISATION_THEME_ID && deck.organisationTheme) return organisationTheme(deck.organisationTheme);
  return getTheme(deck.themeId);
}

/** Black or white text for a coloured band: the one with the better WCAG contrast (shared/contrast.ts). */
export function contrastText(hex: string): string {
  return textColorOn(hex);
}
