// Previous versions of each deck, kept in <library>/.history/<deck id>/<versionId>.briefdeck
// so a person can go back after a bad edit or a damaged file.
//
// Policy (DESIGN.md §6 "saving never loses the previous good copy"):
// - Before a save that changes the file, the file's previous content is copied here, but
//   at most once per SNAPSHOT_INTERVAL_MS per deck: autosave runs about every second while
//   someone types and 20 one-second-apart versions would be useless. An identical copy of
//   the newest snapshot is never stored twice.
// - Before a restore (and a rename, which rewrites the file), the current file is always
//   copied, whatever the interval, so a restore can itself be undone.
// - Only files that parse as decks are kept (a damaged file is not a "good copy").
// - The newest HISTORY_LIMIT versions are kept; older ones are deleted.
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { HistoryEntry } from '../../shared/api/contract';
import { BriefdeckError } from '../../shared/result';
import { readDeckFile, readDeckText, withFileLock, writeDeckText, type LoadedDeck } from './deckFile';
import { SafeJSONFile } from './safeFileAdapters';
import { ensureFolder, removeInside } from './safeWrite';

export const HISTORY_DIR = '.history';
export const HISTORY_LIMIT = 20;
export const SNAPSHOT_INTERVAL_MS = 60_000;
const EXT = '.briefdeck';
const VERSION_ID = /^\d{8}T\d{9}Z$/;

/** Deck ids come from files, so they are not trusted as folder names. */
export function historyDirFor(libraryDir: string, deckId: string): string {
  const safe = /^[A-Za-z0-9_-]{1,100}$/.test(deckId) ? deckId : `h_${createHash('sha256').update(deckId).digest('hex').slice(0, 32)}`;
  return path.join(libraryDir, HISTORY_DIR, safe);
}

/** 2026-11-28T17:30:40.123Z -> 20261128T173040123Z (sortable, safe on every file system). */
export function versionIdOf(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function dateOfVersionId(id: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(id);
  if (!m) return new Date(NaN);
  const [, y, mo, d, h, mi, s, ms] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
}

/** Version ids in a deck's history folder, newest first. */
async function versionIds(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => n.endsWith(EXT) && VERSION_ID.test(n.slice(0, -EXT.length)))
    .map((n) => n.slice(0, -EXT.length))
    .sort()
    .reverse();
}

export interface SnapshotOptions {
  now: Date;
  /** Ignore the interval (before a restore or rename). */
  always?: boolean;
  /** The deck file's path, so its history can be found even once the file is damaged. */
  location?: string;
}

// Deck file path -> deck id, written with each snapshot: a damaged file no longer says
// which deck it was, and this is how its history is still found.
type LocationIndex = Record<string, string>;

function locationIndexFile(libraryDir: string): string {
  return path.join(libraryDir, HISTORY_DIR, 'locations.json');
}

async function rememberLocation(libraryDir: string, location: string, deckId: string): Promise<void> {
  const file = locationIndexFile(libraryDir);
  await withFileLock(file, async () => {
    const adapter = new SafeJSONFile<LocationIndex>(file, libraryDir);
    const index = (await adapter.read().catch(() => null)) ?? {};
    const key = path.resolve(location);
    if (Object.hasOwn(index, key) && index[key] === deckId) return;
    index[key] = deckId;
    await ensureFolder(path.dirname(file), { root: libraryDir });
    await adapter.write(index);
  });
}

/** The deck id last seen at a path, if any snapshot was taken there. */
export async function deckIdForLocation(libraryDir: string, location: string): Promise<string | null> {
  const index = await new SafeJSONFile<LocationIndex>(locationIndexFile(libraryDir), libraryDir).read().catch(() => null);
  const key = path.resolve(location);
  const id = index !== null && typeof index === 'object' && Object.hasOwn(index, key) ? index[key] : undefined;
  return typeof id === 'string' ? id : null;
}

/** Copies a deck's current file text into its history if the policy above allows.
 * Returns the new version id, or null when nothing was stored. */
export async function snapshot(libraryDir: string, deckId: string, text: string, opts: SnapshotOptions): Promise<string | null> {
  if (opts.location !== undefined) await rememberLocation(libraryDir, opts.location, deckId);
  const dir = historyDirFor(libraryDir, deckId);
  const ids = await versionIds(dir);
  const newest = ids[0];
  if (newest !== undefined) {
    const age = opts.now.getTime() - dateOfVersionId(newest).getTime();
    if (!opts.always && age >= 0 && age < SNAPSHOT_INTERVAL_MS) return null;
    const prev = await readDeckText(path.join(dir, newest + EXT)).catch(() => null);
    if (prev !== null && prev.text === text) return null;
  }
  await ensureFolder(dir, { root: libraryDir });
  // A later id than any existing one, even if the clock went backwards.
  let t = opts.now.getTime();
  const newestTime = newest === undefined ? -Infinity : dateOfVersionId(newest).getTime();
  if (t <= newestTime) t = newestTime + 1;
  const id = versionIdOf(new Date(t));
  await writeDeckText(path.join(dir, id + EXT), text, { fileName: `${id}${EXT}`, root: libraryDir });
  await prune(libraryDir, dir, [id, ...ids]);
  return id;
}

async function prune(libraryDir: string, dir: string, idsNewestFirst: string[]): Promise<void> {
  for (const old of idsNewestFirst.slice(HISTORY_LIMIT)) {
    await removeInside(path.join(dir, old + EXT), libraryDir);
  }
}

/** A deck's stored versions, newest first. Versions that no longer parse are left out. */
export async function listHistory(libraryDir: string, deckId: string): Promise<HistoryEntry[]> {
  const dir = historyDirFor(libraryDir, deckId);
  const out: HistoryEntry[] = [];
  for (const id of await versionIds(dir)) {
    try {
      const v = await readDeckFile(path.join(dir, id + EXT));
      out.push({
        id,
        savedAt: dateOfVersionId(id).toISOString(),
        title: v.deck.meta.title,
        slideCount: v.deck.slideOrder.length,
        sizeBytes: v.sizeBytes,
      });
    } catch {
      // A damaged snapshot is not offered; the others still are.
    }
  }
  return out;
}

export async function readVersion(libraryDir: string, deckId: string, versionId: string): Promise<LoadedDeck> {
  if (!VERSION_ID.test(versionId)) throw new BriefdeckError('bad_request', `“${versionId}” is not a saved version.`);
  const file = path.join(historyDirFor(libraryDir, deckId), versionId + EXT);
  try {
    return await readDeckFile(file, `the version saved ${dateOfVersionId(versionId).toLocaleString()}`);
  } catch (e) {
    if (e instanceof BriefdeckError && e.code === 'not_found') {
      throw new BriefdeckError('not_found', 'That saved version no longer exists. Reopen the history list and pick another.');
    }
    throw e;
  }
}
