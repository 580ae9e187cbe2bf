// Reading and writing deck text. Every read is validated; every failure names the file
// and says what to do (DESIGN.md §6). Pure: the file system lives in electron/services.
import type { z } from 'zod';
import { BriefdeckError, type ErrorCode } from '../result';
import { migrate } from './migrations';
import { CURRENT_SCHEMA_VERSION, DECK_FORMAT, DeckSchema, type Deck } from './schema';
import { withoutUnusedAssets } from './unusedAssets';

/** Files above this are refused before they are read: the largest plausible deck with
 * embedded images is well under it, and reading more would freeze the app. */
export const MAX_DECK_BYTES = 100 * 1024 * 1024;

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out === '' ? '(top level)' : out;
}

/** A record key's own problem says more than zod's "Invalid key in record". */
function issueMessage(i: z.core.$ZodIssue): string {
  if (i.code === 'invalid_key' && i.issues[0]) return `${JSON.stringify(String(i.path[i.path.length - 1]))} ${i.issues[0].message}`;
  return i.message;
}

export function describeZodError(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${issueMessage(i)}`);
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}

/** A deck cut off part-way: the start of a JSON object whose braces or last string never close.
 * Text that does not start like a deck (binary, prose with a stray brace) is not called that. */
function looksTruncated(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth > 0 || inString;
}

/** The codes parseDeckText gives a file that is damaged (cut off, not JSON, not a deck, not a
 * valid deck), as opposed to one from a newer version: a kept version of it can replace it. */
export const DAMAGED_FILE_CODES: readonly ErrorCode[] = ['truncated', 'not_json', 'foreign_format', 'invalid_deck'];

/** Parse, check the format, migrate and validate. Throws BriefdeckError with a message for people. */
export function parseDeckText(text: string, fileName: string): Deck {
  // A byte-order mark, as some Windows editors write one, is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') {
    throw new BriefdeckError(
      'truncated',
      `“${fileName}” is empty: the file has nothing in it. It was not changed. Restore a previous version from the deck's history, or open a backup copy.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    if (looksTruncated(json)) {
      throw new BriefdeckError(
        'truncated',
        `“${fileName}” is incomplete: the file ends part-way through. It was not changed. Restore a previous version from the deck's history, or open a backup copy.`,
      );
    }
    throw new BriefdeckError(
      'not_json',
      `“${fileName}” is not a Briefdeck file: it is not readable JSON. It was not changed.`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== DECK_FORMAT) {
    throw new BriefdeckError(
      'foreign_format',
      `“${fileName}” is a JSON file, but not a Briefdeck deck (it has no "format": "briefdeck"). It was not changed.`,
    );
  }
  const doc = raw as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BriefdeckError('invalid_deck', `“${fileName}” has no valid schemaVersion. It was not changed.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new BriefdeckError(
      'newer_version',
      `“${fileName}” was made by a newer version of Briefdeck (file format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Briefdeck to open it. The file was not changed.`,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(doc, version);
  } catch (e) {
    throw new BriefdeckError('invalid_deck', `“${fileName}” could not be upgraded from format ${version}: ${(e as Error).message}. It was not changed.`);
  }
  const parsed = DeckSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new BriefdeckError(
      'invalid_deck',
      `“${fileName}” is damaged and cannot be opened: ${describeZodError(parsed.error)}. It was not changed.`,
    );
  }
  return parsed.data;
}

/** The file's text. Pictures no widget shows are left out (./unusedAssets.ts says why). */
export function serializeDeck(deck: Deck): string {
  return `${JSON.stringify(withoutUnusedAssets(deck), null, 2)}\n`;
}
