// Combining portion markings into banners (issue #13 item 2): the banner of a slide is the
// most restrictive level of its portions with every caveat any of them carries; REL TO lists
// intersect, and NOFORN-like caveats (noForeign) remove any release. A classified portion
// with no release list makes the whole unreleasable: a banner never claims a release one of
// its portions does not have.
import { levelRank } from './schemes';
import type { CaveatDef, EffectiveMarking, MarkingLevel, MarkingScheme, PortionMarking } from './types';

/** A portion's marking with the deck default applied. Unknown level or caveat ids (a deck
 * edited elsewhere, or a scheme changed under it) fail safe: the level ranks as the most
 * restrictive and an unknown caveat keeps content from foreign audiences. */
export function effectiveMarking(portion: PortionMarking | null | undefined, scheme: MarkingScheme, defaultLevel: string): EffectiveMarking {
  const levelId = portion?.level ?? defaultLevel;
  return {
    level: findLevel(scheme, levelId),
    caveats: sortCaveats(scheme, (portion?.caveats ?? []).map((id) => findCaveat(scheme, id))),
    relTo: scheme.releasability && portion?.relTo ? sortRelease(scheme, portion.relTo) : null,
  };
}

function findLevel(scheme: MarkingScheme, id: string): MarkingLevel {
  const known = scheme.levels.find((l) => l.id === id);
  if (known) return known;
  const top = scheme.levels[scheme.levels.length - 1]!;
  return { ...top, id, label: id, portion: id, needsRelease: true };
}

function findCaveat(scheme: MarkingScheme, id: string): CaveatDef {
  return scheme.caveats.find((c) => c.id === id) ?? { id, label: id, portion: id, noForeign: true };
}

function sortCaveats(scheme: MarkingScheme, caveats: readonly CaveatDef[]): CaveatDef[] {
  const order = (c: CaveatDef) => {
    const i = scheme.caveats.findIndex((k) => k.id === c.id);
    return i < 0 ? scheme.caveats.length : i;
  };
  const unique = [...new Map(caveats.map((c) => [c.id, c])).values()];
  return unique.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}

/** Home nation first, then the rest alphabetically, no duplicates, upper case. */
export function sortRelease(scheme: MarkingScheme, codes: readonly string[]): string[] {
  const home = scheme.releasability?.home ?? '';
  const set = new Set(codes.map((c) => c.trim().toUpperCase()).filter((c) => c !== ''));
  if (set.size === 0) return [];
  const rest = [...set].filter((c) => c !== home).sort();
  return home === '' ? rest : [home, ...rest];
}

/** The most restrictive combination of the given portions; with none, the default level. */
export function combineMarkings(markings: readonly EffectiveMarking[], scheme: MarkingScheme, defaultLevel: string): EffectiveMarking {
  if (markings.length === 0) return effectiveMarking(null, scheme, defaultLevel);
  let level = markings[0]!.level;
  for (const m of markings) if (levelRank(scheme, m.level.id) > levelRank(scheme, level.id)) level = m.level;
  const caveats = sortCaveats(scheme, markings.flatMap((m) => m.caveats));
  return { level, caveats, relTo: combinedRelease(markings, caveats, scheme) };
}

function combinedRelease(markings: readonly EffectiveMarking[], caveats: readonly CaveatDef[], scheme: MarkingScheme): string[] | null {
  if (!scheme.releasability) return null;
  if (caveats.some((c) => c.noForeign)) return null;
  const lists = markings.filter((m) => m.relTo !== null || m.level.needsRelease);
  if (lists.length === 0) return null;
  if (lists.some((m) => m.relTo === null)) return null;
  let common = new Set(lists[0]!.relTo);
  for (const m of lists.slice(1)) common = new Set(m.relTo!.filter((c) => common.has(c)));
  return sortRelease(scheme, [...common]);
}

/** Banner text: "SECRET//NOFORN", "SECRET//REL TO USA, AUS", "OFFICIAL-SENSITIVE", "TLP:AMBER". */
export function bannerText(m: EffectiveMarking, scheme: MarkingScheme): string {
  return joinParts(m.level.label, m, scheme, (c) => c.label);
}

/** Portion mark: "(S//NF)", "(S//REL TO USA, AUS)", "(OS)"; '' when the scheme shows none. */
export function portionText(m: EffectiveMarking, scheme: MarkingScheme): string {
  if (!scheme.portionMarks) return '';
  return `(${joinParts(m.level.portion, m, scheme, (c) => c.portion)})`;
}

function joinParts(head: string, m: EffectiveMarking, scheme: MarkingScheme, caveatText: (c: CaveatDef) => string): string {
  const controls = m.caveats.map(caveatText);
  if (m.relTo && m.relTo.length > 0 && scheme.releasability) {
    controls.push(`${scheme.releasability.prefix}${m.relTo.join(scheme.releasability.joiner)}`);
  }
  return controls.length === 0 ? head : `${head}${scheme.separator}${controls.join(scheme.controlJoiner)}`;
}

/** True when `a` is at least as restrictive as `b`: level as high, every caveat of `b`, and
 * no wider release. A deck-level banner override must satisfy this against the computed one. */
export function atLeastAsRestrictive(a: EffectiveMarking, b: EffectiveMarking, scheme: MarkingScheme): boolean {
  if (levelRank(scheme, a.level.id) < levelRank(scheme, b.level.id)) return false;
  if (!b.caveats.every((c) => a.caveats.some((k) => k.id === c.id))) return false;
  if (a.relTo === null) return true;
  if (b.relTo === null) return !releaseMatters(b);
  return a.relTo.every((c) => b.relTo!.includes(c));
}

function releaseMatters(m: EffectiveMarking): boolean {
  return m.level.needsRelease || m.caveats.some((c) => c.noForeign);
}
