// Deleting a deck never destroys it. Electron passes the OS trash (shell.trashItem); the
// browser host, which has no OS trash API, moves the file into <library>/.trash instead.
import { readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { errnoOf } from './errors';
import { assertInside, ensureFolder, moveInside, writeFileSafely } from './safeWrite';

/** Moves a file somewhere recoverable; resolves to a description of where (a path, or
 * nothing when the OS trash took it). */
export type TrashFn = (absPath: string) => Promise<string | void>;

export const TRASH_DIR = '.trash';

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The browser host's trash: `<library>/.trash/<timestamp>-<name>`. A .trash that is a
 * link out of the library is refused (unsafe_path): the deck stays where it is. */
export function folderTrash(libraryDir: string, now: () => Date = () => new Date()): TrashFn {
  return async (absPath) => {
    const dir = path.join(libraryDir, TRASH_DIR);
    await ensureFolder(dir, { root: libraryDir });
    const target = path.join(dir, `${stamp(now())}-${path.basename(absPath)}`);
    const fromLibrary = !path.relative(libraryDir, absPath).startsWith('..');
    try {
      if (fromLibrary) await moveInside(absPath, target, libraryDir);
      else {
        await assertInside(dir, libraryDir);
        await rename(absPath, target);
      }
    } catch (e) {
      if (errnoOf(e) !== 'EXDEV') throw e;
      // A deck opened from another disk: copy, then remove the original.
      await writeFileSafely(target, await readFile(absPath), { root: libraryDir });
      await unlink(absPath);
    }
    return target;
  };
}
