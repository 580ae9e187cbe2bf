// The library folder: listing decks for the home screen and the file operations on them
// (new, duplicate, rename, delete, save a copy). Reading and writing one file is deckFile.ts.
import { setDeckTheme, type PreferencesOrganisationTheme } from '../../shared/themes/deckTheme';
import { mkdir, readdir, rename as fsRename, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DeckSummary, LibraryHit, OpenedDeck } from '../../shared/api/contract';
import { deckTexts, searchDeckTexts, type DeckText } from '../../shared/library/deckSearch';
import { thumbnailDeck } from '../../shared/library/thumbnailDeck';
import { createDeck } from '../../shared/deck/operations';
import { DAMAGED_FILE_CODES } from '../../shared/deck/codec';
import type { Deck } from '../../shared/deck/schema';
import type { DeckMarking } from '../../shared/markings/schema';
import { newId } from '../../shared/ids';
import { BriefdeckError } from '../../shared/result';
import { refForPath, resolveRef, writeRootOf, type Ctx, type ResolvedRef } from './context';
import { readDeckFile, withFileLock, writeDeckFile } from './deckFile';
import { errnoOf, fsError } from './errors';
import { DECK_EXTENSION, freeFileNameFor, isDeckFileName } from './fileNames';
import { deckIdForLocation, listHistory, snapshot } from './history';
import { assertInside, moveInside } from './safeWrite';
import { systemLanguage } from './systemLanguage';

const TITLE_MAX = 300;

export async function ensureLibrary(ctx: Ctx): Promise<void> {
  try {
    await mkdir(ctx.libraryDir, { recursive: true });
  } catch (e) {
    throw fsError(e, ctx.libraryDir, 'write');
  }
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  title: string;
  slideCount: number;
  problem: string | null;
  /** Damaged, with earlier versions kept (DeckSummary.restorable). */
  restorable: boolean;
  /** What library.search looks through (shared/library/deckSearch.ts). */
  texts: DeckText[];
  /** The first slide as a deck, for the card's picture (null: no slides, or unreadable). */
  thumbnail: Deck | null;
}
// Listing parses every deck; unchanged files (same mtime and size) are not parsed again, and
// their search texts and card pictures come from here.
const summaryCache = new Map<string, CacheEntry>();

/** A summary of one deck file. A file that cannot be read is summarized with `problem`
 * set, so the home screen shows it instead of hiding it. */
export async function summarize(ctx: Ctx, r: ResolvedRef): Promise<DeckSummary> {
  const s = await stat(r.absPath).catch((e: unknown) => {
    throw fsError(e, r.fileName, 'read');
  });
  let entry = summaryCache.get(r.absPath);
  if (!entry || entry.mtimeMs !== s.mtimeMs || entry.size !== s.size) {
    const fallbackTitle = r.fileName.slice(0, -DECK_EXTENSION.length);
    try {
      const { deck } = await readDeckFile(r.absPath, r.fileName);
      entry = { mtimeMs: s.mtimeMs, size: s.size, title: deck.meta.title, slideCount: deck.slideOrder.length, problem: null, restorable: false, texts: deckTexts(deck), thumbnail: thumbnailDeck(deck) };
    } catch (e) {
      if (!(e instanceof BriefdeckError)) ctx.log.warn(`could not read ${r.absPath}`, e);
      const problem = e instanceof BriefdeckError ? e.message : `“${r.fileName}” could not be read.`;
      const restorable = e instanceof BriefdeckError && DAMAGED_FILE_CODES.includes(e.code) && (await hasKeptVersions(ctx, r));
      entry = { mtimeMs: s.mtimeMs, size: s.size, title: fallbackTitle, slideCount: 0, problem, restorable, texts: [], thumbnail: null };
    }
    summaryCache.set(r.absPath, entry);
  }
  return {
    ref: r.ref,
    fileName: r.fileName,
    title: entry.title,
    slideCount: entry.slideCount,
    modifiedAt: s.mtime.toISOString(),
    sizeBytes: s.size,
    problem: entry.problem,
    restorable: entry.restorable,
    lockedBy: ctx.locks ? await ctx.locks.holder(r.absPath) : null,
  };
}

