// The project-file service: everything the app does with deck files, behind one object.
// Plain Node (no Electron), so all of it runs under vitest against real folders.
// Split by concept: library.ts (the folder), documents.ts (one deck), history.ts,
// deckFile.ts (atomic read/write), context.ts (deck references), trash.ts, recent.ts.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { DeckRef, DeckSummary, HistoryEntry, LibraryHit, LockHolder, OpenedDeck } from '../../shared/api/contract';
import type { Deck } from '../../shared/deck/schema';
import { consoleLogger, refForPath, resolveRef, writeRootOf, type Ctx, type Logger, type ResolvedRef } from './context';
import { lockPathFor, type DeckLocks } from './deckLocks';
import { fsError } from './errors';
import { deckHistory, deckVersion, openDeck, restoreVersion, saveDeck, saveDeckAs, type SaveOptions } from './documents';
import { ExternalRefs } from './externalRefs';
import { createInLibrary, deckThumbnail, deleteDeck, duplicateDeck, listLibrary, renameDeck, saveCopyInLibrary, searchLibrary, summarize, type CreatedDeck, type NewDeckDefaults } from './library';
import { folderTrash, type TrashFn } from './trash';

export type { CreatedDeck, Logger, NewDeckDefaults, ResolvedRef, SaveOptions, TrashFn };

/** ~/Documents/Briefdeck, unless BRIEFDECK_LIBRARY says otherwise. */
export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.BRIEFDECK_LIBRARY;
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(os.homedir(), 'Documents', 'Briefdeck');
}

export interface ProjectFilesOptions {
  libraryDir: string;
  /** Where deleted decks go; default: <library>/.trash (Electron passes shell.trashItem). */
  trash?: TrashFn;
  /** Tokens for decks outside the library; share one registry with the dialog code. */
  externals?: ExternalRefs;
  /** Folder holding the sample deck; default <cwd>/assets/sample. */
  sampleDir?: string;
  now?: () => Date;
  log?: Logger;
  /** Locks beside open decks; share one across library switches. Absent: no locking. */
  locks?: DeckLocks;
}

export interface ProjectFiles {
  readonly libraryDir: string;
  readonly externals: ExternalRefs;
  /** For the Electron dialog code and command-line open only: a reference for a path the user chose. */
  grantExternalPath(absPath: string): DeckRef;
  resolve(ref: string): ResolvedRef;
  refForPath(absPath: string): ResolvedRef;
  list(): Promise<DeckSummary[]>;
  summary(ref: string): Promise<DeckSummary>;
  search(query: string): Promise<LibraryHit[]>;
  thumbnail(ref: string): Promise<Deck | null>;
  create(title: string, template: 'blank' | 'sample', defaults?: NewDeckDefaults): Promise<CreatedDeck>;
  duplicate(ref: string): Promise<DeckSummary>;
  rename(ref: string, title: string): Promise<{ summary: DeckSummary; from: string; to: string }>;
  remove(ref: string): Promise<{ trashedTo: string; absPath: string }>;
  open(ref: string): Promise<OpenedDeck & { absPath: string }>;
  save(ref: string, deck: Deck, baseRevision: string, opts?: SaveOptions): Promise<{ revision: string; savedAt: string }>;
  saveCopy(deck: Deck, title: string): Promise<OpenedDeck>;
  saveAs(absPath: string, deck: Deck): Promise<OpenedDeck>;
  /** Takes the deck's lock for an editor, or refreshes it (with the session it was given). */
  lock(ref: string, session?: string, claim?: string): Promise<{ acquired: boolean; session: string | null; holder: LockHolder | null }>;
  unlock(ref: string, session: string): Promise<boolean>;
  history(ref: string): Promise<HistoryEntry[]>;
  restore(ref: string, versionId: string): Promise<OpenedDeck>;
  version(ref: string, versionId: string): Promise<Deck>;
}

export function createProjectFiles(opts: ProjectFilesOptions): ProjectFiles {
  const libraryDir = path.resolve(opts.libraryDir);
  const now = opts.now ?? (() => new Date());
  const ctx: Ctx = {
    libraryDir,
    externals: opts.externals ?? new ExternalRefs(),
    trash: opts.trash ?? folderTrash(libraryDir, now),
    sampleDir: path.resolve(opts.sampleDir ?? path.join(process.cwd(), 'assets', 'sample')),
    now,
    log: opts.log ?? consoleLogger,
    locks: opts.locks ?? null,
  };
  return {
    libraryDir,
    externals: ctx.externals,
    grantExternalPath: (absPath) => ctx.externals.grant(absPath),
    resolve: (ref) => resolveRef(ctx, ref),
    refForPath: (absPath) => refForPath(ctx, absPath),
    list: () => listLibrary(ctx),
    summary: (ref) => summarize(ctx, resolveRef(ctx, ref)),
    search: (query) => searchLibrary(ctx, query),
    thumbnail: (ref) => deckThumbnail(ctx, ref),
    create: (title, template, defaults) => createInLibrary(ctx, title, template, defaults),
    duplicate: (ref) => duplicateDeck(ctx, ref),
    rename: (ref, title) => renameDeck(ctx, ref, title),
    remove: (ref) => deleteDeck(ctx, ref),
    open: (ref) => openDeck(ctx, ref),
    save: (ref, deck, baseRevision, o) => saveDeck(ctx, ref, deck, baseRevision, o),
    saveCopy: (deck, title) => saveCopyInLibrary(ctx, deck, title),
    saveAs: (absPath, deck) => saveDeckAs(ctx, absPath, deck),
    lock: (ref, session, claim) => lockDeck(ctx, ref, session, claim),
    unlock: async (ref, session) => {
      const r = resolveRef(ctx, ref);
      if (ctx.locks === null) return false;
      const held = ctx.locks.lockPathOf(session);
      // A claim not (yet) made into a lock: its opener left while asking for it.
      if (held === undefined) ctx.locks.withdraw(session, r.absPath);
      return held === lockPathFor(r.absPath) && ctx.locks.release(session);
    },
    history: (ref) => deckHistory(ctx, ref),
    restore: (ref, versionId) => restoreVersion(ctx, ref, versionId),
    version: (ref, versionId) => deckVersion(ctx, ref, versionId),
  };
}

/** The lock beside a deck an editor opens: in the library it stays inside the library; beside
 * a deck elsewhere, inside that deck's folder. */
async function lockDeck(ctx: Ctx, ref: string, session?: string, claim?: string): Promise<{ acquired: boolean; session: string | null; holder: LockHolder | null }> {
  const r = resolveRef(ctx, ref);
  if (ctx.locks === null) return { acquired: true, session: null, holder: null };
  const root = writeRootOf(ctx, r) ?? path.dirname(r.absPath);
  if (session !== undefined && ctx.locks.lockPathOf(session) === lockPathFor(r.absPath) && (await ctx.locks.heartbeat(session, root))) {
    return { acquired: true, session, holder: null };
  }
  await stat(r.absPath).catch((e: unknown) => {
    throw fsError(e, r.fileName, 'read');
  });
  const result = await ctx.locks.acquire(r.absPath, root, claim);
  return result.acquired ? { acquired: true, session: result.session, holder: null } : { acquired: false, session: null, holder: result.holder };
}
