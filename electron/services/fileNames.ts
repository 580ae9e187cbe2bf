// Deck file names derived from deck titles. A title can hold anything a person types;
// a file name must be valid on Windows, macOS and Linux and never escape its folder.
import { readdir } from 'node:fs/promises';

export const DECK_EXTENSION = '.briefdeck';
/** Long enough for any real title, short enough for Windows' 260-character paths. */
export const MAX_FILE_BASE_LENGTH = 120;
const FALLBACK_BASE = 'Untitled deck';

// Windows refuses these as a file's base name, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Turns a title into a safe file base name (no extension): strips characters Windows
 * forbids and control characters, trims dots and spaces, caps the length, avoids
 * reserved device names. Never returns an empty string. */
export function safeFileBase(title: string): string {
  let s = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ');
  s = trimDotsAndSpaces(s);
  const chars = Array.from(s); // by code point, so a surrogate pair is never split
  if (chars.length > MAX_FILE_BASE_LENGTH) s = trimDotsAndSpaces(chars.slice(0, MAX_FILE_BASE_LENGTH).join(''));
  if (s === '') return FALLBACK_BASE;
  const stem = s.split('.')[0] ?? s;
  if (WINDOWS_RESERVED.test(stem.trim())) s = `${s} deck`;
  return s;
}

function trimDotsAndSpaces(s: string): string {
  return s.replace(/^[\s.]+|[\s.]+$/g, '');
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
