// The handler table (DESIGN.md §1): one function per contract channel, transport-free.
// Each validates its request with the contract's zod schema, calls the services and
// answers a Result; Electron's ipcMain and the browser host's HTTP routes both call it.
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { CONTRACT, isChannel, type Channel, type ParsedRequestOf, type PreferencesInfo, type ResponseOf, type UserPreferences } from '../../shared/api/contract';
import type { HostCapabilities } from '../../shared/api/capabilities';
import { describeZodError } from '../../shared/deck/codec';
import { THEMES } from '../../shared/theme';
import { isThemeChoice } from '../../shared/themes/deckTheme';
import { ORGANISATION_THEME_ID } from '../../shared/themes/organisation';
import { markingForNewDeck } from '../../shared/markings/preferences';
import { BriefdeckError, fail, ok, type Result } from '../../shared/result';
import { consoleLogger } from '../services/context';
import { errnoOf, fsError } from '../services/errors';
import { DECK_EXTENSION, safeFileBase } from '../services/fileNames';
import { exportFileBase } from '../services/export/exportFileName';
import { DeckLocks, osUserName } from '../services/deckLocks';
import { createProjectFiles } from '../services/projectFiles';
import { RecentDecks } from '../services/recent';
import { ExportJobs } from './exportJobs';
import type { HandlerDeps } from './types';
import { withPrintStandIns } from '../../shared/export/printStandIns';

export type { ExportedPdf, ExportPdfArgs, HandlerDeps, NativeDialogs, PresentingHost } from './types';

