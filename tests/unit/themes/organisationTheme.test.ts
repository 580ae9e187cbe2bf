// The organisation theme: what it turns into (fonts, palette, maps' and charts' colours, logo),
// the copy a deck carries (in the file, read back; a missing logo refused), choosing themes
// (unknown ids refused, the logo copied into the deck's assets), and a deck without a theme
// field drawn in today's theme unchanged.
import { describe, expect, it } from 'vitest';
import { createDeck } from '../../../shared/deck/operations';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import { BRIEFING_THEME, themeOf } from '../../../shared/theme';
import { isThemeChoice, sameOrganisationTheme, setDeckTheme, type PreferencesOrganisationTheme } from '../../../shared/themes/deckTheme';
import { organisationTheme, starterOrganisationTheme } from '../../../shared/themes/organisation';
import type { Asset } from '../../../shared/deck/schema';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';

const LOGO: Asset = {
  id: 'img_0123456789abcdef0123456789abcdef01234567',
  name: 'logo.svg',
  mime: 'image/svg+xml',
  data: bytesToBase64(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#7a1f5c"/></svg>')),
  source: null,
};

function org(patch: Partial<PreferencesOrganisationTheme> = {}): PreferencesOrganisationTheme {
  const s = starterOrganisationTheme();
  return { ...s, name: 'Ministry of Examples', fonts: { text: 'Source Serif 4', quotes: 'Inter' }, palette: { ...s.palette, accent: '#7a1f5c', partner: '#005f73', competitor: '#ae2012' }, logoCorner: 'bottom-left', logo: LOGO, ...patch };
}

describe('the organisation theme', () => {
  it('turns into a theme: its fonts first in the stacks, palette on titles, maps and charts, the logo', () => {
    const t = organisationTheme({ ...org(), logoAssetId: LOGO.id });
    expect(t.name).toBe('Ministry of Examples');
    expect(t.fonts.sans.startsWith("'Source Serif 4', ")).toBe(true);
    expect(t.fonts.serif.startsWith("'Inter', ")).toBe(true);
    expect(t.colors.accent).toBe('#7a1f5c');
    expect(t.colors.roles).toEqual({ partner: '#005f73', focus: '#e08a00', competitor: '#ae2012', other: '#7a8796' });
    expect(t.colors.series.slice(0, 4)).toEqual(['#005f73', '#e08a00', '#ae2012', '#7a1f5c']);
    expect(t.logo).toEqual({ assetId: LOGO.id, corner: 'bottom-left' });
    // The palette is in the id, so drawings cached by theme id see a change.
    expect(organisationTheme({ ...org({ palette: { ...org().palette, partner: '#000080' } }), logoAssetId: null }).id).not.toBe(t.id);
  });

  it('is copied into a deck that chooses it, logo and all, and read back from the file the same', () => {
    const deck = createDeck('Copy');
    expect(setDeckTheme(deck, 'organisation', org())).toBe(true);
    expect(deck.themeId).toBe('organisation');
    expect(deck.assets[LOGO.id]).toEqual(LOGO);
    expect(deck.organisationTheme).toMatchObject({ name: 'Ministry of Examples', logoAssetId: LOGO.id, logoCorner: 'bottom-left' });
    expect(sameOrganisationTheme(deck.organisationTheme, org(), deck.assets)).toBe(true);
    expect(sameOrganisationTheme(deck.organisationTheme, org({ name: 'Renamed' }), deck.assets)).toBe(false);
    const read = parseDeckText(serializeDeck(deck), 'copy.briefdeck');
    expect(read.organisationTheme).toEqual(deck.organisationTheme);
    expect(themeOf(read).colors.accent).toBe('#7a1f5c');
    // Another theme keeps the copy, so choosing it again needs no Preferences.
    expect(setDeckTheme(read, 'print', null)).toBe(true);
    expect(themeOf(read).id).toBe('print');
    expect(setDeckTheme(read, 'organisation', null)).toBe(true);
    expect(themeOf(read).name).toBe('Ministry of Examples');
  });

  it('is refused where there is none, as are unknown theme ids', () => {
    const deck = createDeck('None');
    expect(setDeckTheme(deck, 'organisation', null)).toBe(false);
    expect(setDeckTheme(deck, 'neon', null)).toBe(false);
    expect(deck.themeId).toBe('briefing');
    expect(isThemeChoice('brightRoom')).toBe(true);
    expect(isThemeChoice('neon')).toBe(false);
  });

  it('in a file whose logo picture is missing, or with the logo in the slide number’s corner, is refused by name', () => {
    const deck = createDeck('Broken');
    setDeckTheme(deck, 'organisation', org());
    const text = serializeDeck(deck);
    const noLogo = JSON.parse(text);
    noLogo.assets = {};
    expect(() => parseDeckText(JSON.stringify(noLogo), 'x.briefdeck')).toThrow(/logo picture "img_0123456789abcdef0123456789abcdef01234567" is missing/);
    const clash = JSON.parse(text);
    clash.organisationTheme.logoCorner = 'bottom-right';
    clash.organisationTheme.slideNumber = 'bottom-right';
    expect(() => parseDeckText(JSON.stringify(clash), 'x.briefdeck')).toThrow(/the logo and the slide number cannot share a corner/);
    const font = JSON.parse(text);
    font.organisationTheme.fonts.text = "Inter'; } body { color: red";
    expect(() => parseDeckText(JSON.stringify(font), 'x.briefdeck')).toThrow(/font family name/);
  });

  it('leaves a deck without a theme field in today’s theme, unchanged', () => {
    const deck = createDeck('Old');
    const raw = JSON.parse(serializeDeck(deck));
    delete raw.themeId;
    delete raw.organisationTheme;
    const read = parseDeckText(JSON.stringify(raw), 'old.briefdeck');
    expect(read.themeId).toBe('briefing');
    expect(read.organisationTheme).toBeNull();
    expect(themeOf(read)).toBe(BRIEFING_THEME);
  });
});