/** Whether the history keeps a readable version of the deck last saved at this file. */
async function hasKeptVersions(ctx: Ctx, r: ResolvedRef): Promise<boolean> {
  const id = await deckIdForLocation(ctx.libraryDir, r.absPath);
  return id !== null && (await listHistory(ctx.libraryDir, id).catch(() => [])).length > 0;
}

/** Decks in the library, newest first. Creates the library folder on first use. */
export async function listLibrary(ctx: Ctx): Promise<DeckSummary[]> {
  await ensureLibrary(ctx);
  const names = (
    await readdir(ctx.libraryDir).catch((e: unknown) => {
      throw fsError(e, ctx.libraryDir, 'read');
    })
  ).filter(isDeckFileName);
  const out: DeckSummary[] = [];
  for (const name of names) {
    const r = refForPath(ctx, path.join(ctx.libraryDir, name));
    if (!r.inLibrary) continue; // a name the contract cannot carry (e.g. over 400 characters)
    try {
      out.push(await summarize(ctx, r));
    } catch (e) {
      if (errnoOf(e) === 'ENOENT' || (e instanceof BriefdeckError && e.code === 'not_found')) continue; // deleted meanwhile
      throw e;
    }
  }
  return out.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.fileName.localeCompare(b.fileName));
}

/** Decks in the library whose text contains `query`, newest first, each with where it was found. */
export async function searchLibrary(ctx: Ctx, query: string): Promise<LibraryHit[]> {
  const out: LibraryHit[] = [];
  for (const d of await listLibrary(ctx)) {
    const texts = summaryCache.get(refForPath(ctx, path.join(ctx.libraryDir, d.fileName)).absPath)?.texts ?? [];
    const hit = searchDeckTexts(texts, query);
    if (hit) out.push({ ref: d.ref, ...hit });
  }
  return out;
}

/** The first slide of a library deck as a deck, for its card (read once per change of the file). */
export async function deckThumbnail(ctx: Ctx, ref: string): Promise<Deck | null> {
  const r = resolveRef(ctx, ref);
  await summarize(ctx, r);
  return summaryCache.get(r.absPath)?.thumbnail ?? null;
}

function clampTitle(title: string): string {
  return Array.from(title).slice(0, TITLE_MAX).join('');
}

/** Writes a deck as a new file in the library under a free name derived from its title. */
export async function addToLibrary(ctx: Ctx, deck: Deck): Promise<OpenedDeck> {
  await ensureLibrary(ctx);
  // One creation at a time per process, so two new decks never pick the same free name.
  return withFileLock(path.join(ctx.libraryDir, '.create'), async () => {
    const fileName = await freeFileNameFor(ctx.libraryDir, deck.meta.title);
    const absPath = path.join(ctx.libraryDir, fileName);
    const written = await writeDeckFile(absPath, deck, { fileName, root: ctx.libraryDir });
    return { ref: refForPath(ctx, absPath).ref, fileName, deck, revision: written.revision };
  });
}

async function sampleDeck(ctx: Ctx): Promise<Deck | null> {
  let names: string[];
  try {
    names = (await readdir(ctx.sampleDir)).filter(isDeckFileName).sort();
  } catch {
    return null;
  }
  const first = names[0];
  if (first === undefined) return null;
  return (await readDeckFile(path.join(ctx.sampleDir, first), `sample deck ${first}`)).deck;
}

export interface CreatedDeck {
  opened: OpenedDeck;
  /** Something the person should know although creating worked (e.g. the sample was missing). */
  notice: string | null;
}

/** What a new deck starts with, from the user's preferences. */
export interface NewDeckDefaults {
  author: string;
  /** null = unmarked. */
  marking: DeckMarking | null;
  themeId: string;
  /** Copied into the deck when themeId is the organisation theme. */
  organisationTheme: PreferencesOrganisationTheme | null;
}

