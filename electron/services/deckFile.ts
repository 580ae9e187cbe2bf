// Reading and writing one deck file. Reads are size-checked by stat first and validated
// by the shared codec; writes go through a lowdb adapter on the safe-write module (exclusive
// temp file, fsync, rename, fsync of the folder), so a crash mid-save leaves the old file or
// the new one, never half of each, and a symlink never redirects the write.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_DECK_BYTES, parseDeckText, serializeDeck } from '../../shared/deck/codec';
import type { Deck } from '../../shared/deck/schema';
import { BriefdeckError } from '../../shared/result';
import { errnoOf, fsError } from './errors';
import { revisionOf } from './revision';
import { SafeTextFile } from './safeFileAdapters';

export interface DeckText {
  text: string;
  /** SHA-256 of the bytes on disk. */
  revision: string;
  sizeBytes: number;
  modifiedAt: Date;
}

export interface LoadedDeck extends DeckText {
  deck: Deck;
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Refuses anything but a regular file no larger than MAX_DECK_BYTES, before reading it. */
async function checkSize(absPath: string, fileName: string): Promise<{ size: number; mtime: Date }> {
  const s = await stat(absPath);
  if (!s.isFile()) throw new BriefdeckError('io_error', `“${fileName}” is not a file.`);
  if (s.size > MAX_DECK_BYTES) {
    throw new BriefdeckError(
      'too_large',
      `“${fileName}” is ${megabytes(s.size)}, more than the ${megabytes(MAX_DECK_BYTES)} Briefdeck can open. It was not changed.`,
    );
  }
  return { size: s.size, mtime: s.mtime };
}

/** The file's text and revision, unparsed; null when the file does not exist. */
export async function readDeckText(absPath: string, fileName = path.basename(absPath)): Promise<DeckText | null> {
  try {
    const { size, mtime } = await checkSize(absPath, fileName);
    const text = await new SafeTextFile(absPath).read();
    if (text === null) return null;
    return { text, revision: revisionOf(text), sizeBytes: size, modifiedAt: mtime };
  } catch (e) {
    if (errnoOf(e) === 'ENOENT') return null;
    throw fsError(e, fileName, 'read');
  }
}

/** Reads and validates a deck; every failure is a BriefdeckError naming the file. */
export async function readDeckFile(absPath: string, fileName = path.basename(absPath)): Promise<LoadedDeck> {
  const loaded = await readDeckText(absPath, fileName);
  if (loaded === null) throw fsError(Object.assign(new Error('missing'), { code: 'ENOENT' }), fileName, 'read');
  return { ...loaded, deck: parseDeckText(loaded.text, fileName) };
}

export interface WriteDeckOptions {
  fileName?: string;
  /** The folder the write must stay inside (the library); none for a path from a dialog. */
  root?: string;
}

/** Writes a deck atomically and returns the new revision. Refuses a deck that would be
 * too large to open again. Callers hold the file's lock (withFileLock). */
export async function writeDeckFile(absPath: string, deck: Deck, opts: WriteDeckOptions = {}): Promise<DeckText> {
  return writeDeckText(absPath, serializeDeck(deck), opts);
}

export async function writeDeckText(absPath: string, text: string, opts: WriteDeckOptions = {}): Promise<DeckText> {
  const fileName = opts.fileName ?? path.basename(absPath);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_DECK_BYTES) {
    throw new BriefdeckError(
      'too_large',
      `“${fileName}” would be ${megabytes(size)}, more than the ${megabytes(MAX_DECK_BYTES)} Briefdeck can open, so it was not saved. Remove some images or datasets and try again.`,
    );
  }
  try {
    await new SafeTextFile(absPath, opts.root).write(text);
  } catch (e) {
    throw fsError(e, fileName, 'write');
  }
  return { text, revision: revisionOf(text), sizeBytes: size, modifiedAt: new Date() };
}

const locks = new Map<string, Promise<unknown>>();

/** Runs `fn` with exclusive use of a file path within this process, so a read-compare-write
 * (conflict check, history snapshot, save) is never interleaved with another for the same
 * file. */
export async function withFileLock<T>(absPath: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(absPath);
  const prev = locks.get(key) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  const tail = run.catch(() => undefined);
  locks.set(key, tail);
  try {
    return await run;
  } finally {
    if (locks.get(key) === tail) locks.delete(key);
  }
}
