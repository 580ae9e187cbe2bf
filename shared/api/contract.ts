// The one declaration of the API between the renderer and the main side (STYLE.md):
// channel name, request schema, response schema. The preload, the Electron ipcMain
// wiring and the browser host's HTTP routes are all derived from this table.
import { z } from 'zod';
import { PaperSchema } from '../export/paper';
import { DeckSchema } from '../deck/schema';
import { SEARCH_QUERY_MAX } from '../library/deckSearch';
import { HostCapabilitiesSchema } from './capabilities';
import { DefaultMarkingSchema } from '../markings/preferences';
import { MarkingSchemeSchema } from '../markings/schema';
import { PreferencesOrganisationThemeSchema } from '../themes/deckTheme';

/** How the renderer names a deck file. `library:` names are file names inside the library
 * folder; `ext:` tokens stand for paths the user picked in a native dialog (the main side
 * keeps the path; the renderer never sends one). */
export const DeckRefSchema = z
  .string()
  .min(1)
  .max(400)
  .regex(/^(library:[^/\\\0]+\.briefdeck|ext:[a-z0-9]{8,64})$/, 'not a deck reference');
export type DeckRef = z.infer<typeof DeckRefSchema>;

/** Who has a deck open (its lock file beside it), as the second opener and the library see it. */
export const LockHolderSchema = z.object({
  user: z.string(),
  host: z.string(),
  /** The program, e.g. "Briefdeck 0.1.0 (browser)". */
  app: z.string(),
  /** When it was opened (ISO). */
  since: z.string(),
  /** This Briefdeck itself holds it (another tab or window of it). */
  here: z.boolean(),
});
export type LockHolder = z.infer<typeof LockHolderSchema>;

/** A lock session: given to the opener that holds the lock, to refresh and release it. */
export const LockSessionSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a lock session');

export const DeckSummarySchema = z.object({
  ref: DeckRefSchema,
  fileName: z.string(),
  title: z.string(),
  slideCount: z.number().int(),
  modifiedAt: z.string(),
  sizeBytes: z.number(),
  /** Set when the file could not be read; the home screen shows it instead of a title. */
  problem: z.string().nullable(),
  /** The file is damaged and earlier versions of it are kept: the home screen offers them. */
  restorable: z.boolean(),
  /** Set while someone has the deck open (its lock file); the home screen shows who. */
  lockedBy: LockHolderSchema.nullable(),
});
export type DeckSummary = z.infer<typeof DeckSummarySchema>;

/** A deck the library search found, where, and the words around the match. */
export const LibraryHitSchema = z.object({ ref: DeckRefSchema, where: z.string(), excerpt: z.string() });
export type LibraryHit = z.infer<typeof LibraryHitSchema>;

/** Content hash of the bytes on disk; a save names the revision it was based on so a file
 * changed by someone else is never silently overwritten. */
export const RevisionSchema = z.string().max(100);

export const OpenedDeckSchema = z.object({
  ref: DeckRefSchema,
  fileName: z.string(),
  deck: DeckSchema,
  revision: RevisionSchema,
});
export type OpenedDeck = z.infer<typeof OpenedDeckSchema>;

