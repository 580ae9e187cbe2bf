// The PDF lands where the user asked only when it is complete: written to a temp file in
// the same folder, then renamed over the target. A failed or cancelled export removes the
// temp file, so no partial PDF is ever left under the requested name.
import { randomBytes } from 'node:crypto';
import { access, constants, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BriefdeckError } from '../../../shared/result';

/** Checks up front that the folder exists and is writable, so a long export does not fail at the end. */
export async function checkOutputPath(outPath: string): Promise<void> {
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

export function tempPathFor(outPath: string): string {
  const abs = path.resolve(outPath);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${randomBytes(4).toString('hex')}.part`);
}

/** Writes bytes to a temp file next to `outPath` and renames it into place. */
export async function writeFileAtomic(outPath: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  const tmp = tempPathFor(outPath);
  try {
    await writeFile(tmp, bytes, { signal });
    if (signal?.aborted) throw new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');
    await rename(tmp, path.resolve(outPath));
  } catch (e) {
    await rm(tmp, { force: true });
    if (e instanceof BriefdeckError) throw e;
    if ((e as Error).name === 'AbortError') throw new BriefdeckError('cancelled', 'The export was cancelled; no PDF was written.');
    throw new BriefdeckError('io_error', `Could not write ${outPath}: ${(e as Error).message}`);
  }
}
