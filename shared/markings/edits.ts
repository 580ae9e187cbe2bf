// Changes to a deck's markings: pure functions on a draft deck, run inside apply() by the
// editor (one undo step each) and by tests directly.
import type { Deck } from '../deck/schema';
import { newId, own } from '../ids';
import { sortRelease } from './combine';
import { deckScheme, portionMarking } from './deckMarking';
import { atLeastAsRestrictive, bannerText } from './combine';
import { deckVariant } from './variant';
import type { DeckMarking, MarkingSchemeData, PortionMarkingData } from './schema';
import { findScheme } from './schemes';
import type { Audience, MarkingScheme, PortionMarking } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Every portion marking in the deck: titles, notes, widgets. */
function portions(deck: Deck): PortionMarkingData[] {
  const out: PortionMarkingData[] = [];
  for (const s of Object.values(deck.slides)) {
    if (s.titleMarking) out.push(s.titleMarking);
    if (s.notesMarking) out.push(s.notesMarking);
  }
  for (const w of Object.values(deck.widgets)) if (w.marking) out.push(w.marking);
  return out;
}

/**
 * Picks the deck's scheme (null: an unmarked deck; portion markings stay on their portions and
 * come back with a scheme). Levels carry over by label where the new scheme has the same label
 * (SECRET stays SECRET); portions whose level the new scheme lacks keep it and count as above
 * every level (fail safe) until re-marked. Returns how many portions that is.
 */
export function setDeckScheme(deck: Deck, schemeId: string | null, custom: MarkingSchemeData | null = null): number {
  if (schemeId === null) {
    deck.meta.marking = null;
    return 0;
  }
  const next = findScheme(schemeId, custom ? [custom] : []);
  if (!next) throw new Error(`unknown marking scheme ${schemeId}`);
  const before = deck.meta.marking;
  const prev = before ? deckScheme(before) : null;
  const map = (levelId: string): string | null => {
    if (next.levels.some((l) => l.id === levelId)) return levelId;
    const label = prev?.levels.find((l) => l.id === levelId)?.label;
    return next.levels.find((l) => l.label === label)?.id ?? null;
  };
  let unknown = 0;
  for (const p of portions(deck)) {
    if (p.level === null) continue;
    const mapped = map(p.level);
    if (mapped === null) unknown++;
    else p.level = mapped;
  }
  const lowest = next.levels[0]!.id;
  const marking: DeckMarking = {
    scheme: next.id,
    custom: next.id === custom?.id ? custom : null,
    defaultLevel: (before && map(before.defaultLevel)) ?? lowest,
    override: null,
    audiences: (before?.audiences ?? []).map((a) => ({ ...a, overrides: { ...a.overrides }, maxLevel: map(a.maxLevel) ?? lowest })),
    withheld: before?.withheld ?? 'box',
    portionMarks: before?.portionMarks ?? true,
  };
  const override = before?.override ? map(before.override.level) : null;
  if (before?.override && override) marking.override = { ...before.override, level: override };
  deck.meta.marking = marking;
  return unknown;
}

/** Edits the deck's own custom scheme (levels typed by the organisation). */
export function setCustomScheme(deck: Deck, scheme: MarkingSchemeData): void {
  const m = deck.meta.marking;
  if (!m || m.custom === null || m.scheme !== scheme.id) throw new Error('the deck does not use a custom scheme');
  m.custom = scheme;
  if (!scheme.levels.some((l) => l.id === m.defaultLevel)) m.defaultLevel = scheme.levels[0]!.id;
}

export function setDeckMarkingField<K extends 'defaultLevel' | 'withheld' | 'portionMarks'>(deck: Deck, key: K, value: DeckMarking[K]): void {
  if (!deck.meta.marking) throw new Error('the deck has no marking scheme');
  deck.meta.marking[key] = value;
}

/** Sets or clears the deck-level banner. A banner lower than what the deck contains is refused:
 * returns the message for the author, or null when it was set. */
export function setBannerOverride(deck: Deck, override: PortionMarking | null): string | null {
  const m = deck.meta.marking;
  if (!m) return 'Pick a marking scheme first.';
  if (override === null || override.level === null) {
    m.override = null;
    return null;
  }
  const scheme = deckScheme(m);
  const wanted = portionMarking(m, override);
  const computed = deckVariant({ ...deck, meta: { ...deck.meta, marking: { ...m, override: null } } }, null).marking!;
  if (!atLeastAsRestrictive(wanted, computed, scheme)) {
    return `${bannerText(wanted, scheme)} is lower than what the deck contains (${bannerText(computed, scheme)}). The banner can only be raised; lower the portions’ markings instead.`;
  }
  m.override = { level: override.level, caveats: [...override.caveats], relTo: override.relTo ? sortRelease(scheme, override.relTo) : null };
  return null;
}

