// The deck document (DESIGN.md §2): one JSON file, normalized and keyed by id so diffs
// stay small and undo patches stay cheap. Every persisted field says why it exists.
import { z } from 'zod';
import { WidgetSchema } from '../widgets';
import { SourceSchema } from '../widgets/source';
import { base64ToBytes } from '../widgets/image/assets';
import { svgProblem } from '../widgets/image/svgSafety';
import { DeckMarkingSchema, PortionMarkingSchema } from '../markings/schema';
import { DeckOrganisationThemeSchema } from '../themes/organisation';

import { IdSchema, RESERVED_NAME, safeKey } from './idSchema';
import { CURRENT_SCHEMA_VERSION, DECK_FORMAT } from './constants';
import { DEFAULT_LANGUAGE, canonicalLanguage } from '../format/language';

export { CURRENT_SCHEMA_VERSION, DECK_FORMAT, SLIDE_HEIGHT, SLIDE_WIDTH } from './constants';
export { IdSchema, safeKey } from './idSchema';

const id = IdSchema;

/** z.record that refuses an own "__proto__" key. JSON.parse makes one an own key, and zod's
 * record skips it without a word (assigning it would replace the result's prototype), so a
 * deck with a slide keyed "__proto__" lost that slide on the next save. */
function ownRecord<K extends z.ZodType<string, string>, V extends z.ZodType>(key: K, value: V) {
  // A preprocess (not a refine piped into the record) so the JSON Schema export still
  // describes the record itself.
  return z.preprocess((input, ctx) => {
    if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
      ctx.issues.push({ code: 'custom', path: ['__proto__'], message: RESERVED_NAME, input });
    }
    return input;
  }, z.record(key, value));
}

export const DeckMetaSchema = z.object({
  // Deck title: the home screen, window title, PDF title and file name derive from it.
  title: z.string().max(300),
  // Second line on the title slide and PDF subject.
  subtitle: z.string().max(500).default(''),
  // Who prepared the briefing; PDF author.
  author: z.string().max(300).default(''),
  // The office the briefing comes from; the PowerPoint file's Company property.
  organisation: z.string().max(300).default(''),
  // Briefing date as typed (ISO date preferred).
  date: z.string().max(40).default(''),
  // Handling markings: scheme, default level, banner override, audiences; null = an unmarked
  // deck (no banners, no portion marks).
  marking: DeckMarkingSchema.nullable().default(null),
  // Per-deck country display names by ISO numeric code (e.g. how to name Taiwan).
  countryNames: ownRecord(z.string().regex(/^\d{3}$/), z.string().max(200)).default({}),
  // Whether slides carry their number (position from the theme); hidden slides are not counted.
  slideNumbers: z.boolean().default(false),
  // Slide transition when presenting; instant unless the author picks a fade.
  transition: z.enum(['none', 'fade']).default('none'),
  // The deck's language (BCP 47 tag): how its numbers and dates are written, the slides' lang,
  // the PDF's /Lang and spell checking. Absent (older v2 files): en-US, as they printed before.
  language: z
    .string()
    .max(35)
    .refine((t) => canonicalLanguage(t) !== null, { message: 'not a language tag such as en-US or de-DE' })
    .default(DEFAULT_LANGUAGE),
});
export type DeckMeta = z.infer<typeof DeckMetaSchema>;

export const SlideSchema = z.object({
  // Stable key used by slideOrder and history patches.
  id,
  // Which layout arranges the slots (shared/layouts).
  layoutId: z.string().min(1).max(100),
  // Slide heading; also the PDF outline entry.
  title: z.string().max(500),
  // The title's portion marking; absent = the deck's default level.
  titleMarking: PortionMarkingSchema.nullish(),
  // Slot id -> widget id (null = empty slot). Slots a layout lacks are kept, not shown,
  // so switching layouts and back loses nothing.
  slots: ownRecord(safeKey(0, 100), id.nullable()),
  // Speaker notes for the presenter view and notes pages.
  notes: z.string().max(50000).default(''),
  // The notes' portion marking; absent = the deck's default level.
  notesMarking: PortionMarkingSchema.nullish(),
  // Hidden slides are skipped when presenting (backup slides) and optional in export.
  hidden: z.boolean().default(false),
  // Layout id -> the shares of its columns and rows as the author dragged or typed them (v2;
  // shared/layouts/splits.ts); absent = the layout's own. Kept per layout, so switching back keeps it.
  splits: ownRecord(safeKey(0, 100), z.object({ cols: z.array(z.number().min(0.05).max(1)).max(4), rows: z.array(z.number().min(0.05).max(1)).max(4) })).default({}),
});
export type Slide = z.infer<typeof SlideSchema>;

/** The most a deck dataset holds (the CSV import checks them first, naming the file's row or column). */
export const DATASET_LIMITS = { columns: 50, rows: 100_000, labelChars: 300, cellChars: 2000 } as const;

