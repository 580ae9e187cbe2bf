// Whether one portion goes to an audience (issue #13 item 3). Pure and total: every
// surface asks this same function, so a variant cannot leak through one of them.
import { levelRank } from './schemes';
import type { Audience, EffectiveMarking, MarkingScheme } from './types';

export type ReleaseDecision = { included: true; forced: boolean } | { included: false; reason: string };

/**
 * The order of the rules is the policy:
 * 1. the author's explicit exclude always withholds;
 * 2. the audience's level is a ceiling nothing lifts, not even an explicit include;
 * 3. an explicit include then admits the portion (the author's decision, reported as forced);
 * 4. a caveat the audience is not cleared for withholds;
 * 5. for a room with foreign nationals, a caveat that bars foreigners withholds, and a level
 *    that needs a release withholds unless every foreign nation is on the portion's REL TO list.
 */
export function releaseTo(
  marking: EffectiveMarking,
  audience: Audience,
  scheme: MarkingScheme,
  override: 'include' | 'exclude' | undefined,
): ReleaseDecision {
  if (override === 'exclude') return { included: false, reason: `excluded for “${audience.name}” by the author` };
  if (levelRank(scheme, marking.level.id) > levelRank(scheme, audience.maxLevel)) {
    return { included: false, reason: `${marking.level.label} is above ${levelLabel(scheme, audience.maxLevel)}` };
  }
  if (override === 'include') return { included: true, forced: true };
  const barred = marking.caveats.find((c) => !audience.allowedCaveats.includes(c.id));
  if (barred) return { included: false, reason: `${barred.label} is not released to “${audience.name}”` };
  if (audience.foreign.length > 0) {
    const noForeign = marking.caveats.find((c) => c.noForeign);
    if (noForeign) return { included: false, reason: `${noForeign.label} keeps it from foreign nationals` };
    if (scheme.releasability && (marking.level.needsRelease || marking.relTo !== null)) {
      const missing = audience.foreign.filter((c) => !(marking.relTo ?? []).includes(c.toUpperCase()));
      if (missing.length > 0) return { included: false, reason: `not released to ${missing.join(', ')}` };
    }
  }
  return { included: true, forced: false };
}

function levelLabel(scheme: MarkingScheme, id: string): string {
  return scheme.levels.find((l) => l.id === id)?.label ?? id;
}
