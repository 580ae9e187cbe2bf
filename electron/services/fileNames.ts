// Deck file names derived from deck titles. A title can hold anything a person types;
// a file name must be valid on Windows, macOS and Linux and never escape its folder.
import { readdir } from 'node:fs/promises';
import { BriefdeckError } from '../../shared/result';

export const DECK_EXTENSION = '.briefdeck';
/** Every name Briefdeck makes or accepts for a new file stays under this many bytes (UTF-8):
 * file systems allow 255, and synced or zipped folders add prefixes. */
export const MAX_FILE_NAME_BYTES = 200;
/** Room kept for the " 2", " 3"… uniqueFileName may add. */
const NUMBER_ROOM_BYTES = 8;
const FALLBACK_BASE = 'Untitled deck';

// Windows refuses these as a file's base name, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Characters Windows (and macOS for ":") forbids in names.
const FORBIDDEN = /[<>:"/\\|?*]/;
// Format characters (bidi embeddings, overrides, isolates and marks; zero-width spaces and
// joiners; BOM): invisible, and U+202E can make "fdp.kced" show as "deck.pdf".
const INVISIBLE = /\p{Cf}/u;
// Percent-escapes of a dot, slash, backslash or NUL: decoded anywhere, "%2e%2e" is "..".
const ENCODED_PATH_CHAR = /%(2e|2f|5c|00)/i;

const encoder = new TextEncoder();
function byteLength(s: string): number {
  return encoder.encode(s).length;
}

function trimDotsAndSpaces(s: string): string {
  return s.replace(/^[\s.]+|[\s.]+$/g, '');
}

/** The name's stem as Windows sees it for device names: up to the first dot, without trailing spaces. */
function deviceStem(name: string): string {
  return (name.split('.')[0] ?? name).trimEnd();
}

/**
 * The one sanitiser for file names Briefdeck makes (library decks, copies, renames, Save As
 * and export suggestions, downloads): turns any title into a base name (no extension) that
 * fileNameProblem accepts with `ext` after it. Drops invisible format characters, turns
 * controls, forbidden characters and encoded path characters into spaces, trims dots and
 * spaces, keeps the name under MAX_FILE_NAME_BYTES (leaving room for a " 2"), and moves a
 * Windows device name off the stem. Never returns an empty string.
 */
export function safeFileBase(title: string, ext: string = DECK_EXTENSION): string {
  let s = title
    .normalize('NFC')
    .replace(new RegExp(INVISIBLE.source, 'gu'), '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(new RegExp(ENCODED_PATH_CHAR.source, 'gi'), ' ')
    .replace(new RegExp(FORBIDDEN.source, 'g'), ' ')
    .replace(/\s+/g, ' ');
  s = trimDotsAndSpaces(s);
  const maxBytes = MAX_FILE_NAME_BYTES - 1 - byteLength(ext) - NUMBER_ROOM_BYTES;
  if (byteLength(s) > maxBytes) {
    const kept: string[] = [];
    let used = 0;
    for (const ch of s) {
      // by code point, so a surrogate pair is never split
      used += byteLength(ch);
      if (used > maxBytes) break;
      kept.push(ch);
    }
    s = trimDotsAndSpaces(kept.join(''));
  }
  if (s === '') return FALLBACK_BASE;
  const stem = deviceStem(s);
  if (WINDOWS_RESERVED.test(stem)) s = `${stem} deck${s.slice(stem.length)}`;
  return s;
}

/** Why `name` (a whole file name, with its extension) cannot be a new file's name on every
 * system Briefdeck runs on; null when it can. The sanitiser never makes such a name. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'it is empty';
  if (INVISIBLE.test(name)) return 'it holds invisible characters (such as right-to-left marks) that can disguise its real extension';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'it holds control characters';
  const forbidden = FORBIDDEN.exec(name);
  if (forbidden) return `it contains “${forbidden[0]}”, which Windows does not allow in file names`;
  const encoded = ENCODED_PATH_CHAR.exec(name);
  if (encoded) return `it contains “${encoded[0]}”, an encoded dot, slash or NUL`;
  const stem = deviceStem(name);
  if (WINDOWS_RESERVED.test(stem)) return `“${stem}” is reserved by Windows for a device`;
  if (/^[\s.]/.test(name)) return 'it starts with a dot or a space';
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  if (/[\s.]$/.test(name) || /[\s.]$/.test(base)) return 'it ends with a dot or a space';
  const size = byteLength(name);
  if (size >= MAX_FILE_NAME_BYTES) return `it is ${size} bytes long, and names must stay under ${MAX_FILE_NAME_BYTES} bytes`;
  return null;
}

/** Refuses (bad_request) a name the user or a caller gave for a new file. */
export function assertNewFileName(name: string): void {
  const problem = fileNameProblem(name);
  if (problem !== null) {
    throw new BriefdeckError('bad_request', `“${name}” cannot be a file name: ${problem}. Choose another name.`);
  }
}

/** "Title.briefdeck", or "Title 2.briefdeck", "Title 3.briefdeck"… when taken. Names are
 * compared case-insensitively (Windows and macOS folders are). `own` is a name the caller
 * already holds (a rename keeps its own name). */
export function uniqueFileName(base: string, taken: Iterable<string>, own?: string): string {
  const lower = new Set<string>();
  for (const t of taken) lower.add(t.toLowerCase());
  if (own !== undefined) lower.delete(own.toLowerCase());
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}${DECK_EXTENSION}` : `${base} ${n}${DECK_EXTENSION}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** A free deck file name in `dir` for `title`. */
export async function freeFileNameFor(dir: string, title: string, own?: string): Promise<string> {
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return uniqueFileName(safeFileBase(title), names, own);
}

/** True for a plain deck file name inside a folder: no separators, not hidden, our extension. */
export function isDeckFileName(name: string): boolean {
  return (
    name.endsWith(DECK_EXTENSION) &&
    name.length > DECK_EXTENSION.length &&
    !name.startsWith('.') &&
    !/[/\\\0]/.test(name)
  );
}
