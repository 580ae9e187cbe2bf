// At start, temp files of writes that were killed part-way (a crash, a power cut) are
// removed from the folders Briefdeck writes to: the library, each deck's history folder,
// the trash, and the user-data folder. safeWrite decides which are stale (a dead writer of
// this host, or old enough whoever wrote them), so a live write on a shared folder is kept.
// So are the scratch folders of processes that were killed (scratchDirs.ts).
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from './context';
import { HISTORY_DIR } from './history';
import { removeStaleScratchDirs } from './scratchDirs';
import { removeStaleTemps } from './safeWrite';
import { TRASH_DIR } from './trash';

async function isRealFolder(dir: string): Promise<boolean> {
  return (await lstat(dir).catch(() => null))?.isDirectory() === true;
}

async function subfolders(dir: string): Promise<string[]> {
  if (!(await isRealFolder(dir))) return [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
}

/** Cleans the library (and its .history/<deck> and .trash folders) and `otherDirs`. Never
 * throws: a folder that cannot be read is logged and skipped. Resolves to the temp files removed;
 * the scratch folders of ended processes are removed in the background. */
export async function removeLeftovers(libraryDir: string, otherDirs: string[], log: Logger): Promise<string[]> {
  const history = path.join(libraryDir, HISTORY_DIR);
  const trash = path.join(libraryDir, TRASH_DIR);
  const dirs = [libraryDir, ...(await subfolders(history)), ...otherDirs];
  // Folders that are links are not followed (their target is not ours to clean).
  for (const d of [history, trash]) if (await isRealFolder(d)) dirs.push(d);
  const removed: string[] = [];
  for (const dir of new Set(dirs.map((d) => path.resolve(d)))) {
    try {
      removed.push(...(await removeStaleTemps(dir)).map((n) => path.join(dir, n)));
    } catch (e) {
      log.warn(`could not look for leftover temp files in ${dir}`, e);
    }
  }
  if (removed.length > 0) log.info(`removed ${removed.length} temp file(s) left by interrupted writes: ${removed.join(', ')}`);
  // In the background: listing the system temp folder takes 25-50 ms with a few thousand
  // entries, and nothing waits for it (the export CLI's host start did).
  void removeStaleScratchDirs().then((scratch) => {
    if (scratch.length > 0) log.info(`removed ${scratch.length} temp folder(s) of ended Briefdeck processes: ${scratch.join(', ')}`);
  });
  return removed;
}
