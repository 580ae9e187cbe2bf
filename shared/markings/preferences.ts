// The marking a person's new decks start with (Preferences): a scheme and its default level,
// and the organisation's own scheme when they typed one.
import { z } from 'zod';
import { CUSTOM_SCHEME_ID, markingFromClassification, type LegacyClassification } from './legacy';
import { MarkingSchemeSchema, type DeckMarking, type MarkingSchemeData } from './schema';
import { findScheme } from './schemes';

export const DefaultMarkingSchema = z.object({
  // A built-in scheme id, or the custom scheme's.
  scheme: z.string().min(1).max(60),
  // The level unmarked portions of new decks take.
  defaultLevel: z.string().min(1).max(60),
});
export type DefaultMarking = z.infer<typeof DefaultMarkingSchema>;

export { MarkingSchemeSchema as CustomSchemeSchema };

/** The marking a new deck starts with; null = unmarked (no preference, or a custom default
 * whose scheme is gone). */
export function markingForNewDeck(def: DefaultMarking | null, custom: MarkingSchemeData | null): DeckMarking | null {
  if (!def) return null;
  const scheme = findScheme(def.scheme, custom ? [custom] : []);
  if (!scheme) return null;
  const defaultLevel = scheme.levels.some((l) => l.id === def.defaultLevel) ? def.defaultLevel : scheme.levels[0]!.id;
  const own = scheme.id === custom?.id ? custom : null;
  return { scheme: scheme.id, custom: own, defaultLevel, override: null, audiences: [], withheld: 'box', portionMarks: true };
}

/** Preferences written before schemes kept one banner; it becomes a default marking the same
 * way an old deck's banner does (a built-in level, else a one-level custom scheme). */
export function preferenceFromClassification(c: LegacyClassification): { defaultMarking: DefaultMarking; customScheme: MarkingSchemeData | null } {
  const m = markingFromClassification(c);
  return { defaultMarking: { scheme: m.scheme, defaultLevel: m.defaultLevel }, customScheme: m.custom };
}

export { CUSTOM_SCHEME_ID };
