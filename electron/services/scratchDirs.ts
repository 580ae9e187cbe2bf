// Briefdeck's folders in the system temp folder: Chromium's throwaway profiles, an export's
// private library, the browser host's one-time downloads. Each is named with the pid of the
// process that made it ("briefdeck-export-4242-Ab3dEf"), and removed by that process when it is
// done; a process killed part-way cannot, so every start removes the ones whose process is gone.
// An export killed at the wrong moment otherwise left a copy of its deck (photos and all, tens
// of MB) and a Chromium profile behind for good.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pidAlive } from './pidAlive';

export type ScratchKind = 'chromium' | 'export' | 'downloads';

const SCRATCH = /^briefdeck-(chromium|export|downloads)-(?:(\d+)-)?[A-Za-z0-9]{6}$/;
/** Folders named before they carried a pid are removed once this old. */
const UNOWNED_AGE_MS = 24 * 60 * 60 * 1000;

/** A new private folder of `kind` in `base` (default the system temp folder). */
export function makeScratchDir(kind: ScratchKind, base = os.tmpdir()): Promise<string> {
  return mkdtemp(path.join(base, `briefdeck-${kind}-${process.pid}-`));
}

/** Removes the scratch folders in `base` whose process has ended (never this process's, nor a
 * live one's); resolves to the paths removed. Never throws: what cannot be read or removed is
 * left for the next start. */
export async function removeStaleScratchDirs(base = os.tmpdir(), now = Date.now()): Promise<string[]> {
  const names = await readdir(base).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = SCRATCH.exec(name);
    if (!m) continue;
    const dir = path.join(base, name);
    const pid = m[2] === undefined ? null : Number(m[2]);
    if (pid !== null && (pid === process.pid || pidAlive(pid))) continue;
    if (pid === null) {
      const s = await stat(dir).catch(() => null);
      if (!s || now - s.mtimeMs < UNOWNED_AGE_MS) continue;
    }
    try {
      await rm(dir, { recursive: true, force: true, maxRetries: 2 });
      removed.push(dir);
    } catch {
      // Left for the next start.
    }
  }
  return removed;
}
