// A deck's marking settings read as a scheme, a default and audiences: the lookups every
// surface and the editor share.
import { own } from '../ids';
import { effectiveMarking } from './combine';
import type { DeckMarking } from './schema';
import { findScheme, levelRank } from './schemes';
import type { Audience, EffectiveMarking, MarkingScheme, PortionMarking } from './types';

/** The deck's scheme: a built-in one, or the custom scheme saved in the deck. The schema makes
 * sure one of the two exists; a deck that slipped past it fails safe with an empty scheme
 * whose every level ranks as unknown (most restrictive). */
export function deckScheme(m: DeckMarking): MarkingScheme {
  return (
    findScheme(m.scheme, m.custom ? [m.custom] : []) ?? {
      id: m.scheme,
      name: m.scheme,
      levels: [{ id: m.defaultLevel, label: m.defaultLevel, portion: m.defaultLevel, background: '#000000', text: '#ffffff', needsRelease: true }],
      caveats: [],
      releasability: null,
      separator: ' ',
      controlJoiner: ' ',
      portionMarks: true,
    }
  );
}

/** A portion's marking with the deck's default applied. */
export function portionMarking(m: DeckMarking, portion: PortionMarking | null | undefined): EffectiveMarking {
  return effectiveMarking(portion, deckScheme(m), m.defaultLevel);
}

/** An audience by id, or by name (case and surrounding spaces ignored), as the CLI takes it. */
export function findAudience(m: DeckMarking | null, ref: string): Audience | undefined {
  if (!m) return undefined;
  const byId = m.audiences.find((a) => a.id === ref);
  if (byId) return byId;
  const name = ref.trim().toLowerCase();
  return m.audiences.find((a) => a.name.trim().toLowerCase() === name);
}

/** The override of one audience for a slide or widget id. */
export function audienceOverride(a: Audience, id: string): 'include' | 'exclude' | undefined {
  return own(a.overrides, id);
}

/** Level label by id ('S' -> 'SECRET'); the id itself when the scheme does not know it. */
export function levelLabel(scheme: MarkingScheme, id: string): string {
  return scheme.levels.find((l) => l.id === id)?.label ?? id;
}

/** Whether level `a` is above level `b` in the scheme. */
export function isAbove(scheme: MarkingScheme, a: string, b: string): boolean {
  return levelRank(scheme, a) > levelRank(scheme, b);
}

export type AudienceChoice = { ok: true; audience: Audience | null } | { ok: false; message: string };

/** The audience an export or a presentation asks for (null/undefined: the author's full deck),
 * or the message for one the deck does not define. */
export function resolveAudience(m: DeckMarking | null, ref: string | null | undefined): AudienceChoice {
  if (ref === null || ref === undefined) return { ok: true, audience: null };
  const audience = findAudience(m, ref);
  if (audience) return { ok: true, audience };
  const names = m?.audiences.map((a) => `“${a.name}”`) ?? [];
  return {
    ok: false,
    message: names.length === 0 ? `No audience “${ref}”: this deck defines no audiences.` : `No audience “${ref}” in this deck. Its audiences: ${names.join(', ')}.`,
  };
}