export async function createInLibrary(ctx: Ctx, title: string, template: 'blank' | 'sample', defaults?: NewDeckDefaults): Promise<CreatedDeck> {
  const t = clampTitle(title);
  let notice: string | null = null;
  let deck: Deck | null = null;
  if (template === 'sample') {
    deck = await sampleDeck(ctx);
    if (deck === null) notice = `The sample deck is not installed (looked in ${ctx.sampleDir}), so a blank deck was created instead.`;
    else {
      // The sample keeps its own markings (its portions are marked in its scheme, and its
      // audiences show the feature); the author is the user, the language the machine's.
      const meta = { ...deck.meta, title: t, language: systemLanguage() };
      if (defaults?.author) meta.author = defaults.author;
      deck = { ...deck, id: newId('deck'), meta, assets: { ...deck.assets } };
      if (defaults) setDeckTheme(deck, defaults.themeId, defaults.organisationTheme);
    }
  }
  if (deck === null) {
    deck = createDeck(t, defaults?.author ?? '', systemLanguage());
    if (defaults) {
      deck.meta.marking = defaults.marking;
      setDeckTheme(deck, defaults.themeId, defaults.organisationTheme);
    }
  }
  return { opened: await addToLibrary(ctx, deck), notice };
}

export async function duplicateDeck(ctx: Ctx, ref: string): Promise<DeckSummary> {
  const r = resolveRef(ctx, ref);
  const { deck } = await readDeckFile(r.absPath, r.fileName);
  const copy: Deck = { ...deck, id: newId('deck'), meta: { ...deck.meta, title: clampTitle(`${deck.meta.title} (copy)`) } };
  const opened = await addToLibrary(ctx, copy);
  return summarize(ctx, refForPath(ctx, path.join(ctx.libraryDir, opened.fileName)));
}

export async function saveCopyInLibrary(ctx: Ctx, deck: Deck, title: string): Promise<OpenedDeck> {
  return addToLibrary(ctx, { ...deck, id: newId('deck'), meta: { ...deck.meta, title: clampTitle(title) } });
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/** Changes the deck's title and its file name to match. Returns the new summary (the
 * reference changes with the file name). */
export async function renameDeck(ctx: Ctx, ref: string, title: string): Promise<{ summary: DeckSummary; from: string; to: string }> {
  const r = resolveRef(ctx, ref);
  const t = clampTitle(title);
  const root = writeRootOf(ctx, r);
  return withFileLock(r.absPath, async () => {
    // A deck linked out of the library is refused before anything moves.
    if (root !== undefined) await assertInside(r.absPath, root);
    const loaded = await readDeckFile(r.absPath, r.fileName);
    const dir = path.dirname(r.absPath);
    const newName = await freeFileNameFor(dir, t, r.fileName);
    let target = r.absPath;
    if (newName !== r.fileName) {
      target = path.join(dir, newName);
      // A name differing only in case is the same file on Windows and macOS.
      const exists = await stat(target).then(() => true, () => false);
      if (exists && !(await sameFile(r.absPath, target))) {
        throw new BriefdeckError('already_exists', `A deck named “${newName}” already exists. Choose another title.`);
      }
    }
    if (loaded.deck.meta.title !== t) {
      await snapshot(ctx.libraryDir, loaded.deck.id, loaded.text, { now: ctx.now(), always: true, location: target }).catch((e: unknown) =>
        ctx.log.warn(`could not keep a history copy of ${r.absPath} before renaming`, e),
      );
    }
    if (target !== r.absPath) {
      try {
        if (root !== undefined) await moveInside(r.absPath, target, root);
        else await fsRename(r.absPath, target);
      } catch (e) {
        throw fsError(e, r.fileName, 'move');
      }
      ctx.externals.moved(r.absPath, target);
      summaryCache.delete(r.absPath);
    }
    if (loaded.deck.meta.title !== t) {
      await writeDeckFile(target, { ...loaded.deck, meta: { ...loaded.deck.meta, title: t } }, { fileName: newName, root });
    }
    return { summary: await summarize(ctx, refForPath(ctx, target)), from: r.absPath, to: target };
  });
}

/** Moves a deck to the trash (OS trash in Electron, <library>/.trash in the browser host). */
export async function deleteDeck(ctx: Ctx, ref: string): Promise<{ trashedTo: string; absPath: string }> {
  const r = resolveRef(ctx, ref);
  return withFileLock(r.absPath, async () => {
    try {
      const s = await stat(r.absPath);
      if (!s.isFile()) throw new BriefdeckError('io_error', `“${r.fileName}” is not a file.`);
      const where = await ctx.trash(r.absPath);
      summaryCache.delete(r.absPath);
      ctx.externals.forget(r.absPath);
      return { trashedTo: typeof where === 'string' ? where : 'the system trash', absPath: r.absPath };
    } catch (e) {
      throw fsError(e, r.fileName, 'delete');
    }
  });
}
