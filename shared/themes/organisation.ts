// The organisation theme: the office's fonts, palette, slide-number corner and logo, set in
// Preferences. A deck that uses it carries a copy (deck.organisationTheme, its logo in
// deck.assets), so it opens the same on a machine with other preferences. organisationTheme
// turns that copy into the Theme every renderer reads.
import { z } from 'zod';
import { IdSchema } from '../deck/idSchema';
import { mixColor } from '../widgets/map/paint';
import type { Theme } from '../theme';

export const ORGANISATION_THEME_ID = 'organisation';

const HexSchema = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour as #rrggbb');
/** A family name as CSS and the PowerPoint XML take it unquoted-safe: no quotes, commas or markup. */
export const FontFamilySchema = z.string().trim().min(1).max(80).regex(/^[\p{L}\p{N} ._-]+$/u, 'a font family name (letters, digits, spaces, dots and hyphens)');

export const PALETTE_KEYS = ['background', 'text', 'muted', 'accent', 'titles', 'partner', 'focus', 'competitor', 'neutral'] as const;
export type PaletteKey = (typeof PALETTE_KEYS)[number];

export const organisationFields = {
  // Shown in the Deck tab's theme list and the PowerPoint colour scheme's name.
  name: z.string().trim().min(1).max(80),
  // Font families: `text` for titles and text, `quotes` for quotations.
  fonts: z.object({ text: FontFamilySchema, quotes: FontFamilySchema }),
  // The office's colours; maps and charts take partner / focus / competitor / neutral from here.
  palette: z.object(Object.fromEntries(PALETTE_KEYS.map((k) => [k, HexSchema])) as Record<PaletteKey, typeof HexSchema>),
  // Where a numbered slide shows its number.
  slideNumber: z.enum(['bottom-right', 'bottom-left', 'bottom-center']),
  // The corner of every slide that shows the logo too; null = title slides only.
  logoCorner: z.enum(['bottom-left', 'bottom-right']).nullable(),
};

/** The logo and the slide number cannot both have a bottom corner. */
export function checkCorners(t: { slideNumber: string; logoCorner: string | null }, ctx: z.RefinementCtx): void {
  if (t.logoCorner !== null && t.logoCorner === t.slideNumber) {
    ctx.addIssue({ code: 'custom', path: ['logoCorner'], message: 'the logo and the slide number cannot share a corner' });
  }
}

export const OrganisationThemeFieldsSchema = z.object(organisationFields).superRefine(checkCorners);
export type OrganisationThemeFields = z.infer<typeof OrganisationThemeFieldsSchema>;

/** The copy a deck carries. */
export const DeckOrganisationThemeSchema = z.object({ ...organisationFields, logoAssetId: IdSchema.nullable() }).superRefine(checkCorners);
export type DeckOrganisationTheme = z.infer<typeof DeckOrganisationThemeSchema>;

/** Where an organisation starts: Briefing's colours, the bundled fonts, no logo. The accent is
 * the fourth chart colour here (SERIES_FROM_PALETTE), so it is Briefing's green chart colour, not
 * its blue, which is the partner's: chart series 1 and 4 would look the same and the editor warn. */
export function starterOrganisationTheme(): OrganisationThemeFields {
  return {
    name: 'Our organisation',
    fonts: { text: 'Inter', quotes: 'Source Serif 4' },
    palette: { background: '#ffffff', text: '#1b2330', muted: '#5b6576', accent: '#2e8b57', titles: '#0f2a4a', partner: '#1f5fa8', focus: '#e08a00', competitor: '#b3261e', neutral: '#7a8796' },
    slideNumber: 'bottom-right',
    logoCorner: null,
  };
}

const SANS_FALLBACK = "'Inter', 'Noto Sans', 'DejaVu Sans', sans-serif";
const SERIF_FALLBACK = "'Source Serif 4', 'Noto Serif', Georgia, serif";

/** Chart series in palette terms: the first four are what the colour checks compare. */
export const SERIES_FROM_PALETTE: readonly PaletteKey[] = ['partner', 'focus', 'competitor', 'accent', 'neutral'];

const made = new WeakMap<object, Theme>();

/** The Theme for an organisation theme (the same object for the same copy, so views can memo). */
export function organisationTheme(t: OrganisationThemeFields & { logoAssetId?: string | null }): Theme {
  const cached = made.get(t);
  if (cached) return cached;
  const p = t.palette;
  const theme: Theme = {
    // The content is in the id: caches keyed by theme id (map drawings) see a changed palette.
    id: `${ORGANISATION_THEME_ID}:${hash(JSON.stringify([t.fonts, t.palette]))}`,
    name: t.name,
    description: 'Your organisation’s fonts, colours and logo, from Preferences.',
    fonts: { sans: `'${t.fonts.text}', ${SANS_FALLBACK}`, serif: `'${t.fonts.quotes}', ${SERIF_FALLBACK}` },
    colors: {
      background: p.background,
      text: p.text,
      muted: p.muted,
      accent: p.accent,
      titleBand: p.titles,
      land: mixColor(p.background, p.text, 0.12),
      water: mixColor(p.background, p.accent, 0.06),
      border: p.background,
      grid: mixColor(p.background, p.text, 0.15),
      surface: mixColor(p.background, p.text, 0.06),
      roles: { partner: p.partner, focus: p.focus, competitor: p.competitor, other: p.neutral },
      series: SERIES_FROM_PALETTE.map((k) => p[k]),
    },
    slideNumber: { position: t.slideNumber },
    logo: t.logoAssetId ? { assetId: t.logoAssetId, corner: t.logoCorner } : null,
  };
  made.set(t, theme);
  return theme;
}

/** Theme paths (colorChecks keys) -> the palette field they come from, for the editor's warnings. */
export function paletteKeyOf(themeKey: string): PaletteKey | null {
  const direct: Record<string, PaletteKey> = {
    background: 'background',
    text: 'text',
    muted: 'muted',
    accent: 'accent',
    titleBand: 'titles',
    'roles.partner': 'partner',
    'roles.focus': 'focus',
    'roles.competitor': 'competitor',
    'roles.other': 'neutral',
  };
  const series = /^series\.(\d+)$/.exec(themeKey);
  if (series) return SERIES_FROM_PALETTE[Number(series[1])] ?? null;
  return direct[themeKey] ?? null;
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
