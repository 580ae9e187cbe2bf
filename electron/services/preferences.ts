// The user's preferences: a small lowdb JSON file in the app's user-data folder, written
// through the safe-write adapter (atomic, durable, never through a symlink leading out). Bad or unreadable preferences never stop the app: each bad field falls back to its
// default, and load() says so in a notice the UI can show once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DefaultMarkingSchema, preferenceFromClassification } from '../../shared/markings/preferences';
import { MarkingSchemeSchema } from '../../shared/markings/schema';
import { errnoOf } from './errors';
import { SafeJSONFile } from './safeFileAdapters';
import { ensureFolder, writeFileSafely } from './safeWrite';
import { WindowStateSchema } from './windowState';
import { PaperSchema } from '../../shared/export/paper';
import { PreferencesOrganisationThemeSchema } from '../../shared/themes/deckTheme';
import { systemPaper } from './systemPaper';

export const PREFERENCES_FILE = 'preferences.json';

const FIELDS = {
  // Where decks live; null = the default (BRIEFDECK_LIBRARY, else ~/Documents/Briefdeck).
  libraryDir: z.string().min(1).max(4096).nullable(),
  // Written as the author of new decks and into exported PDFs' Author field.
  authorName: z.string().max(200),
  // The marking scheme and level new decks start with (many offices require one on every
  // page); null = unmarked decks.
  defaultMarking: DefaultMarkingSchema.nullable(),
  // The organisation's own scheme, typed here and copied into each deck that uses it.
  customScheme: MarkingSchemeSchema.nullable(),
  // The theme new decks start with.
  defaultThemeId: z.string().min(1).max(100),
  // The organisation's theme (fonts, palette, logo picture), set here and copied into each deck that uses it.
  organisationTheme: PreferencesOrganisationThemeSchema.nullable(),
  // Reopen the deck that was open when the app last quit.
  openLastDeckAtStart: z.boolean(),
  // The paper notes pages and handouts start on (A4 or US Letter); the default follows the locale.
  paper: PaperSchema,
  // The deck to reopen (a path: decks outside the library have no lasting reference).
  lastDeckPath: z.string().max(4096).nullable(),
  // The editor window's last size, position and display; clamped to real displays on use.
  window: WindowStateSchema.nullable(),
} as const;

export const PreferencesSchema = z.object(FIELDS);
export type Preferences = z.infer<typeof PreferencesSchema>;
type Key = keyof Preferences;

export const DEFAULT_PREFERENCES: Preferences = {
  libraryDir: null,
  authorName: '',
  defaultMarking: null,
  customScheme: null,
  defaultThemeId: 'briefing',
  organisationTheme: null,
  openLastDeckAtStart: true,
  paper: systemPaper(),
  lastDeckPath: null,
  window: null,
};

const LABELS: Record<Key, string> = {
  libraryDir: 'library folder',
  authorName: 'author name',
  defaultMarking: 'default marking',
  customScheme: 'custom marking scheme',
  defaultThemeId: 'default theme',
  organisationTheme: 'organisation theme',
  openLastDeckAtStart: 'open the last deck at start',
  paper: 'paper for notes pages and handouts',
  lastDeckPath: 'last deck',
  window: 'window position',
};

export interface LoadedPreferences {
  preferences: Preferences;
  /** For the person: what was wrong and that defaults are used. Null when all was fine. */
  notice: string | null;
}

/** Keeps every valid field of whatever was stored; bad or missing fields take their default. */
export function sanitizePreferences(raw: unknown): { preferences: Preferences; badFields: Key[] } {
  const preferences: Preferences = { ...DEFAULT_PREFERENCES };
  const badFields: Key[] = [];
  const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? upgradeLegacy(raw as Record<string, unknown>) : null;
  for (const key of Object.keys(FIELDS) as Key[]) {
    if (obj === null || !Object.hasOwn(obj, key)) continue;
    const parsed = FIELDS[key].safeParse(obj[key]);
    if (parsed.success) (preferences as Record<Key, unknown>)[key] = parsed.data;
    else badFields.push(key);
  }
  return { preferences, badFields };
}

/** Preferences from before marking schemes kept one default banner, {label, color}: it becomes
 * the same default as a scheme level (a custom one-level scheme when no built-in matches). */
function upgradeLegacy(obj: Record<string, unknown>): Record<string, unknown> {
  if (!Object.hasOwn(obj, 'defaultClassification') || Object.hasOwn(obj, 'defaultMarking')) return obj;
  const { defaultClassification: c, ...rest } = obj;
  if (c === null) return { ...rest, defaultMarking: null };
  const legacy = z.object({ label: z.string().min(1).max(120), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }).safeParse(c);
  // A damaged old value is reported like any bad field, by the new field's name.
  if (!legacy.success) return { ...rest, defaultMarking: 'not a marking' };
  return { ...rest, ...preferenceFromClassification(legacy.data) };
}

export class PreferencesStore {
  private readonly adapter: SafeJSONFile<unknown>;
  private current: Preferences = { ...DEFAULT_PREFERENCES };
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {
    this.adapter = new SafeJSONFile<unknown>(file);
  }

  static inFolder(userDataDir: string): PreferencesStore {
    return new PreferencesStore(path.join(userDataDir, PREFERENCES_FILE));
  }

  get(): Preferences {
    return this.current;
  }

  /** Reads the file. Never throws: an unreadable file is kept aside as <file>.bad and defaults are used. */
  async load(): Promise<LoadedPreferences> {
    let raw: unknown;
    try {
      raw = await this.adapter.read();
    } catch (e) {
      this.current = { ...DEFAULT_PREFERENCES };
      const kept = await this.keepBadCopy();
      const why = e instanceof SyntaxError ? 'it is not valid JSON' : `it could not be read (${errnoOf(e) ?? (e as Error).message})`;
      return {
        preferences: this.current,
        notice: `Your preferences file ${this.file} was not used because ${why}. Briefdeck is using its default preferences${kept ? `; the old file was kept as ${path.basename(kept)}` : ''}.`,
      };
    }
    if (raw === null) {
      this.current = { ...DEFAULT_PREFERENCES };
      return { preferences: this.current, notice: null };
    }
    const { preferences, badFields } = sanitizePreferences(raw);
    this.current = preferences;
    const notObject = raw === null || typeof raw !== 'object' || Array.isArray(raw);
    if (notObject) {
      return { preferences, notice: `Your preferences file ${this.file} has an unexpected shape. Briefdeck is using its default preferences.` };
    }
    if (badFields.length > 0) {
      const names = badFields.map((k) => LABELS[k]).join(', ');
      return { preferences, notice: `Some preferences in ${this.file} were not valid (${names}); Briefdeck reset them to their defaults.` };
    }
    return { preferences, notice: null };
  }

  /** Validates and saves a change; resolves to the new preferences. Writes one at a time. */
  update(patch: Partial<Preferences>): Promise<Preferences> {
    const parsed = PreferencesSchema.partial().strict().parse(patch);
    const run = this.queue.then(async () => {
      const next = { ...this.current, ...parsed };
      await ensureFolder(path.dirname(this.file));
      await this.adapter.write(next);
      this.current = next;
    });
    this.queue = run.catch(() => undefined);
    return run.then(() => this.current);
  }

  private async keepBadCopy(): Promise<string | null> {
    const target = `${this.file}.bad`;
    try {
      await writeFileSafely(target, await readFile(this.file), { root: path.dirname(path.resolve(this.file)) });
      return target;
    } catch {
      return null;
    }
  }
}