export const HistoryEntrySchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  title: z.string(),
  slideCount: z.number().int(),
  sizeBytes: z.number(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const AppInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  libraryDir: z.string(),
  platform: z.string(),
  /** What this host can do (shared/api/capabilities.ts). */
  capabilities: HostCapabilitiesSchema,
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** 1-based inclusive span of slides, in deck numbering. */
const SlideSpanSchema = z.object({ from: z.number().int().min(1), to: z.number().int().min(1) });

export const ExportOptionsSchema = z.object({
  /** Slides to export: one span (as older callers and print URLs send) or a list of spans
   * ("1-5, 8, 10-12"); null = all. shared/export/range.ts reads both. */
  range: z.union([SlideSpanSchema, z.array(SlideSpanSchema).min(1).max(500)]).nullable().default(null),
  includeHidden: z.boolean().default(false),
  /** The audience whose version is exported (an id of the deck's audiences); null = the
   * author's full deck. */
  audience: z.string().min(1).max(100).nullish(),
  layout: z.enum(['slides', 'notes', 'handout2', 'handout3', 'handout6']).default('slides'),
  sourcesPage: z.boolean().default(true),
  pageNumbers: z.boolean().default(true),
  /** Paper for notes pages and handouts (slides keep their 16:9 page). */
  paper: PaperSchema.default('letter'),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const ExportResultSchema = z.object({
  /** Where the file was written (Electron) or a one-time download path (browser host). */
  location: z.string(),
  pages: z.number().int(),
  bytes: z.number().int(),
  warnings: z.array(z.string()),
  /** True when the host opened the PDF itself (Electron's "open when done"). */
  opened: z.boolean(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportJobIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'an export job id');

export const EXPORT_PHASES = ['starting', 'loading', 'rendering', 'fonts', 'printing', 'finishing', 'cancelling', 'done', 'failed', 'cancelled'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];

export const ExportJobStatusSchema = z.object({
  phase: z.enum(EXPORT_PHASES),
  /** Slides drawn so far out of total (0/0 until the print pages know the deck). */
  rendered: z.number().int(),
  total: z.number().int(),
  /** Set when phase is done. */
  result: ExportResultSchema.nullable(),
  /** Set when phase is failed or cancelled: what the person reads in the dialog. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ExportJobStatus = z.infer<typeof ExportJobStatusSchema>;

const name = z.string().min(1).max(300);

/** A display the audience window can go to (Electron presenting). */
export const DisplaySchema = z.object({
  id: z.number().int(),
  /** For the picker: the OS's name for it, else its size. */
  label: z.string(),
  bounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
  primary: z.boolean(),
  /** A built-in panel (the laptop's own screen). */
  internal: z.boolean(),
  /** The presenter (editor) window is on it. */
  presenter: z.boolean(),
  /** The audience window is on it. */
  audience: z.boolean(),
});
export type DisplayInfo = z.infer<typeof DisplaySchema>;

/** Where the presenting windows are now; null audience = no audience window. */
export const PresentScreensSchema = z.object({
  audienceDisplayId: z.number().int().nullable(),
  presenterDisplayId: z.number().int().nullable(),
});
export type PresentScreens = z.infer<typeof PresentScreensSchema>;

/** The preferences a person sets (Preferences dialog). The host keeps more in the same file
 * (window position, the last deck) that the renderer never sees. */
export const UserPreferencesSchema = z.object({
  /** The chosen library folder; null = the default (~/Documents/Briefdeck). */
  libraryDir: z.string().max(4096).nullable(),
  authorName: z.string().max(200),
  /** The scheme and default level new decks start with; null = unmarked decks. */
  defaultMarking: DefaultMarkingSchema.nullable(),
  /** The organisation's own scheme (levels typed in Preferences); copied into decks that use it. */
  customScheme: MarkingSchemeSchema.nullable(),
  defaultThemeId: z.string().min(1).max(100),
  /** The organisation theme (fonts, palette, logo); copied into decks that choose it. */
  organisationTheme: PreferencesOrganisationThemeSchema.nullable(),
  openLastDeckAtStart: z.boolean(),
  /** The paper notes pages and handouts start on in the export dialog. */
  paper: PaperSchema,
});
export type UserPreferences = z.infer<typeof UserPreferencesSchema>;

/** What prefs.set may change. The library folder is not here: a path from the renderer is never
 * trusted (DESIGN.md §6), so it changes only through the native folder dialog (prefs.chooseLibrary). */
export const PreferencesPatchSchema = UserPreferencesSchema.omit({ libraryDir: true }).partial().strict();
export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const PreferencesInfoSchema = z.object({
  preferences: UserPreferencesSchema,
  /** Why the stored preferences were (partly) not used, for the person; null when all was fine. */
  notice: z.string().nullable(),
  library: z.object({
    /** The folder in use now. */
    dir: z.string(),
    /** Null when the user can change it here (Electron's folder dialog); else why not and how. */
    fixedBecause: z.string().nullable(),
  }),
  /** The deck to reopen at start: set only when openLastDeckAtStart is on and the file still exists. */
  lastDeck: DeckRefSchema.nullable(),
});
export type PreferencesInfo = z.infer<typeof PreferencesInfoSchema>;

export const CONTRACT = {
  'app.info': { request: z.object({}), response: AppInfoSchema },
  'library.list': { request: z.object({}), response: z.array(DeckSummarySchema) },
  'library.create': {
    request: z.object({ title: name, template: z.enum(['blank', 'sample']).default('blank') }),
    response: OpenedDeckSchema,
  },
  'library.duplicate': { request: z.object({ ref: DeckRefSchema }), response: DeckSummarySchema },
  'library.rename': { request: z.object({ ref: DeckRefSchema, title: name }), response: DeckSummarySchema },
  'library.delete': { request: z.object({ ref: DeckRefSchema }), response: z.object({ trashedTo: z.string() }) },
  'library.recent': { request: z.object({}), response: z.array(DeckSummarySchema) },
  /** Decks whose title, slide titles, widget words or notes contain the query, in library order. */
  'library.search': { request: z.object({ query: z.string().max(SEARCH_QUERY_MAX) }), response: z.array(LibraryHitSchema) },
  /** The deck cut down to its first slide, for its library card's picture (null: no slides). */
  'library.thumbnail': { request: z.object({ ref: DeckRefSchema }), response: DeckSchema.nullable() },
  'deck.open': {
    request: z.object({
      ref: DeckRefSchema,
      // 'view': a presenting or print window reading the deck; it is not an open by the
      // person, so the recent list and the deck to reopen at start are left alone. 'print': the
      // print route, read as 'view' but with each qualifying JPEG a print stand-in, which the
      // printer swaps back for the photo (shared/export/printStandIns.ts).
      purpose: z.enum(['edit', 'view', 'print']).default('edit'),
    }),
    response: OpenedDeckSchema,
  },
  'deck.save': {
    request: z.object({
      ref: DeckRefSchema,
      deck: DeckSchema,
      baseRevision: RevisionSchema,
      /** Overwrite even if the file changed on disk (the user chose "keep mine"). */
      force: z.boolean().default(false),
    }),
    response: z.object({ revision: RevisionSchema, savedAt: z.string() }),
  },
  /** Opening a deck to edit: takes its lock (acquired, with a session), or says who holds it.
   * With a session: the holder's heartbeat (about every 30 s), which also keeps the lock fresh. */
  'deck.lock': {
    /** session: refresh that lock (a heartbeat). claim: take a new lock under this id, chosen by
     * the opener so it can give the lock back before the answer arrives (a page closing). */
    request: z.object({ ref: DeckRefSchema, session: LockSessionSchema.optional(), claim: LockSessionSchema.optional() }),
    response: z.object({ acquired: z.boolean(), session: LockSessionSchema.nullable(), holder: LockHolderSchema.nullable() }),
  },
  /** The editor left the deck, or its tab or window is closing: the lock goes. */
  'deck.unlock': { request: z.object({ ref: DeckRefSchema, session: LockSessionSchema }), response: z.object({ released: z.boolean() }) },
  'deck.saveCopy': {
    request: z.object({ deck: DeckSchema, title: name }),
    response: OpenedDeckSchema,
  },
  'deck.history': { request: z.object({ ref: DeckRefSchema }), response: z.array(HistoryEntrySchema) },
  /** A saved version as it was, to preview before restoring it. */
  'deck.version': {
    request: z.object({ ref: DeckRefSchema, versionId: z.string().regex(/^[0-9A-Za-z_.-]{1,100}$/) }),
    response: DeckSchema,
  },
  'deck.restore': {
    request: z.object({ ref: DeckRefSchema, versionId: z.string().regex(/^[0-9A-Za-z_.-]{1,100}$/) }),
    response: OpenedDeckSchema,
  },
  'prefs.get': { request: z.object({}), response: PreferencesInfoSchema },
  'prefs.set': { request: PreferencesPatchSchema, response: UserPreferencesSchema },
  /** Electron: a native folder dialog; the new folder is used at once (library.list etc.). Null = cancelled. */
  'prefs.chooseLibrary': { request: z.object({}), response: PreferencesInfoSchema.nullable() },
  /** Electron only (the browser host answers not_supported and opens its audience window itself). */
  'present.displays': { request: z.object({}), response: z.array(DisplaySchema) },
  /** Opens (or moves) the full-screen audience window; without displayId main picks the room's display. */
  'present.openAudience': {
    request: z.object({
      deckRef: DeckRefSchema,
      from: z.number().int().min(1).max(100000).default(1),
      displayId: z.number().int().optional(),
      /** Show the prepared window if there is one for this deck; otherwise open nothing. */
      onlyPrepared: z.boolean().optional(),
      /** The deck audience whose version the room sees (an audience id); none = the full deck. */
      audience: z.string().min(1).max(100).nullish(),
    }),
    response: PresentScreensSchema,
  },
  /** Electron: while a deck is being edited and the room has a display, main keeps a hidden
   * audience window loaded (code, fonts, map data), so presenting shows it at once instead of
   * starting a window. prepared = such a window exists. */
  'present.prepare': { request: z.object({ deckRef: DeckRefSchema }), response: z.object({ prepared: z.boolean() }) },
  /** Puts the audience window on the presenter's display and the presenter on the audience's. */
  'present.swapDisplays': { request: z.object({}), response: PresentScreensSchema },
  'present.closeAudience': { request: z.object({}), response: PresentScreensSchema },
  'dialog.open': { request: z.object({}), response: OpenedDeckSchema.nullable() },
  'dialog.saveAs': { request: z.object({ deck: DeckSchema }), response: OpenedDeckSchema.nullable() },
  /** One request/response export (CLI-like callers); the editor's dialog uses the export.start job API. */
  'export.pdf': { request: z.object({ ref: DeckRefSchema, options: ExportOptionsSchema }), response: ExportResultSchema },
  /** The export dialog opened on this deck: a host that can, gets its printer ready (the browser
   * host starts Chromium and loads a print page); false where there is nothing to prepare. */
  'export.prepare': { request: z.object({ ref: DeckRefSchema }), response: z.object({ prepared: z.boolean() }) },
  /** Starts an export job. Electron asks where to save first: null = the user cancelled that dialog. */
  'export.start': {
    request: z.object({
      ref: DeckRefSchema,
      options: ExportOptionsSchema,
      /** The deck's title, for the Save dialog's default file name. */
      title: z.string().max(300).default(''),
      /** Electron opens the PDF with the system viewer when done (the browser host leaves it to the page). */
      openWhenDone: z.boolean().default(false),
    }),
    response: z.object({ jobId: ExportJobIdSchema }).nullable(),
  },
  /** PowerPoint export (in Node, no printer; well under a second, so one request, no job).
   * Electron asks where to save first: null = the user cancelled that dialog. The browser host
   * answers a one-time download. `pages` counts the slides written. */
  'export.pptx': {
    request: z.object({
      ref: DeckRefSchema,
      options: ExportOptionsSchema,
      /** The deck's title, for the Save dialog's default file name. */
      title: z.string().max(300).default(''),
    }),
    response: ExportResultSchema.nullable(),
  },
  /** Polled by the dialog; a finished job answers its outcome once and is then forgotten. */
  'export.status': { request: z.object({ jobId: ExportJobIdSchema }), response: ExportJobStatusSchema },
  /** Aborts a running job; false when it had already finished. */
  'export.cancel': { request: z.object({ jobId: ExportJobIdSchema }), response: z.object({ cancelling: z.boolean() }) },
  // The open deck's language for the spell checker (issue #17 item 7): the desktop app sets its
  // dictionary (answering the one it chose, or null when it has none for it); the browser host
  // answers null: a browser checks spelling in the languages its own settings name.
  /** The editor's deck became read-only (or editable again): the desktop menu greys out (or
   * restores) the items that change a deck. The browser host has no such menu and only answers. */
  'menu.setEditsAvailable': { request: z.object({ available: z.boolean() }), response: z.object({ applied: z.boolean() }) },
  'spellcheck.setLanguage': { request: z.object({ language: z.string().min(1).max(35) }), response: z.object({ dictionary: z.string().nullable() }) },
} as const;

export type Channel = keyof typeof CONTRACT;
export const CHANNELS = Object.keys(CONTRACT) as Channel[];
export type RequestOf<C extends Channel> = z.input<(typeof CONTRACT)[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof CONTRACT)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof CONTRACT)[C]['response']>;

export function isChannel(s: string): s is Channel {
  return Object.prototype.hasOwnProperty.call(CONTRACT, s);
}
