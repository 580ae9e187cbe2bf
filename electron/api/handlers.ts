// The handler table (DESIGN.md §1): one function per contract channel, transport-free.
// Each validates its request with the contract's zod schema, calls the services and
// answers a Result; Electron's ipcMain and the browser host's HTTP routes both call it.
import { CONTRACT, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from '../../shared/api/contract';
import { describeZodError } from '../../shared/deck/codec';
import { BriefdeckError, fail, ok, type Result } from '../../shared/result';
import { consoleLogger } from '../services/context';
import { safeFileBase } from '../services/fileNames';
import { createProjectFiles } from '../services/projectFiles';
import { RecentDecks } from '../services/recent';
import type { HandlerDeps } from './types';

export type { ExportPdfArgs, HandlerDeps, NativeDialogs } from './types';

export type Handler<C extends Channel> = (payload: unknown) => Promise<Result<ResponseOf<C>>>;
export type Handlers = { readonly [C in Channel]: Handler<C> };
type Impl<C extends Channel> = (req: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
type Impls = { [C in Channel]: Impl<C> };

const INTERNAL_MESSAGE = 'Something went wrong inside Briefdeck. The details are in the log; please try again.';

export function createHandlers(deps: HandlerDeps): Handlers {
  const log = deps.log ?? consoleLogger;
  const files = createProjectFiles({
    libraryDir: deps.libraryDir,
    trash: deps.trash,
    externals: deps.externals,
    sampleDir: deps.sampleDir,
    now: deps.now,
    log,
  });
  const recent = new RecentDecks(deps.recentFile, deps.now);

  /** The recent list is a convenience: failing to update it never fails the action. */
  const remember = async (what: Promise<void>): Promise<void> => {
    await what.catch((e: unknown) => log.warn(`could not update the recent-decks list ${deps.recentFile}`, e));
  };

  const notSupported = (message: string): never => {
    throw new BriefdeckError('not_supported', message);
  };

  const impls: Impls = {
    'app.info': async () => ({
      version: deps.version,
      host: deps.host,
      libraryDir: files.libraryDir,
      platform: deps.platform,
      nativeDialogs: deps.dialogs !== undefined,
    }),
    'library.list': () => files.list(),
    'library.create': async ({ title, template }) => {
      const { opened, notice } = await files.create(title, template);
      if (notice) log.warn(notice);
      await remember(recent.touch(files.resolve(opened.ref).absPath));
      return opened;
    },
    'library.duplicate': ({ ref }) => files.duplicate(ref),
    'library.rename': async ({ ref, title }) => {
      const { summary, from, to } = await files.rename(ref, title);
      if (from !== to) await remember(recent.moved(from, to));
      return summary;
    },
    'library.delete': async ({ ref }) => {
      const { trashedTo, absPath } = await files.remove(ref);
      await remember(recent.forget(absPath));
      return { trashedTo };
    },
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
    'deck.open': async ({ ref }) => {
      const { absPath, ...opened } = await files.open(ref);
      await remember(recent.touch(absPath));
      return opened;
    },
    'deck.save': ({ ref, deck, baseRevision, force }) => files.save(ref, deck, baseRevision, { force }),
    'deck.saveCopy': async ({ deck, title }) => {
      const opened = await files.saveCopy(deck, title);
      await remember(recent.touch(files.resolve(opened.ref).absPath));
      return opened;
    },
    'deck.history': ({ ref }) => files.history(ref),
    'deck.restore': ({ ref, versionId }) => files.restore(ref, versionId),
    'dialog.open': async () => {
      if (!deps.dialogs) return notSupported('Open… needs the desktop app. In the browser, open decks from the library folder (copy a file there to see it).');
      const chosen = await deps.dialogs.open();
      if (chosen === null) return null;
      const { absPath, ...opened } = await files.open(files.refForPath(chosen).ref);
      await remember(recent.touch(absPath));
      return opened;
    },
    'dialog.saveAs': async ({ deck }) => {
      if (!deps.dialogs) return notSupported('Save As… needs the desktop app. In the browser, use “Save a copy” to keep a copy in the library folder.');
      const chosen = await deps.dialogs.saveAs(`${safeFileBase(deck.meta.title)}.briefdeck`);
      if (chosen === null) return null;
      const opened = await files.saveAs(chosen, deck);
      await remember(recent.touch(files.resolve(opened.ref).absPath));
      return opened;
    },
    'export.pdf': async ({ ref, options }) => {
      if (!deps.exportPdf) return notSupported('Export to PDF is not available in this build yet.');
      const r = files.resolve(ref);
      return deps.exportPdf({ ref: r.ref, absPath: r.absPath, fileName: r.fileName, options });
    },
  };

  const wrap = <C extends Channel>(channel: C): Handler<C> => {
    const impl = impls[channel] as Impl<C>;
    return async (payload) => {
      const parsed = CONTRACT[channel].request.safeParse(payload);
      if (!parsed.success) {
        return fail('bad_request', `Briefdeck refused a malformed “${channel}” request: ${describeZodError(parsed.error)}.`);
      }
      try {
        return ok(await impl(parsed.data as ParsedRequestOf<C>));
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
  return out as Handlers;
}

/** Calls the handler for a channel name that came over a transport (untrusted). */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('bad_request', `“${channel.slice(0, 100)}” is not a Briefdeck API channel.`);
  }
  const handler: Handler<Channel> = handlers[channel];
  return handler(payload);
}