export type Handler<C extends Channel> = (payload: unknown) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { readonly [C in Channel]: Handler<C> } & {
  /** Stops running export jobs (host shutdown). */
  readonly dispose: () => Promise<void>;
  /** The export job registry (tests wait on a job with it). */
  readonly exportJobs: ExportJobs;
  /** Removes this process's deck locks at once (a quitting desktop app). */
  readonly releaseLocksNow: () => void;
  /** The recent-decks list itself, for the desktop app's File > Open Recent. */
  readonly recentDecks: RecentDecks;
};
type Impl<C extends Channel> = (req: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
type Impls = { [C in Channel]: Impl<C> };

const INTERNAL_MESSAGE = 'Something went wrong inside Briefdeck. The details are in the log; please try again.';

/** What the host can do, read from what it gave the handler table: the renderer learns it from
 * app.info (and the desktop preload, synchronously), never by asking which host it is. */
export function capabilitiesOf(deps: HandlerDeps): HostCapabilities {
  return {
    nativeFileDialogs: deps.dialogs !== undefined,
    osTrash: deps.trash !== undefined,
    displays: deps.presenting !== undefined,
    preparedAudience: deps.presenting !== undefined,
  };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const log = deps.log ?? consoleLogger;
  const prefs = deps.preferences;
  // One set of locks for the process, kept across library switches.
  const locks = new DeckLocks({
    user: () => prefs.get().authorName.trim() || osUserName(),
    app: `Briefdeck ${deps.version} (${deps.host === 'browser' ? 'browser' : 'desktop app'})`,
    now: deps.now,
  });
  const projectFilesIn = (libraryDir: string) =>
    createProjectFiles({ libraryDir, trash: deps.trash, externals: deps.externals, sampleDir: deps.sampleDir, now: deps.now, log, locks });
  // Rebuilt when the user picks another library folder, so the change needs no restart.
  let files = projectFilesIn(deps.libraryDir);
  const recent = new RecentDecks(deps.recentFile, deps.now);
  /** A bad preferences file's notice; cleared once a change has rewritten the file whole. */
  let prefsNotice = deps.preferencesNotice ?? null;
  const jobs = new ExportJobs(log, deps.now ? () => deps.now!().getTime() : Date.now);

  /** The recent list is a convenience: failing to update it never fails the action. */
  const remember = async (what: Promise<void>): Promise<void> => {
    await what.catch((e: unknown) => log.warn(`could not update the recent-decks list ${deps.recentFile}`, e));
    deps.onRecentChanged?.();
  };

  /** The last deck (for openLastDeckAtStart) is a convenience too; written only when it changes. */
  const rememberLast = async (lastDeckPath: string | null, onlyIf?: string): Promise<void> => {
    const current = prefs.get().lastDeckPath;
    if (current === lastDeckPath || (onlyIf !== undefined && current !== onlyIf)) return;
    await prefs.update({ lastDeckPath }).then(
      () => undefined,
      (e: unknown) => log.warn(`could not record the last deck in ${prefs.file}`, e),
    );
  };
  const opened = (absPath: string) => Promise.all([remember(recent.touch(absPath)), rememberLast(absPath)]);

  const userPreferences = (): UserPreferences => {
    const p = prefs.get();
    return {
      libraryDir: p.libraryDir,
      authorName: p.authorName,
      defaultMarking: p.defaultMarking,
      customScheme: p.customScheme,
      defaultThemeId: p.defaultThemeId,
      organisationTheme: p.organisationTheme,
      openLastDeckAtStart: p.openLastDeckAtStart,
      paper: p.paper,
    };
  };

  const preferencesInfo = async (): Promise<PreferencesInfo> => {
    const p = prefs.get();
    let lastDeck: PreferencesInfo['lastDeck'] = null;
    if (p.openLastDeckAtStart && p.lastDeckPath !== null) {
      const exists = await access(p.lastDeckPath).then(() => true, () => false);
      if (exists) lastDeck = files.refForPath(p.lastDeckPath).ref;
    }
    const fixedBecause = deps.libraryFixedBecause ?? (deps.dialogs?.chooseFolder ? null : 'This version of Briefdeck cannot change the library folder.');
    return { preferences: userPreferences(), notice: prefsNotice, library: { dir: files.libraryDir, fixedBecause }, lastDeck };
  };

  const savePreferences = async (patch: Parameters<typeof prefs.update>[0]): Promise<void> => {
    try {
      await prefs.update(patch);
    } catch (e) {
      log.warn(`could not save preferences to ${prefs.file}`, e);
      const wrapped = fsError(e, prefs.file, 'write');
      if (wrapped instanceof BriefdeckError) throw wrapped;
      throw new BriefdeckError('io_error', `Your preferences could not be saved to ${prefs.file} (${errnoOf(e) ?? 'unknown error'}). Nothing was changed.`);
    }
    prefsNotice = null;
  };

  const notSupported = (message: string): never => {
    throw new BriefdeckError('not_supported', message);
  };

  const presenting = () =>
    deps.presenting ?? notSupported('Presenting on a second display is part of the desktop app. In the browser, use “Open audience window” in the presenter view.');

  const impls: Impls = {
    'app.info': async () => ({
      version: deps.version,
      host: deps.host,
      libraryDir: files.libraryDir,
      platform: deps.platform,
      capabilities: capabilitiesOf(deps),
    }),
    'library.list': () => files.list(),
    'library.create': async ({ title, template }) => {
      const p = prefs.get();
      const defaults = { author: p.authorName, marking: markingForNewDeck(p.defaultMarking, p.customScheme), themeId: p.defaultThemeId, organisationTheme: p.organisationTheme };
      const { opened: created, notice } = await files.create(title, template, defaults);
      if (notice) log.warn(notice);
      await opened(files.resolve(created.ref).absPath);
      return created;
    },
    'library.duplicate': ({ ref }) => files.duplicate(ref),
    'library.rename': async ({ ref, title }) => {
      const { summary, from, to } = await files.rename(ref, title);
      if (from !== to) await Promise.all([remember(recent.moved(from, to)), rememberLast(to, from)]);
      return summary;
    },
    'library.delete': async ({ ref }) => {
      const { trashedTo, absPath } = await files.remove(ref);
      await Promise.all([remember(recent.forget(absPath)), rememberLast(null, absPath)]);
      return { trashedTo };
    },
    'library.search': ({ query }) => files.search(query),
    'library.thumbnail': ({ ref }) => files.thumbnail(ref),
    'library.recent': async () => {
      const paths = await recent.list().catch((e: unknown) => {
        log.warn(`could not read the recent-decks list ${deps.recentFile}`, e);
        return [] as string[];
      });
      const out: ResponseOf<'library.recent'> = [];
      for (const p of paths) {
        try {
          out.push(await files.summary(files.refForPath(p).ref));
        } catch {
          // Gone between listing and reading: simply not shown.
        }
      }
      return out;
    },
    'deck.open': async ({ ref, purpose }) => {
      const { absPath, ...file } = await files.open(ref);
      if (purpose === 'edit') await opened(absPath);
      return purpose === 'print' ? { ...file, deck: withPrintStandIns(file.deck) } : file;
    },
    'deck.save': ({ ref, deck, baseRevision, force }) => files.save(ref, deck, baseRevision, { force }),
    'deck.lock': ({ ref, session, claim }) => files.lock(ref, session, claim),
    'deck.unlock': async ({ ref, session }) => ({ released: await files.unlock(ref, session) }),
    'deck.saveCopy': async ({ deck, title }) => {
      const copy = await files.saveCopy(deck, title);
      await opened(files.resolve(copy.ref).absPath);
      return copy;
    },
    'deck.history': ({ ref }) => files.history(ref),
    'deck.restore': ({ ref, versionId }) => files.restore(ref, versionId),
    'deck.version': ({ ref, versionId }) => files.version(ref, versionId),
    'dialog.open': async () => {
      if (!deps.dialogs) return notSupported('Open… needs the desktop app. In the browser, open decks from the library folder (copy a file there to see it).');
      const chosen = await deps.dialogs.open();
      if (chosen === null) return null;
      const { absPath, ...deck } = await files.open(files.refForPath(chosen).ref);
      await opened(absPath);
      return deck;
    },
    'dialog.saveAs': async ({ deck }) => {
      if (!deps.dialogs) return notSupported('Save As… needs the desktop app. In the browser, use “Save a copy” to keep a copy in the library folder.');
      const chosen = await deps.dialogs.saveAs(`${safeFileBase(deck.meta.title)}${DECK_EXTENSION}`);
      if (chosen === null) return null;
      const saved = await files.saveAs(chosen, deck);
      await opened(files.resolve(saved.ref).absPath);
      return saved;
    },
    'present.displays': async () => presenting().displays(),
    'present.openAudience': async ({ deckRef, from, displayId, onlyPrepared, audience }) => {
      const r = files.resolve(deckRef); // refuses a forged or expired reference before any window opens
      return presenting().openAudience({ ref: r.ref, from, displayId, onlyPrepared, audience: audience ?? null });
    },
    'present.prepare': async ({ deckRef }) => presenting().prepare({ ref: files.resolve(deckRef).ref }),
    'present.swapDisplays': async () => presenting().swapDisplays(),
    'present.closeAudience': async () => presenting().closeAudience(),
    'prefs.get': () => preferencesInfo(),
    'prefs.set': async (patch) => {
      if (patch.defaultThemeId !== undefined && !isThemeChoice(patch.defaultThemeId)) {
        throw new BriefdeckError('bad_request', `There is no theme “${patch.defaultThemeId}”. Choose one of: ${THEMES.map((t) => t.name).join(', ')}, or your organisation’s.`);
      }
      const org = patch.organisationTheme !== undefined ? patch.organisationTheme : prefs.get().organisationTheme;
      if ((patch.defaultThemeId ?? prefs.get().defaultThemeId) === ORGANISATION_THEME_ID && org === null) {
        throw new BriefdeckError('bad_request', 'New decks cannot start with the organisation theme while there is none: set it up under Organisation theme, or choose another default theme.');
      }
      await savePreferences(patch);
      return userPreferences();
    },
    'prefs.chooseLibrary': async () => {
      const { library } = await preferencesInfo();
      const dialogs = deps.dialogs;
      if (library.fixedBecause !== null || !dialogs?.chooseFolder) throw new BriefdeckError('not_supported', library.fixedBecause ?? 'No folder dialog here.');
      const chosen = await dialogs.chooseFolder(files.libraryDir);
      if (chosen === null) return null;
      const dir = path.resolve(chosen);
      try {
        await mkdir(dir, { recursive: true });
      } catch (e) {
        throw fsError(e, dir, 'write');
      }
      await savePreferences({ libraryDir: dir });
      files = projectFilesIn(dir);
      deps.onLibraryChanged?.(dir);
      log.info(`library folder is now ${dir}`);
      return preferencesInfo();
    },
    'export.pdf': async ({ ref, options }) => {
      if (!deps.exportPdf) return notSupported('Export to PDF is not available in this build yet.');
      const r = files.resolve(ref);
      const fileBase = await exportFileBase(r.absPath, r.fileName, '', options, '.pdf');
      return { ...(await deps.exportPdf({ ref: r.ref, absPath: r.absPath, fileName: r.fileName, fileBase, options })), opened: false };
    },
    'export.prepare': async ({ ref }) => ({ prepared: deps.prepareExport ? await deps.prepareExport({ ref: files.resolve(ref).ref }) : false }),
    'export.start': async ({ ref, options, title, openWhenDone }) => {
      const exporter = deps.exportPdf;
      if (!exporter) return notSupported('Export to PDF is not available in this build yet.');
      const r = files.resolve(ref);
      let outPath: string | undefined;
      // A Save dialog suggests the deck's title, a download keeps the file's name; both with the
      // exported version's audience and marking.
      const fileBase = await exportFileBase(r.absPath, r.fileName, deps.dialogs?.savePdf ? title : '', options, '.pdf');
      if (deps.dialogs?.savePdf) {
        // Ask where before printing, so a long print is never thrown away for want of a place.
        const chosen = await deps.dialogs.savePdf(`${fileBase}.pdf`);
        if (chosen === null) return null;
        outPath = chosen;
      }
      const openExported = openWhenDone ? deps.openExported : undefined;
      const jobId = jobs.start(async (signal, onProgress) => {
        const done = await exporter({ ref: r.ref, absPath: r.absPath, fileName: r.fileName, fileBase, options, outPath, signal, onProgress, openWhenDone: openWhenDone && !openExported });
        if (!openExported) return { ...done, opened: false };
        const opened = await openExported(done.location).then(
          () => true,
          (e: unknown) => (log.warn(`could not open ${done.location}`, e), false),
        );
        return { ...done, opened };
      });
      return { jobId };
    },
    'export.pptx': async ({ ref, options, title }) => {
      const r = files.resolve(ref);
      // The PowerPoint writer (pptxgenjs, jszip) loads when first asked for, not with every host.
      const write = async (outPath: string) => (await import('../services/pptx/exportPptx')).exportPptxFile({ deckPath: r.absPath, outPath, options });
      // As the PDF export: the Save dialog suggests the deck's title, a download keeps the file's name.
      const fileBase = await exportFileBase(r.absPath, r.fileName, deps.dialogs?.savePptx ? title : '', options, '.pptx');
      if (deps.dialogs?.savePptx) {
        const chosen = await deps.dialogs.savePptx(`${fileBase}.pptx`);
        if (chosen === null) return null;
        const done = await write(chosen);
        return { location: chosen, pages: done.slides, bytes: done.bytes, warnings: done.warnings, opened: false };
      }
      if (!deps.offerDownload) return notSupported('PowerPoint export needs a place to save the file, which this host cannot offer.');
      const { location, value: done } = await deps.offerDownload(`${fileBase}.pptx`, write);
      return { location, pages: done.slides, bytes: done.bytes, warnings: done.warnings, opened: false };
    },
    'export.status': async ({ jobId }) => jobs.status(jobId),
    'export.cancel': async ({ jobId }) => ({ cancelling: jobs.cancel(jobId) }),
    'menu.setEditsAvailable': async ({ available }) => {
      deps.setEditsAvailable?.(available);
      return { applied: deps.setEditsAvailable !== undefined };
    },
    'spellcheck.setLanguage': async ({ language }) => ({ dictionary: deps.setSpellCheckLanguage?.(language) ?? null }),
  };

  const wrap = <C extends Channel>(channel: C): Handler<C> => {
    const impl = impls[channel] as Impl<C>;
    return async (payload) => {
      const parsed = checkRequest(channel, payload);
      if (!parsed.ok) return fail('bad_request', `Briefdeck refused a malformed “${channel}” request: ${parsed.why}.`);
      try {
        return ok(await impl(parsed.data));
      } catch (e) {
        if (e instanceof BriefdeckError) {
          if (e.code === 'internal' || e.code === 'io_error') log.warn(`${channel}: ${e.message}`);
          return fail(e.code, e.message);
        }
        log.error(`${channel} failed`, e);
        return fail('internal', INTERNAL_MESSAGE);
      }
    };
  };

  const out = {} as Record<Channel, Handler<Channel>>;
  for (const channel of Object.keys(impls) as Channel[]) out[channel] = wrap(channel);
  // Not enumerable: the object's own keys stay exactly the contract's channels.
  return Object.defineProperties(out, {
    dispose: { value: () => Promise.all([jobs.dispose(), locks.releaseAll()]).then(() => undefined), enumerable: false },
    exportJobs: { value: jobs, enumerable: false },
    releaseLocksNow: { value: () => locks.releaseAllNow(), enumerable: false },
    recentDecks: { value: recent, enumerable: false },
  }) as unknown as Handlers;
}

/**
 * The request checked against the contract, never thrown: zod can throw on a hostile value
 * (a string field given an object whose `length` has no prototype: "Cannot convert object to
 * primitive value"), which is a malformed request, not a fault of ours.
 */
function checkRequest<C extends Channel>(channel: C, payload: unknown): { ok: true; data: ParsedRequestOf<C> } | { ok: false; why: string } {
  try {
    const parsed = CONTRACT[channel].request.safeParse(payload);
    return parsed.success ? { ok: true, data: parsed.data as ParsedRequestOf<C> } : { ok: false, why: describeZodError(parsed.error) };
  } catch {
    return { ok: false, why: 'a value in it could not be read' };
  }
}

/** Calls the handler for a channel name that came over a transport (untrusted). */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('bad_request', `“${channel.slice(0, 100)}” is not a Briefdeck API channel.`);
  }
  const handler: Handler<Channel> = handlers[channel];
  return handler(payload);
}
