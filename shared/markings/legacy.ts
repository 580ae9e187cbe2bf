// Decks and preferences from before portion markings had one banner, {label, color}. They
// open unchanged: the same banner text and colour, as the deck default of a built-in scheme
// when exactly one built-in level has that label and those colours, else as a one-level custom
// scheme. Portion marks start switched off, so no "(X)" appears on slides that had none.
import { textColorOn } from '../contrast';
import { BUILT_IN_SCHEMES } from './schemes';
import type { DeckMarking, MarkingSchemeData } from './schema';

export interface LegacyClassification {
  label: string;
  color: string;
}

/** Id of the custom scheme a legacy banner becomes (and of the custom scheme in Preferences). */
export const CUSTOM_SCHEME_ID = 'custom';

/** The one-level scheme that draws exactly `c` as its banner. */
export function oneLevelScheme(c: LegacyClassification): MarkingSchemeData {
  const background = c.color.toLowerCase();
  return {
    id: CUSTOM_SCHEME_ID,
    name: 'Custom',
    levels: [{ id: 'L1', label: c.label, portion: c.label, background, text: textColorOn(background), needsRelease: false }],
    caveats: [],
    releasability: null,
    separator: ' ',
    controlJoiner: ' ',
    portionMarks: true,
  };
}

/** A deck's marking for a legacy banner. A label found in several built-in schemes with the same
 * colour (SECRET is in three) is ambiguous: which scheme's caveats and release rules apply is
 * the author's choice, so it stays a custom level until they pick a scheme. */
export function markingFromClassification(c: LegacyClassification): DeckMarking {
  const color = c.color.toLowerCase();
  const matches = BUILT_IN_SCHEMES.flatMap((scheme) =>
    scheme.levels.filter((l) => l.label === c.label && l.background.toLowerCase() === color && l.text === textColorOn(color)).map((level) => ({ scheme, level })),
  );
  const base = { override: null, audiences: [], withheld: 'box' as const, portionMarks: false };
  if (matches.length === 1) {
    const { scheme, level } = matches[0]!;
    return { ...base, scheme: scheme.id, custom: null, defaultLevel: level.id };
  }
  const custom = oneLevelScheme(c);
  return { ...base, scheme: custom.id, custom, defaultLevel: custom.levels[0]!.id };
}
