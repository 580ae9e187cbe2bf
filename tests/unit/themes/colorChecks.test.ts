// The theme colour checks with known pairs: WCAG contrast at its thresholds (#767676 is the
// lightest grey that passes 4.5:1 on white, #777777 fails), colour pairs that colour-blind
// people confuse (Tableau's green and orange under protanopia, its red and green under
// deuteranopia) and pairs they do not, CIEDE2000 against Sharma, Wu & Dalal's published data,
// and every built-in theme passing its own checks.
import { differenceCiede2000 } from 'culori';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../shared/contrast';
import { THEMES } from '../../../shared/theme';
import { BRIEFING_THEME, BRIGHT_ROOM_THEME, PRINT_THEME } from '../../../shared/themes/builtIn';
import { organisationTheme, starterOrganisationTheme } from '../../../shared/themes/organisation';
import { colourDifference, contrastWarning, MIN_CATEGORY_DIFFERENCE, MIN_TEXT_CONTRAST, separationWarnings, themeWarnings } from '../../../shared/themes/colorChecks';

const named = (key: string, color: string) => ({ key, name: key[0]!.toUpperCase() + key.slice(1), color });

describe('text contrast (WCAG 2)', () => {
  it('warns at 4.48:1 and not at 4.54:1, in words with the ratio and the need', () => {
    const white = named('background', '#ffffff');
    expect(contrastWarning(named('text', '#767676'), white, MIN_TEXT_CONTRAST, 'body text')).toBeNull();
    const w = contrastWarning(named('text', '#777777'), white, MIN_TEXT_CONTRAST, 'body text');
    expect(w?.keys).toEqual(['text', 'background']);
    expect(w?.message).toBe('Text (#777777) on background (#ffffff) has a contrast of 4.4:1; body text needs at least 4.5:1 to be read.');
  });
});

describe('colour difference (CIEDE2000)', () => {
  it('matches Sharma, Wu & Dalal (2005) test pairs as the library computes it', () => {
    const de = differenceCiede2000();
    const lab = (l: number, a: number, b: number) => ({ mode: 'lab65' as const, l, a, b });
    expect(de(lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485))).toBeCloseTo(2.0425, 4);
    expect(de(lab(50, 0, 0), lab(50, -1, 2))).toBeCloseTo(2.3669, 4);
    expect(de(lab(50, 2.5, 0), lab(73, 25, -18))).toBeCloseTo(27.1492, 4);
  });

  it('finds the pairs colour-blind people confuse, and only for their kind of vision', () => {
    // Tableau 10's green and orange: far apart for most people, nearly one colour with protanopia.
    expect(colourDifference('#2ca02c', '#ff7f0e')).toBeGreaterThan(50);
    expect(colourDifference('#2ca02c', '#ff7f0e', 'protanopia')).toBeLessThan(5);
    // Its red and green: the classic deuteranopia confusion (72 apart for normal vision).
    expect(colourDifference('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(MIN_CATEGORY_DIFFERENCE + 2);
    expect(colourDifference('#d62728', '#2ca02c')).toBeGreaterThan(70);
    // Blue and orange stay apart for everyone.
    for (const v of ['normal', 'deuteranopia', 'protanopia'] as const) expect(colourDifference('#1f77b4', '#ff7f0e', v)).toBeGreaterThan(50);
  });

  it('names the vision that confuses a pair, the difference and what is needed', () => {
    const [w, ...rest] = separationWarnings([named('partner', '#2ca02c'), named('competitor', '#ff7f0e'), named('focus', '#1f77b4')], 'maps');
    expect(rest).toEqual([]);
    expect(w!.keys).toEqual(['partner', 'competitor']);
    expect(w!.message).toMatch(/^Partner \(#2ca02c\) and competitor \(#ff7f0e\) look alike to people with protanopia .* on maps: a colour difference of \d\.\d, at least 12 is needed\.$/);
  });
});

describe('built-in themes', () => {
  it('are at least four, each passing its own checks', () => {
    expect(THEMES.length).toBeGreaterThanOrEqual(4);
    for (const theme of THEMES) expect(themeWarnings(theme), theme.name).toEqual([]);
  });

  it('the dark one has AAA contrast (7:1) for text and secondary text', () => {
    expect(contrastRatio(BRIGHT_ROOM_THEME.colors.text, BRIGHT_ROOM_THEME.colors.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(BRIGHT_ROOM_THEME.colors.muted, BRIGHT_ROOM_THEME.colors.background)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(BRIGHT_ROOM_THEME.colors.background, '#ffffff')).toBeGreaterThan(15);
  });

  it('the print one puts no ink on water and keeps its map colours (and land) apart in greyscale', () => {
    expect(PRINT_THEME.colors.water).toBe('#ffffff');
    expect(PRINT_THEME.colors.background).toBe('#ffffff');
    const roles = [...Object.values(PRINT_THEME.colors.roles), PRINT_THEME.colors.land];
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        // Luminance alone (what a greyscale copy keeps) tells them apart: at least 1.5:1.
        expect(contrastRatio(roles[i]!, roles[j]!), `${roles[i]} / ${roles[j]}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });

  it('warn for a theme with a weak text colour and confusable map colours', () => {
    const bad = { ...THEMES[0]!, colors: { ...THEMES[0]!.colors, muted: '#b0b0b0', roles: { ...THEMES[0]!.colors.roles, partner: '#2ca02c', focus: '#ff7f0e' } } };
    const messages = themeWarnings(bad).map((w) => w.message);
    expect(messages.some((m) => m.startsWith('Secondary text (#b0b0b0) on background (#ffffff) has a contrast of 2.1:1'))).toBe(true);
    expect(messages.some((m) => m.startsWith('Partner (#2ca02c) and focus (#ff7f0e) look alike to people with protanopia'))).toBe(true);
  });

  it('name two chart colours that are the same colour, even when one of them is also a map colour', () => {
    // An organisation theme's chart colours are partner, focus, competitor, accent: an accent the
    // same as the partner draws chart series 1 and 4 alike, which the map check never compares.
    const same = organisationTheme({ ...starterOrganisationTheme(), palette: { ...starterOrganisationTheme().palette, partner: '#1f5fa8', accent: '#1f5fa8' } });
    expect(themeWarnings(same)).toEqual([
      { keys: ['series.0', 'series.3'], message: 'Chart colour 1 (#1f5fa8) and chart colour 4 (#1f5fa8) look alike to anyone on charts: a colour difference of 0.0, at least 12 is needed.' },
    ]);
    // Two map colours that look alike are named once, by the maps check.
    const maps = organisationTheme({ ...starterOrganisationTheme(), palette: { ...starterOrganisationTheme().palette, partner: '#2e7d32' } });
    const keys = themeWarnings(maps).map((w) => w.keys);
    expect(keys).toContainEqual(['roles.partner', 'roles.competitor']);
    expect(keys).not.toContainEqual(['series.0', 'series.2']);
  });

  it('start an organisation theme with none: its colours are the default theme’s distinct ones', () => {
    const s = starterOrganisationTheme();
    expect(themeWarnings(organisationTheme(s))).toEqual([]);
    expect(organisationTheme(s).colors.series.slice(0, 4)).toEqual(['#1f5fa8', '#e08a00', '#b3261e', '#2e8b57']);
    for (const c of organisationTheme(s).colors.series.slice(0, 4)) expect(BRIEFING_THEME.colors.series).toContain(c);
  });
});
