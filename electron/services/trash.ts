// Deleting a deck never destroys it. Electron passes the OS trash (shell.trashItem); the
// browser host, which has no OS trash API, moves the file into <library>/.trash instead.
import { copyFile, mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from './errors';

/** Moves a file somewhere recoverable; resolves to a description of where (a path, or
 * nothing when the OS trash took it). */
export type TrashFn = (absPath: string) => Promise<string | void>;

export const TRASH_DIR = '.trash';

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The browser host's trash: `<library>/.trash/<timestamp>-<name>`. */
export function folderTrash(libraryDir: string, now: () => Date = () => new Date()): TrashFn {
  return async (absPath) => {
    const dir = path.join(libraryDir, TRASH_DIR);
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, `${stamp(now())}-${path.basename(absPath)}`);
    try {
      await rename(absPath, target);
    } catch (e) {
      if (errnoOf(e) !== 'EXDEV') throw e;
      // A deck opened from another disk: copy, then remove the original.
      await copyFile(absPath, target);
      await unlink(absPath);
    }
    return target;
  };
}