export const DatasetColumnSchema = z.object({
  // Key used in rows.
  key: safeKey(1, 200),
  // Header shown to people.
  label: z.string().max(DATASET_LIMITS.labelChars),
  // 'number' columns can be charted; 'string' columns label categories.
  type: z.enum(['string', 'number']),
});

export const DatasetSchema = z.object({
  // Stable key referenced by charts and choropleth maps.
  id,
  // Human title shown in pickers and on the Sources page.
  title: z.string().max(500),
  // Unit of the numeric columns.
  unit: z.string().max(200).default(''),
  // Year or period the data describes.
  year: z.string().max(100).default(''),
  // Where the numbers come from; widgets built on this dataset inherit it.
  source: SourceSchema,
  // Column definitions, in display order.
  columns: z.array(DatasetColumnSchema).min(1).max(DATASET_LIMITS.columns),
  // The rows; cells are keyed by column key.
  rows: z.array(ownRecord(safeKey(0, 200), z.union([z.number(), z.string().max(DATASET_LIMITS.cellChars), z.null()]))).max(DATASET_LIMITS.rows),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** The most base64 one picture may be in a deck (about 21 MB of file). */
export const ASSET_DATA_MAX_CHARS = 30_000_000;

export const AssetSchema = z.object({
  // Stable key referenced by widgets.
  id,
  // Original file name, for the user and the Sources page.
  name: z.string().max(300),
  // MIME type of the data.
  mime: z.enum(['image/png', 'image/jpeg', 'image/svg+xml']),
  // Base64 data: the deck stays one self-contained file.
  data: z.string().max(ASSET_DATA_MAX_CHARS),
  // Credit for the image.
  source: SourceSchema.nullable().default(null),
}).superRefine((asset, ctx) => {
  // Checked again whenever a deck is read or saved (the renderer sanitises on insert): an SVG in
  // a deck file may have been written by anything.
  if (asset.mime !== 'image/svg+xml') return;
  let problem: string | null;
  try {
    problem = svgProblem(new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(asset.data)));
  } catch {
    problem = 'is not readable text';
  }
  if (problem) ctx.addIssue({ code: 'custom', path: ['data'], message: `this SVG picture ${problem}` });
});
export type Asset = z.infer<typeof AssetSchema>;

export const DeckSchema = z
  .object({
    // Identifies the file as ours, so foreign JSON is refused rather than misread.
    format: z.literal(DECK_FORMAT),
    // Which migration steps a file needs; newer than this build is refused.
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    // Stable deck identity across renames (recent list, presenter sync).
    id,
    // Title, author, marking and display preferences.
    meta: DeckMetaSchema,
    // Theme (colours, fonts) by id; unknown ids fall back to the default theme.
    themeId: z.string().max(100).default('briefing'),
    // The organisation theme's copy when themeId is 'organisation' (kept when another theme is
    // chosen, so switching back is one step), so the deck opens the same on any machine.
    organisationTheme: DeckOrganisationThemeSchema.nullable().default(null),
    // Slide order; slides holds the content keyed by id.
    slideOrder: z.array(id).max(5000),
    // Slides by id.
    slides: ownRecord(id, SlideSchema),
    // Widgets by id; slots refer to them.
    widgets: ownRecord(id, WidgetSchema),
    // Deck datasets (imported CSV, edited tables) by id.
    datasets: ownRecord(id, DatasetSchema).default({}),
    // Embedded images by id.
    assets: ownRecord(id, AssetSchema).default({}),
  })
  .superRefine((deck, ctx) => {
    const seen = new Set<string>();
    deck.slideOrder.forEach((slideId, i) => {
      if (!Object.hasOwn(deck.slides, slideId)) {
        ctx.addIssue({ code: 'custom', path: ['slideOrder', i], message: `slide "${slideId}" is listed but missing` });
      }
      if (seen.has(slideId)) {
        ctx.addIssue({ code: 'custom', path: ['slideOrder', i], message: `slide "${slideId}" is listed twice` });
      }
      seen.add(slideId);
    });
    for (const [key, slide] of Object.entries(deck.slides)) {
      if (slide.id !== key) ctx.addIssue({ code: 'custom', path: ['slides', key, 'id'], message: 'id does not match its key' });
      for (const [slotId, widgetId] of Object.entries(slide.slots)) {
        if (widgetId !== null && !Object.hasOwn(deck.widgets, widgetId)) {
          ctx.addIssue({ code: 'custom', path: ['slides', key, 'slots', slotId], message: `widget "${widgetId}" is missing` });
        }
      }
    }
    for (const [key, widget] of Object.entries(deck.widgets)) {
      if (widget.id !== key) ctx.addIssue({ code: 'custom', path: ['widgets', key, 'id'], message: 'id does not match its key' });
    }
    const logo = deck.organisationTheme?.logoAssetId;
    if (logo && !Object.hasOwn(deck.assets, logo)) ctx.addIssue({ code: 'custom', path: ['organisationTheme', 'logoAssetId'], message: `logo picture "${logo}" is missing` });
  });
export type Deck = z.infer<typeof DeckSchema>;
