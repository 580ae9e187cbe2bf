// Choosing a deck's theme, and the organisation theme as Preferences keep it (with the logo's
// bytes, since preferences have no deck to hold them). Choosing the organisation theme copies
// it and its logo into the deck.
import { z } from 'zod';
import { AssetSchema, type Asset, type Deck } from '../deck/schema';
import { checkCorners, ORGANISATION_THEME_ID, organisationFields, type DeckOrganisationTheme } from './organisation';
import { THEMES } from '../theme';

/** The organisation theme in Preferences: the deck's fields, and the logo picture itself. */
export const PreferencesOrganisationThemeSchema = z.object({ ...organisationFields, logo: AssetSchema.nullable() }).superRefine(checkCorners);
export type PreferencesOrganisationTheme = z.infer<typeof PreferencesOrganisationThemeSchema>;

/** A theme a deck can choose: the built-ins, and the organisation theme when there is one. */
export function isThemeChoice(themeId: string): boolean {
  return themeId === ORGANISATION_THEME_ID || THEMES.some((t) => t.id === themeId);
}

/** The deck's copy of a Preferences organisation theme (the logo goes into deck.assets). */
export function organisationCopy(deck: Pick<Deck, 'assets'>, org: PreferencesOrganisationTheme): DeckOrganisationTheme {
  const { logo, ...fields } = org;
  if (logo && !Object.hasOwn(deck.assets, logo.id)) deck.assets[logo.id] = logo;
  return { ...fields, logoAssetId: logo?.id ?? null };
}

/** Sets the deck's theme. The organisation theme takes `org` (Preferences) when given, else the
 * copy the deck already carries; false when there is neither. */
export function setDeckTheme(deck: Deck, themeId: string, org: PreferencesOrganisationTheme | null): boolean {
  if (themeId === ORGANISATION_THEME_ID) {
    if (org) deck.organisationTheme = organisationCopy(deck, org);
    if (!deck.organisationTheme) return false;
  } else if (!THEMES.some((t) => t.id === themeId)) return false;
  deck.themeId = themeId;
  return true;
}

/** Whether the deck's copy differs from Preferences' (the Deck tab offers to update it). */
export function sameOrganisationTheme(copy: DeckOrganisationTheme | null, org: PreferencesOrganisationTheme | null, assets: Record<string, Asset>): boolean {
  if (!copy || !org) return copy === null && org === null;
  const { logo, ...fields } = org;
  const { logoAssetId, ...copied } = copy;
  const logoSame = logo ? logoAssetId === logo.id && Object.hasOwn(assets, logo.id) : logoAssetId === null;
  return logoSame && JSON.stringify(copied) === JSON.stringify({ ...fields });
}
