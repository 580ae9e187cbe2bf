// Colour checks for a theme, in words a person can act on: text contrast by the WCAG formula
// (shared/contrast.ts) and, for colours that must be told apart on maps and charts, the
// CIEDE2000 difference as seen with normal vision and as simulated for protanopia and
// deuteranopia (Machado, Oliveira & Fernandes 2009, severity 1, via culori).
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, type Color } from 'culori';
import { contrastRatio } from '../contrast';
import type { Theme } from '../theme';

/** Normal text (source lines, bullets) needs 4.5:1 (WCAG 2 AA, 1.4.3). */
export const MIN_TEXT_CONTRAST = 4.5;
/** Large text (titles, key figures) and graphics (the accent rule) need 3:1 (1.4.3, 1.4.11). */
export const MIN_LARGE_CONTRAST = 3;
/** ΔE00 of about 2 is just noticeable side by side; a legend swatch and a small country need
 * far more to be named at a glance. 12 keeps Briefing's map roles and first four chart colours
 * apart under both simulations (its closest pair, green and red, is 14.9 for deuteranopia). */
export const MIN_CATEGORY_DIFFERENCE = 12;
/** Charts rarely have more than four series; the colours after the fourth are checked against nothing. */
export const CHECKED_SERIES = 4;

const deltaE = differenceCiede2000();

export const VISIONS = [
  { id: 'normal', words: 'anyone', simulate: (c: Color) => c },
  { id: 'deuteranopia', words: 'people with deuteranopia (red–green colour blindness, the most common kind)', simulate: filterDeficiencyDeuter(1) },
  { id: 'protanopia', words: 'people with protanopia (red–green colour blindness, reds look dark)', simulate: filterDeficiencyProt(1) },
] as const;
export type Vision = (typeof VISIONS)[number]['id'];

function color(hex: string): Color {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
}

/** CIEDE2000 difference between two "#rrggbb" colours as seen with `vision`. */
export function colourDifference(a: string, b: string, vision: Vision = 'normal'): number {
  const v = VISIONS.find((x) => x.id === vision)!;
  return deltaE(v.simulate(color(a)), v.simulate(color(b)));
}

/** A colour as the check names it: `key` is the theme path ("text", "roles.partner", "series.2"). */
export interface NamedColour {
  key: string;
  name: string;
  color: string;
}

export interface ColourWarning {
  /** The colours it is about (theme paths), so an editor can show it beside each. */
  keys: string[];
  message: string;
}

const ratio = (r: number) => `${(Math.floor(r * 10) / 10).toFixed(1)}:1`;

/** A warning when `fg` on `bg` is below `min` (WCAG contrast ratio). */
export function contrastWarning(fg: NamedColour, bg: NamedColour, min: number, use: string): ColourWarning | null {
  const r = contrastRatio(fg.color, bg.color);
  if (r >= min) return null;
  return { keys: [fg.key, bg.key], message: `${fg.name} (${fg.color}) on ${bg.name.toLowerCase()} (${bg.color}) has a contrast of ${ratio(r)}; ${use} needs at least ${min}:1 to be read.` };
}

/** Warnings for each pair in `colours` that some vision cannot tell apart (the worst vision per pair). */
export function separationWarnings(colours: readonly NamedColour[], where: string): ColourWarning[] {
  const out: ColourWarning[] = [];
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const a = colours[i]!;
      const b = colours[j]!;
      const worst = VISIONS.map((v) => ({ v, d: colourDifference(a.color, b.color, v.id) })).sort((x, y) => x.d - y.d)[0]!;
      if (worst.d >= MIN_CATEGORY_DIFFERENCE) continue;
      out.push({
        keys: [a.key, b.key],
        message: `${a.name} (${a.color}) and ${b.name.toLowerCase()} (${b.color}) look alike to ${worst.v.words} on ${where}: a colour difference of ${worst.d.toFixed(1)}, at least ${MIN_CATEGORY_DIFFERENCE} is needed.`,
      });
    }
  }
  return out;
}

const ROLE_WORDS = { partner: 'Partner', focus: 'Focus', competitor: 'Competitor', other: 'Other countries' } as const;

/** Every colour problem of a theme. `names` renames colours for the editor that shows them. */
export function themeWarnings(theme: Theme, names: Partial<Record<string, string>> = {}): ColourWarning[] {
  const c = theme.colors;
  const named = (key: string, fallback: string, value: string): NamedColour => ({ key, name: names[key] ?? fallback, color: value });
  const bg = named('background', 'Background', c.background);
  const contrast = [
    contrastWarning(named('text', 'Text', c.text), bg, MIN_TEXT_CONTRAST, 'body text'),
    contrastWarning(named('muted', 'Secondary text', c.muted), bg, MIN_TEXT_CONTRAST, 'small text such as source lines'),
    contrastWarning(named('titleBand', 'Titles', c.titleBand), bg, MIN_LARGE_CONTRAST, 'large text such as titles'),
    contrastWarning(named('accent', 'Accent', c.accent), bg, MIN_LARGE_CONTRAST, 'large text such as key figures'),
  ].filter((w): w is ColourWarning => w !== null);
  const roles = (Object.keys(ROLE_WORDS) as (keyof typeof ROLE_WORDS)[]).map((r) => named(`roles.${r}`, ROLE_WORDS[r], c.roles[r]));
  // A pair of chart colours that the maps check already compared (two map colours: an
  // organisation theme's partner, focus and competitor are chart colours too) is named once.
  // Two chart colours that are one map colour (an accent the same as the partner) were not.
  const mapColours = [...roles, named('land', 'Land', c.land)];
  const comparedOnMaps = (a: string, b: string) => mapColours.some((x, i) => x.color === a && mapColours.some((y, j) => j !== i && y.color === b));
  const map = separationWarnings(mapColours, 'maps');
  const seriesColours = c.series.slice(0, CHECKED_SERIES).map((s, i) => named(`series.${i}`, `Chart colour ${i + 1}`, s));
  const colourOf = (key: string) => seriesColours.find((s) => s.key === key)!.color;
  const charts = separationWarnings(seriesColours, 'charts').filter((w) => !comparedOnMaps(colourOf(w.keys[0]!), colourOf(w.keys[1]!)));
  return [...contrast, ...map, ...charts];
}
