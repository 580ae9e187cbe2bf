// Every file Briefdeck writes goes through here (issue 16): decks, history snapshots, the
// trash, the recent list, preferences (with the window's position) and exported PDFs.
// - The temp file is created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW) under a random name in
//   the target's folder, so a file or symlink planted at a predictable name never receives
//   the bytes; the rename then replaces the target's directory entry (never writes through it).
// - Inside a root (the library, the user-data folder) a folder or target that is a symlink
//   leading outside the root is refused with a message naming it; nothing is written there.
// - The file, then its folder, are fsynced before success is reported: a rename alone is
//   ordered but not durable, and a save reported as done must survive a power cut.
// - Temp names carry a tag of this host, the pid and a per-run nonce, so startup can remove
//   a dead writer's leftovers without touching a live writer's (another Briefdeck on a
//   shared folder).
// Written on Node's primitives rather than steno (lowdb's writer: one fixed temp name per
// file, no fsync) or write-file-atomic (follows symlinks on purpose, does not fsync the folder).
// What remains: a folder swapped for a symlink between the check and the open (Node has no
// openat); the check runs again just before the rename to narrow that window.
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BriefdeckError } from '../../shared/result';
import { errnoOf } from './errors';
import { pidAlive } from './pidAlive';

export interface SafeWriteOptions {
  /** The folder the write must stay inside (the library, the user-data folder). Without
   * one (a path the user chose in a dialog) only the temp file and rename rules apply. */
  root?: string;
  signal?: AbortSignal;
}

/** Temp files older than this are leftovers whoever wrote them (a write takes seconds). */
export const STALE_TEMP_AGE_MS = 60 * 60_000;

