// Opening, saving and restoring one deck. A save names the revision it was based on; a
// file changed on disk since then is never silently overwritten (DESIGN.md §6).
import path from 'node:path';
import type { HistoryEntry, OpenedDeck } from '../../shared/api/contract';
import { parseDeckText, serializeDeck } from '../../shared/deck/codec';
import type { Deck } from '../../shared/deck/schema';
import { newId } from '../../shared/ids';
import { BriefdeckError } from '../../shared/result';
import { refForPath, resolveRef, writeRootOf, type Ctx } from './context';
import { readDeckFile, readDeckText, withFileLock, writeDeckText, type DeckText, type LoadedDeck } from './deckFile';
import { deckIdForLocation, listHistory, readVersion, snapshot } from './history';
import { MISSING_REVISION } from './revision';
import { assertNewFileName } from './fileNames';
import { assertInside } from './safeWrite';

// Content hashes of files this process has already parsed successfully, with their deck
// id: an autosave whose file is still exactly what we last read or wrote skips parsing it
// again (a large deck takes ~100 ms to validate, on the main process).
const verified = new Map<string, { revision: string; deckId: string }>();

function remember(absPath: string, revision: string, deckId: string): void {
  verified.set(path.resolve(absPath), { revision, deckId });
}

export async function openDeck(ctx: Ctx, ref: string): Promise<OpenedDeck & { absPath: string }> {
  const r = resolveRef(ctx, ref);
  const loaded = await readDeckFile(r.absPath, r.fileName);
  remember(r.absPath, loaded.revision, loaded.deck.id);
  return { ref: r.ref, fileName: r.fileName, deck: loaded.deck, revision: loaded.revision, absPath: r.absPath };
}

interface OnDisk {
  file: DeckText | null;
  /** The id of the deck on disk, when it is a readable deck. */
  deckId: string | null;
  /** Why the file on disk cannot be read as a deck, if it cannot. */
  problem: BriefdeckError | null;
}

async function onDisk(absPath: string, fileName: string): Promise<OnDisk> {
  let file: DeckText | null;
  try {
    file = await readDeckText(absPath, fileName);
  } catch (e) {
    if (e instanceof BriefdeckError) return { file: null, deckId: null, problem: e };
    throw e;
  }
  if (file === null) return { file: null, deckId: null, problem: null };
  const known = verified.get(path.resolve(absPath));
  if (known && known.revision === file.revision) return { file, deckId: known.deckId, problem: null };
  try {
    const deck = parseDeckText(file.text, fileName);
    remember(absPath, file.revision, deck.id);
    return { file, deckId: deck.id, problem: null };
  } catch (e) {
    if (e instanceof BriefdeckError) return { file, deckId: null, problem: e };
    throw e;
  }
}

/** A file we must not write over: made by a newer Briefdeck, damaged, or not ours. */
function refuseUnreadable(fileName: string, problem: BriefdeckError): never {
  if (problem.code === 'newer_version') {
    throw new BriefdeckError(
      'newer_version',
      `“${fileName}” on disk now comes from a newer version of Briefdeck, so it was not overwritten. Save a copy to keep your changes.`,
    );
  }
  throw new BriefdeckError(
    'conflict',
    `“${fileName}” was changed on disk and is no longer a deck this version can read (${problem.message}) Your changes were not written over it: save a copy to keep them.`,
  );
}

export interface SaveOptions {
  /** Overwrite even if the file changed on disk since `baseRevision`. */
  force?: boolean;
}

export async function saveDeck(
  ctx: Ctx,
  ref: string,
  deck: Deck,
  baseRevision: string,
  opts: SaveOptions = {},
): Promise<{ revision: string; savedAt: string }> {
  const r = resolveRef(ctx, ref);
  const root = writeRootOf(ctx, r);
  return withFileLock(r.absPath, async () => {
    // Before anything else (a history copy), so a deck linked out of the library is refused whole.
    if (root !== undefined) await assertInside(r.absPath, root);
    const current = await onDisk(r.absPath, r.fileName);
    if (current.problem) refuseUnreadable(r.fileName, current.problem);
    const currentRevision = current.file?.revision ?? MISSING_REVISION;
    if (currentRevision !== baseRevision && !opts.force) {
      throw new BriefdeckError(
        'conflict',
        current.file === null
          ? `“${r.fileName}” was moved or deleted since you opened it, so your changes were not saved. Save a copy to keep them, or overwrite to put the file back.`
          : `“${r.fileName}” was changed on disk (by another program or window) since you opened it, so your changes were not saved over it. Reload it to see the other version, or save yours as a copy.`,
      );
    }
    // A library name that does not exist yet is a new file: only a name the sanitiser would make.
    if (current.file === null && r.inLibrary) assertNewFileName(r.fileName);
    const text = serializeDeck(deck);
    const savedAt = ctx.now().toISOString();
    if (current.file !== null && current.file.text === text) return { revision: current.file.revision, savedAt };
    if (current.file !== null && current.deckId !== null) {
      await snapshot(ctx.libraryDir, current.deckId, current.file.text, { now: ctx.now(), location: r.absPath }).catch((e: unknown) =>
        ctx.log.warn(`could not keep a history copy of ${r.absPath}; saving anyway`, e),
      );
    }
    const written = await writeDeckText(r.absPath, text, { fileName: r.fileName, root });
    remember(r.absPath, written.revision, deck.id);
    return { revision: written.revision, savedAt };
  });
}

