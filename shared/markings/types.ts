// Handling markings as data (issue #13): a scheme is an ordered list of levels plus the
// caveats an office uses. Briefdeck never decides what is sensitive; these types describe
// what the author marks, and pure functions (combine.ts, release.ts) compute banners and
// audience variants from them, so every surface (editor, presenting, PDF, PowerPoint)
// shows the same thing.

/** One level of a scheme, least restrictive first in MarkingScheme.levels. */
export interface MarkingLevel {
  /** Stable key stored in decks ('S', 'OS', 'TLP:AMBER'). */
  id: string;
  /** Banner text: 'SECRET'. */
  label: string;
  /** Portion form, shown in brackets at the start of a portion: 'S' -> "(S)". */
  portion: string;
  /** Banner background colour (#rrggbb). */
  background: string;
  /** Banner text colour (#rrggbb); chosen for contrast, or prescribed (TLP). */
  text: string;
  /** Content at this level needs an explicit release (REL TO) before foreign audiences
   * may see it (US classified levels); false: releasable unless a caveat says otherwise. */
  needsRelease: boolean;
}

/** A dissemination control or caveat that travels with content ('NOFORN', 'UK EYES ONLY'). */
export interface CaveatDef {
  /** Stable key stored in decks. */
  id: string;
  /** Banner form: 'NOFORN'. */
  label: string;
  /** Portion form: 'NF'. */
  portion: string;
  /** Content with this caveat never goes to an audience that includes foreign nationals. */
  noForeign: boolean;
}

export interface MarkingScheme {
  /** Stable key stored in decks and preferences ('us', 'uk', 'au', 'tlp', or a custom id). */
  id: string;
  /** Shown in pickers. */
  name: string;
  /** Least restrictive first: the order defines "more restrictive". At least one level. */
  levels: readonly MarkingLevel[];
  /** Caveats an author can add to a portion. */
  caveats: readonly CaveatDef[];
  /** REL TO lists (US and Australian style): the home nation listed first, then the rest
   * alphabetically, after the prefix and joined ("REL TO USA, AUS" or "REL AUS/GBR"); null =
   * the scheme has no releasability lists. */
  releasability: { home: string; prefix: string; joiner: string } | null;
  /** Separates the level from the controls that follow it ('//' US style). */
  separator: string;
  /** Joins the controls (caveats, then the release) to each other ('/' US style). */
  controlJoiner: string;
  /** Whether portions show their mark ("(S)") at their start on slides and pages. */
  portionMarks: boolean;
}

/** What an author puts on one portion (a widget, a slide title, the notes). */
export interface PortionMarking {
  /** Level id; null = the deck's default level. */
  level: string | null;
  /** Caveat ids. */
  caveats: readonly string[];
  /** ISO alpha-3 country codes the portion is released to (REL TO); null = no release. */
  relTo: readonly string[] | null;
}

/** A portion's marking after the deck default is applied: every field is known. */
export interface EffectiveMarking {
  level: MarkingLevel;
  caveats: readonly CaveatDef[];
  relTo: readonly string[] | null;
}

/** A named room a deck is given to (issue #13 item 3). */
export interface Audience {
  /** Stable key stored in the deck. */
  id: string;
  /** Shown in the export and present pickers: 'Partners (AUS, JPN)'. */
  name: string;
  /** Highest level this audience may see (level id). */
  maxLevel: string;
  /** Alpha-3 codes of the foreign nations in the room; empty = own nationals only. */
  foreign: readonly string[];
  /** Caveat ids this audience may see (e.g. NOFORN for an internal room). */
  allowedCaveats: readonly string[];
  /** Whether speaker notes go with this audience's version. */
  includeNotes: boolean;
  /** Author's explicit choices by slide or widget id; never lifts the level ceiling. */
  overrides: Readonly<Record<string, 'include' | 'exclude'>>;
}