/** Where a portion marking lives: a widget, a slide's title or a slide's notes. */
export type PortionRef = { widgetId: string } | { slideId: string; part: 'title' | 'notes' };

/** Sets a portion's marking (null: unmarked, the deck default applies). REL TO lists are kept in
 * the scheme's order (home nation first). */
export function setPortionMarking(deck: Deck, ref: PortionRef, marking: PortionMarking | null): void {
  const m = deck.meta.marking;
  const scheme: MarkingScheme | null = m ? deckScheme(m) : null;
  const value =
    marking === null || (marking.level === null && marking.caveats.length === 0 && marking.relTo === null)
      ? null
      : { level: marking.level, caveats: [...marking.caveats], relTo: marking.relTo && scheme ? sortRelease(scheme, marking.relTo) : marking.relTo ? [...marking.relTo] : null };
  if ('widgetId' in ref) {
    const w = own(deck.widgets, ref.widgetId);
    if (!w) return;
    if (value) w.marking = value;
    else delete w.marking;
    return;
  }
  const s = own(deck.slides, ref.slideId);
  if (!s) return;
  const key = ref.part === 'title' ? 'titleMarking' : 'notesMarking';
  if (value) s[key] = value;
  else delete s[key];
}

/** A new audience: own nationals only, cleared for everything the scheme has, with notes. The
 * author narrows it from there. Returns its id. */
export function addAudience(deck: Deck, name: string): string {
  const m = deck.meta.marking;
  if (!m) throw new Error('the deck has no marking scheme');
  const scheme = deckScheme(m);
  const id = newId('aud');
  m.audiences.push({
    id,
    name: uniqueName(m.audiences, name),
    maxLevel: scheme.levels[scheme.levels.length - 1]!.id,
    foreign: [],
    allowedCaveats: scheme.caveats.map((c) => c.id),
    includeNotes: true,
    overrides: {},
  });
  return id;
}

function uniqueName(audiences: readonly Audience[], name: string): string {
  const taken = new Set(audiences.map((a) => a.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) if (!taken.has(`${name} ${i}`.toLowerCase())) return `${name} ${i}`;
}

/** Problem with an audience name, or null: names are how the CLI picks an audience, so they
 * are unique in a deck. */
export function audienceNameProblem(deck: Deck, audienceId: string, name: string): string | null {
  const t = name.trim();
  if (t === '') return 'An audience needs a name.';
  if (t.length > 100) return 'Keep the name under 100 characters.';
  const clash = deck.meta.marking?.audiences.find((a) => a.id !== audienceId && a.name.trim().toLowerCase() === t.toLowerCase());
  return clash ? `Another audience is called “${clash.name}”.` : null;
}

export type AudienceChange = Partial<Pick<Mutable<Audience>, 'name' | 'maxLevel' | 'foreign' | 'allowedCaveats' | 'includeNotes'>>;

export function updateAudience(deck: Deck, audienceId: string, change: AudienceChange): void {
  const a = deck.meta.marking?.audiences.find((x) => x.id === audienceId);
  if (!a) return;
  if (change.name !== undefined) a.name = change.name.trim();
  if (change.maxLevel !== undefined) a.maxLevel = change.maxLevel;
  if (change.foreign !== undefined) a.foreign = [...new Set(change.foreign.map((c) => c.toUpperCase()))].sort();
  if (change.allowedCaveats !== undefined) a.allowedCaveats = [...change.allowedCaveats];
  if (change.includeNotes !== undefined) a.includeNotes = change.includeNotes;
}

export function removeAudience(deck: Deck, audienceId: string): void {
  const m = deck.meta.marking;
  if (m) m.audiences = m.audiences.filter((a) => a.id !== audienceId);
}

/** The author's explicit choice for one slide or widget in one audience (undefined: by marking). */
export function setAudienceOverride(deck: Deck, audienceId: string, id: string, value: 'include' | 'exclude' | undefined): void {
  const a = deck.meta.marking?.audiences.find((x) => x.id === audienceId);
  if (!a) return;
  if (value === undefined) delete a.overrides[id];
  else a.overrides[id] = value;
}