const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 6);
const RUN_NONCE = randomBytes(3).toString('hex');
const TEMP_NAME = /^\.~bd\.([0-9a-f]{6})\.(\d+)\.([0-9a-f]{6})\.[0-9a-f]{8}\..*\.tmp$/s;
// steno's fixed names from earlier versions (".Deck.briefdeck.tmp", ".recent.json.tmp").
const LEGACY_TEMP_NAME = /^\..+\.(briefdeck|json)\.tmp$/s;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** ".~bd.<host>.<pid>.<run>.<random>.<target name, cut>.tmp" in the same folder. */
export function tempNameFor(target: string): string {
  const base = Array.from(path.basename(target)).slice(0, 60).join('');
  return `.~bd.${HOST_TAG}.${process.pid}.${RUN_NONCE}.${randomBytes(4).toString('hex')}.${base}.tmp`;
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function refuseLink(linkPath: string, root: string, leadsTo: string | null): never {
  const where = path.relative(root, linkPath) || path.basename(linkPath);
  throw new BriefdeckError(
    'unsafe_path',
    `Briefdeck did not write there: “${where}” in ${root} is a link to ${leadsTo ?? 'a place that does not exist'}, outside that folder, and writing through it could overwrite a file elsewhere. Replace the link with a real folder or file (or remove it) and try again.`,
  );
}

/** Walks from `root` down to `absPath` (both resolved). Every existing component that is a
 * symlink must lead inside the root. Returns the real path (links inside the root resolved)
 * and whether the final component exists. */
async function checkInside(absPath: string, root: string): Promise<{ real: string; exists: boolean }> {
  const rootAbs = path.resolve(root);
  const target = path.resolve(absPath);
  if (!isInside(target, rootAbs)) throw new BriefdeckError('unsafe_path', `Briefdeck did not write ${target}: it is not inside ${rootAbs}.`);
  // The root itself may be a link (~/Documents on another disk); what matters is leaving it.
  const rootReal = await realpath(rootAbs).catch(() => rootAbs);
  let cur = rootAbs;
  for (const part of path.relative(rootAbs, target).split(path.sep).filter(Boolean)) {
    cur = path.join(cur, part);
    let st;
    try {
      st = await lstat(cur);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return { real: path.join(await realpath(path.dirname(cur)), path.relative(path.dirname(cur), target)), exists: false };
      throw e;
    }
    if (st.isSymbolicLink()) {
      const leadsTo = await realpath(cur).catch(() => null);
      if (leadsTo === null || !isInside(leadsTo, rootReal)) refuseLink(cur, rootAbs, leadsTo);
    }
  }
  return { real: await realpath(target), exists: true };
}

/** Creates a folder (and missing parents) inside `root` without following a link out of it. */
export async function ensureFolder(dir: string, opts: { root?: string } = {}): Promise<void> {
  if (opts.root === undefined) {
    await mkdir(dir, { recursive: true });
    return;
  }
  const root = path.resolve(opts.root);
  await mkdir(root, { recursive: true });
  let cur = root;
  for (const part of path.relative(root, path.resolve(dir)).split(path.sep).filter(Boolean)) {
    cur = path.join(cur, part);
    await checkInside(cur, root);
    try {
      await mkdir(cur); // never follows: a link at `cur` makes it fail with EEXIST
    } catch (e) {
      if (errnoOf(e) !== 'EEXIST') throw e;
    }
  }
  await checkInside(dir, root);
  if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
}

/** fsync of a folder makes a rename in it durable. Not possible on Windows (and some file
 * systems), where the rename is as durable as the OS makes it. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch (e) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'EBADF', 'ENOTSUP'].includes(errnoOf(e) ?? '')) throw e;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function abortError(): Error {
  return Object.assign(new Error('The write was cancelled.'), { name: 'AbortError' });
}

/** Where a write to `target` really goes: the target itself, or, when it is a link that
 * stays inside the root, the file it names. Refuses links that lead out. */
async function resolveTarget(target: string, root: string | undefined): Promise<string> {
  const abs = path.resolve(target);
  if (root === undefined) return abs;
  const { real, exists } = await checkInside(abs, root);
  return exists ? real : path.join(path.dirname(real), path.basename(abs));
}

/**
 * Writes `data` to `target` atomically and durably: exclusive temp file in the same folder,
 * fsync, rename, fsync of the folder. On any failure the temp file is removed and the target
 * is what it was. Node's fs errors pass through (callers word them for people).
 */
export async function writeFileSafely(target: string, data: string | Uint8Array, opts: SafeWriteOptions = {}): Promise<void> {
  const finalPath = await resolveTarget(target, opts.root);
  const dir = path.dirname(finalPath);
  const tmp = path.join(dir, tempNameFor(finalPath));
  let created = false;
  try {
    if (opts.signal?.aborted) throw abortError();
    const handle = await open(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, 0o666);
    created = true;
    try {
      await handle.writeFile(data, { signal: opts.signal });
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.signal?.aborted) throw abortError();
    if (opts.root !== undefined) await checkInside(dir, opts.root);
    await rename(tmp, finalPath);
    created = false;
    await syncFolder(dir);
  } finally {
    if (created) await rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** Creates `target` only if nothing is there (not even a link): EEXIST otherwise. For lock
 * files, where "already there" is the answer, not an error. Durable like writeFileSafely. */
export async function createFileExclusively(target: string, data: string, opts: { root?: string } = {}): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  if (opts.root !== undefined) await checkInside(dir, opts.root);
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(target, { force: true });
    throw e;
  }
  await handle.close();
  await syncFolder(dir);
}

/** Moves a file within or between folders inside `root` (rename, trash), refusing folders
 * that are links leading out, and makes the move durable. A rename moves a link itself,
 * never what it points to. */
export async function moveInside(from: string, to: string, root: string): Promise<void> {
  await checkInside(path.dirname(from), root);
  await checkInside(path.dirname(to), root);
  await rename(from, to);
  await syncFolder(path.dirname(to));
  if (path.dirname(to) !== path.dirname(from)) await syncFolder(path.dirname(from));
}

/** Deletes a file inside `root` (old history versions) without reaching through a link. */
export async function removeInside(file: string, root: string): Promise<void> {
  await checkInside(path.dirname(file), root);
  await rm(file, { force: true });
}

/** Refuses (unsafe_path) when `absPath`, or a folder between `root` and it, is a link leading out. */
export async function assertInside(absPath: string, root: string): Promise<void> {
  await checkInside(absPath, root);
}


/** Whether a temp file left in a folder can go: written on this host by a process that is
 * gone (or an earlier run with the same pid), or older than STALE_TEMP_AGE_MS whoever wrote it. */
function isStale(name: string, mtimeMs: number, now: number): boolean {
  if (now - mtimeMs > STALE_TEMP_AGE_MS) return TEMP_NAME.test(name) || LEGACY_TEMP_NAME.test(name);
  const m = TEMP_NAME.exec(name);
  if (!m || m[1] !== HOST_TAG) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return m[3] !== RUN_NONCE;
  return !pidAlive(pid);
}

/** Removes leftover temp files of this module's pattern (and steno's old fixed names) from
 * `dir`; returns the names removed. A missing folder has none. */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') return [];
    throw e;
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const st = await lstat(path.join(dir, name)).catch(() => null);
    if (st === null || st.isDirectory() || !isStale(name, st.mtimeMs, now)) continue;
    await rm(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
