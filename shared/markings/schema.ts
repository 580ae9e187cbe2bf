// What a deck file stores about handling markings (issue #13): a portion marking on every
// widget, slide title and notes, and per deck the scheme (with a custom one saved inside the
// deck), the default level, an optional higher banner, the audiences and how withheld widgets
// show. Zod here, the plain types in types.ts; the two must stay assignable to each other.
import { z } from 'zod';
import { IdSchema, RESERVED_NAME } from '../deck/idSchema';
import { isPrototypeName } from '../ids';
import { BUILT_IN_SCHEMES } from './schemes';

const markingId = z
  .string()
  .min(1)
  .max(60)
  .refine((s) => !isPrototypeName(s), { message: RESERVED_NAME });
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'is not a #rrggbb colour');
/** ISO 3166 alpha-3 country code, upper case ('AUS'). */
export const NationCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'is not a three-letter country code');

export const PortionMarkingSchema = z.object({
  // Level id in the deck's scheme; null = unmarked, the deck's default level applies.
  level: markingId.nullable(),
  // Caveat ids (dissemination controls such as NOFORN) carried by this portion.
  caveats: z.array(markingId).max(20).default([]),
  // Nations the portion is released to (REL TO), home nation included; null = no release.
  relTo: z.array(NationCodeSchema).max(250).nullable().default(null),
});
export type PortionMarkingData = z.infer<typeof PortionMarkingSchema>;

export const MarkingLevelSchema = z.object({
  // Stable key portions store; labels can be retyped without re-marking anything.
  id: markingId,
  // Banner text.
  label: z.string().min(1).max(120),
  // Short form in portion marks: "(S)".
  portion: z.string().min(1).max(40),
  // Banner background.
  background: colour,
  // Banner text colour (chosen for contrast, or prescribed by the scheme).
  text: colour,
  // Foreign audiences see content at this level only with an explicit release (REL TO).
  needsRelease: z.boolean().default(false),
});

export const CaveatDefSchema = z.object({
  // Stable key portions store.
  id: markingId,
  // Banner form.
  label: z.string().min(1).max(120),
  // Portion form.
  portion: z.string().min(1).max(40),
  // Content with it never goes to a room with foreign nationals.
  noForeign: z.boolean().default(false),
});

/** A scheme typed by the organisation (Preferences) and copied into each deck that uses it, so
 * the deck reads the same on a machine without that preference. */
export const MarkingSchemeSchema = z
  .object({
    // Key the deck's marking names; never one of the built-in ids.
    id: markingId,
    // Shown in the scheme picker.
    name: z.string().min(1).max(120),
    // Least restrictive first.
    levels: z.array(MarkingLevelSchema).min(1).max(30),
    // Caveats an author can add.
    caveats: z.array(CaveatDefSchema).max(30).default([]),
    // REL TO lists, when the scheme has them.
    releasability: z.object({ home: NationCodeSchema, prefix: z.string().max(20), joiner: z.string().max(5) }).nullable().default(null),
    // Between the level and its controls in banners.
    separator: z.string().max(5).default(' '),
    // Between controls.
    controlJoiner: z.string().max(5).default(' '),
    // Whether portions show "(X)" marks at all.
    portionMarks: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (BUILT_IN_SCHEMES.some((b) => b.id === s.id)) ctx.addIssue({ code: 'custom', path: ['id'], message: `"${s.id}" is a built-in scheme's id` });
    uniqueIds(s.levels, ['levels'], ctx);
    uniqueIds(s.caveats, ['caveats'], ctx);
  });
export type MarkingSchemeData = z.infer<typeof MarkingSchemeSchema>;

function uniqueIds(items: readonly { id: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `"${item.id}" is used twice` });
    seen.add(item.id);
  });
}

export const AudienceSchema = z.object({
  // Stable key export and present requests name.
  id: IdSchema,
  // Shown in pickers and given to the CLI's --audience.
  name: z.string().trim().min(1).max(100),
  // Highest level this room may see.
  maxLevel: markingId,
  // Foreign nations in the room (alpha-3); empty = own nationals only.
  foreign: z.array(NationCodeSchema).max(250).default([]),
  // Caveats this room is cleared for.
  allowedCaveats: z.array(markingId).max(30).default([]),
  // Whether speaker notes go with this room's version.
  includeNotes: z.boolean().default(false),
  // The author's explicit include/exclude by slide or widget id.
  overrides: z
    .preprocess((input, ctx) => {
      if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
        ctx.issues.push({ code: 'custom', path: ['__proto__'], message: RESERVED_NAME, input });
      }
      return input;
    }, z.record(IdSchema, z.enum(['include', 'exclude'])))
    .default({}),
});
export type AudienceData = z.infer<typeof AudienceSchema>;

export const WITHHELD_STYLES = ['box', 'reflow'] as const;
export type WithheldStyle = (typeof WITHHELD_STYLES)[number];

export const DeckMarkingSchema = z
  .object({
    // The scheme's id: a built-in one ('us', 'uk', 'au', 'tlp') or custom.id.
    scheme: markingId,
    // The organisation's own scheme when `scheme` names it; null with a built-in scheme.
    custom: MarkingSchemeSchema.nullable().default(null),
    // Level of portions nobody marked.
    defaultLevel: markingId,
    // A banner the author sets above what the content computes; never a lower one.
    override: PortionMarkingSchema.extend({ level: markingId }).nullable().default(null),
    // The rooms this deck is given to.
    audiences: z.array(AudienceSchema).max(30).default([]),
    // A withheld widget leaves a neutral box ('box') or the slide closes the gap ('reflow').
    withheld: z.enum(WITHHELD_STYLES).default('box'),
    // Whether portions show their "(X)" mark on slides and pages (off for decks from before
    // portion markings, so they open looking as they did).
    portionMarks: z.boolean().default(true),
  })
  .superRefine((m, ctx) => {
    const builtIn = BUILT_IN_SCHEMES.some((b) => b.id === m.scheme);
    if (!builtIn && m.custom?.id !== m.scheme) ctx.addIssue({ code: 'custom', path: ['scheme'], message: `names no built-in scheme and no custom scheme saved in the deck` });
    const ids = new Set<string>();
    const names = new Set<string>();
    m.audiences.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['audiences', i, 'id'], message: `"${a.id}" is used twice` });
      const name = a.name.toLowerCase();
      if (names.has(name)) ctx.addIssue({ code: 'custom', path: ['audiences', i, 'name'], message: `“${a.name}” is used twice` });
      ids.add(a.id);
      names.add(name);
    });
  });
export type DeckMarking = z.infer<typeof DeckMarkingSchema>;
