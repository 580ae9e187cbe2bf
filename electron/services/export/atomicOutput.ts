// The PDF lands where the user asked only when it is complete: written through the one
// safe-write module (exclusive temp file in the same folder, fsync, rename, fsync of the
// folder). A failed or cancelled export removes the temp file, so no partial PDF is ever
// left under the requested name.
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { exportCancelled } from '../../../shared/export/messages';
import { BriefdeckError } from '../../../shared/result';
import { assertNewFileName } from '../fileNames';
import { tempNameFor, writeFileSafely } from '../safeWrite';

/** Checks up front that the name is one every system accepts and that the folder exists and is
 * writable, so a long export does not fail at the end. */
export async function checkOutputPath(outPath: string): Promise<void> {
  // The same rule as every name Briefdeck accepts for a new file (fileNames.ts).
  assertNewFileName(path.basename(path.resolve(outPath)));
  const dir = path.dirname(path.resolve(outPath));
  try {
    const s = await stat(dir);
    if (!s.isDirectory()) throw new Error('not a folder');
    await access(dir, constants.W_OK);
  } catch {
    throw new BriefdeckError('io_error', `Cannot write ${outPath}: the folder ${dir} does not exist or is not writable. Choose another place for the PDF.`);
  }
  try {
    if ((await stat(outPath)).isDirectory()) throw new BriefdeckError('io_error', `Cannot write ${outPath}: it is a folder. Give a file name ending in .pdf.`);
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
  }
}

/** A fresh temp path next to `outPath`, of the pattern startup clean-up recognises. */
export function tempPathFor(outPath: string): string {
  const abs = path.resolve(outPath);
  return path.join(path.dirname(abs), tempNameFor(abs));
}

/** Writes bytes to a temp file next to `outPath` and renames it into place, durably. */
export async function writeFileAtomic(outPath: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  try {
    await writeFileSafely(outPath, bytes, { signal });
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    if ((e as Error).name === 'AbortError') throw exportCancelled();
    throw new BriefdeckError('io_error', `Could not write ${outPath}: ${(e as Error).message}`);
  }
}