/** Writes a deck to a path the user picked in a Save As dialog (as a new document). */
export async function saveDeckAs(ctx: Ctx, absPath: string, deck: Deck): Promise<OpenedDeck> {
  const target = path.resolve(absPath.endsWith('.briefdeck') ? absPath : `${absPath}.briefdeck`);
  const fileName = path.basename(target);
  assertNewFileName(fileName);
  const r = refForPath(ctx, target);
  return withFileLock(target, async () => {
    const current = await onDisk(target, fileName);
    // The dialog already asked whether to replace an existing file, but a newer
    // version's file is never overwritten.
    if (current.problem?.code === 'newer_version') refuseUnreadable(fileName, current.problem);
    const copy: Deck = { ...deck, id: newId('deck') };
    const written = await writeDeckText(target, serializeDeck(copy), { fileName, root: writeRootOf(ctx, r) });
    remember(target, written.revision, copy.id);
    return { ref: r.ref, fileName, deck: copy, revision: written.revision };
  });
}

/** The deck id behind a reference: from the file, or, when the file is damaged (not when
 * it is missing or from a newer version), from the history's location index. */
async function deckIdOf(ctx: Ctx, ref: string): Promise<{ id: string; current: LoadedDeck | null; problem: BriefdeckError | null }> {
  const r = resolveRef(ctx, ref);
  try {
    const current = await readDeckFile(r.absPath, r.fileName);
    return { id: current.deck.id, current, problem: null };
  } catch (e) {
    if (!(e instanceof BriefdeckError) || e.code === 'not_found' || e.code === 'newer_version' || e.code === 'io_error') throw e;
    const id = await deckIdForLocation(ctx.libraryDir, r.absPath);
    if (id === null) throw e;
    return { id, current: null, problem: e };
  }
}

export async function deckHistory(ctx: Ctx, ref: string): Promise<HistoryEntry[]> {
  const { id } = await deckIdOf(ctx, ref);
  return listHistory(ctx.libraryDir, id);
}

/** A saved version as it was written (the history dialog previews it before restoring). */
export async function deckVersion(ctx: Ctx, ref: string, versionId: string): Promise<Deck> {
  const { id } = await deckIdOf(ctx, ref);
  return { ...(await readVersion(ctx.libraryDir, id, versionId)).deck, id };
}

/** Makes a saved version current, first keeping the current file in the history. A
 * damaged current file is moved to the trash instead (it is not a good copy to keep). */
export async function restoreVersion(ctx: Ctx, ref: string, versionId: string): Promise<OpenedDeck> {
  const r = resolveRef(ctx, ref);
  const root = writeRootOf(ctx, r);
  return withFileLock(r.absPath, async () => {
    if (root !== undefined) await assertInside(r.absPath, root);
    const { id, current } = await deckIdOf(ctx, ref);
    const version = await readVersion(ctx.libraryDir, id, versionId);
    // Keep the deck's identity even if the version was written by an older format.
    const deck: Deck = { ...version.deck, id };
    if (current !== null) {
      await snapshot(ctx.libraryDir, id, current.text, { now: ctx.now(), always: true, location: r.absPath });
    } else {
      const where = await ctx.trash(r.absPath);
      ctx.log.info(`moved the damaged ${r.absPath} to ${where ?? 'the trash'} before restoring a version`);
    }
    const written = await writeDeckText(r.absPath, serializeDeck(deck), { fileName: r.fileName, root });
    remember(r.absPath, written.revision, id);
    return { ref: r.ref, fileName: r.fileName, deck, revision: written.revision };
  });
}
