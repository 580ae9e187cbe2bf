// Themes as data: colours and fonts every renderer (editor, present, print) reads.
// A deck names its theme by id; unknown ids fall back to the default.
import { textColorOn } from './contrast';
import type { CountryRole } from './widgets/map/schema';

export interface Theme {
  id: string;
  name: string;
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
    roles: Record<CountryRole, string>;
    /** Categorical series colours for charts. */
    series: readonly string[];
  };
  /** Where a numbered slide shows its number (deck.meta.slideNumbers). */
  slideNumber: { position: SlideNumberPosition };
}

export type SlideNumberPosition = 'bottom-right' | 'bottom-left' | 'bottom-center';

export const BRIEFING_THEME: Theme = {
  id: 'briefing',
  name: 'Briefing',
  fonts: { sans: "'Inter', 'Noto Sans', 'DejaVu Sans', sans-serif", serif: "'Source Serif 4', 'Noto Serif', Georgia, serif" },
  colors: {
    background: '#ffffff',
    text: '#1b2330',
    muted: '#5b6576',
    accent: '#1f5fa8',
    titleBand: '#0f2a4a',
    land: '#e3e6ea',
    water: '#f4f7fa',
    border: '#ffffff',
    roles: { partner: '#1f5fa8', focus: '#e08a00', competitor: '#b3261e', other: '#7a8796' },
    series: ['#1f5fa8', '#e08a00', '#2e8b57', '#b3261e', '#6a4c93', '#7a8796', '#00838f'],
  },
  slideNumber: { position: 'bottom-right' },
};

export const THEMES: readonly Theme[] = [BRIEFING_THEME];

export function getTheme(id: string): Theme {
  return THEMES.find((t) => t.id === id) ?? BRIEFING_THEME;
}

/** Black or white text for a coloured band: the one with the better WCAG contrast (shared/contrast.ts). */
export function contrastText(hex: string): string {
  return textColorOn(hex);
}
