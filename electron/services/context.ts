// What every project-file operation needs: where the library is, how to resolve the
// renderer's deck references, the clock, the trash. Built once by createProjectFiles.
import path from 'node:path';
import { DeckRefSchema, type DeckRef } from '../../shared/api/contract';
import { BriefdeckError } from '../../shared/result';
import type { DeckLocks } from './deckLocks';
import type { ExternalRefs } from './externalRefs';
import { isDeckFileName } from './fileNames';
import type { TrashFn } from './trash';

export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (m, d) => console.info(`[briefdeck] ${m}`, ...(d === undefined ? [] : [d])),
  warn: (m, d) => console.warn(`[briefdeck] ${m}`, ...(d === undefined ? [] : [d])),
  error: (m, d) => console.error(`[briefdeck] ${m}`, ...(d === undefined ? [] : [d])),
};

export interface Ctx {
  libraryDir: string;
  externals: ExternalRefs;
  trash: TrashFn;
  /** Folder with the sample deck (*.briefdeck); may not exist. */
  sampleDir: string;
  now: () => Date;
  log: Logger;
  /** Who has which deck open; null where no one locks (tests of other things). */
  locks: DeckLocks | null;
}

export interface ResolvedRef {
  ref: DeckRef;
  absPath: string;
  fileName: string;
  inLibrary: boolean;
}

/** The folder a write to this deck must stay inside: the library for its own decks; none
 * for a file the user picked in a dialog (its folder is theirs to arrange). */
export function writeRootOf(ctx: Ctx, r: ResolvedRef): string | undefined {
  return r.inLibrary ? ctx.libraryDir : undefined;
}

/** Turns a renderer's reference into a path, refusing anything that is not a plain file
 * name inside the library or a token this run granted. Never trusts the string. */
export function resolveRef(ctx: Ctx, ref: string): ResolvedRef {
  if (!DeckRefSchema.safeParse(ref).success) throw new BriefdeckError('bad_request', 'That is not a deck reference.');
  if (ref.startsWith('library:')) {
    const fileName = ref.slice('library:'.length);
    const absPath = path.join(ctx.libraryDir, fileName);
    if (!isDeckFileName(fileName) || path.dirname(absPath) !== path.resolve(ctx.libraryDir)) {
      throw new BriefdeckError('bad_request', `“${fileName}” is not a deck file name in the library.`);
    }
    return { ref: ref as DeckRef, absPath, fileName, inLibrary: true };
  }
  const absPath = ctx.externals.pathOf(ref.slice('ext:'.length));
  if (absPath === undefined) {
    throw new BriefdeckError('not_found', 'This link to a deck outside the library has expired. Open the file again with Open….');
  }
  return { ref: ref as DeckRef, absPath, fileName: path.basename(absPath), inLibrary: false };
}

/** The reference the renderer should use for a path: `library:` inside the library, else a granted token. */
export function refForPath(ctx: Ctx, absPath: string): ResolvedRef {
  const p = path.resolve(absPath);
  const fileName = path.basename(p);
  if (path.dirname(p) === path.resolve(ctx.libraryDir) && isDeckFileName(fileName)) {
    const ref = `library:${fileName}`;
    if (DeckRefSchema.safeParse(ref).success) return { ref: ref as DeckRef, absPath: p, fileName, inLibrary: true };
  }
  return { ref: ctx.externals.grant(p), absPath: p, fileName, inLibrary: false };
}
