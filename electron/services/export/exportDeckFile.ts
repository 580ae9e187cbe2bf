// Headless export of a deck file anywhere on disk (the `export` CLI, tests, the bench): the
// deck is checked with the same codec the app uses, copied into a private temporary library,
// served by an in-process host on a free port, and printed through the print route.
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ExportOptions } from '../../../shared/api/contract';
import type { Deck } from '../../../shared/deck/schema';
import { exportVariant } from '../../../shared/export/exportVariant';
import { BriefdeckError } from '../../../shared/result';
import { checkOutputPath } from './atomicOutput';
import { readExportDeck } from './readExportDeck';
import { routeHash } from '../../../shared/routes';
import { exportCancelled } from '../../../shared/export/messages';
import { appVersion } from '../appRoot';
import { makeScratchDir } from '../scratchDirs';
import { launchCdpPrintPage } from './cdpPrintPage';
import { hostRouteUrl, type ChromiumExportRequest, type PrintHost } from './chromiumPrinter';
import { printDeck, type PrintDeckResult } from './printDeck';
import type { ExportProgress, PrintPage } from './printTarget';

export interface StartedHost extends PrintHost {
  close(): Promise<void>;
}

/** Starts a host serving `libraryDir` (the CLI passes the browser host's startBrowserHost). */
export type StartHost = (libraryDir: string) => Promise<StartedHost>;

export type ExportDeckFileRequest = Omit<ChromiumExportRequest, 'ref' | 'slides'> & {
  deckPath: string;
  startHost: StartHost;
  /** The Chromium to print with if the caller has started it already (the CLI does, before it
   * loads the rest); otherwise one is started here: over the DevTools pipe, or through
   * playwright-core when `onPage` needs its page. Either way it is closed as soon as the PDF is
   * printed, while pdf-lib finishes the file. */
  chromium?: Promise<PrintPage>;
};

/** The Chromium an export starts for itself. */
function launchFor(req: ExportDeckFileRequest): Promise<PrintPage> {
  const { onPage } = req;
  if (!onPage) return launchCdpPrintPage();
  return import('./chromium').then(async ({ launchPrintPage }) => {
    const chromium = await launchPrintPage();
    await onPage(chromium.page);
    return chromium;
  });
}

const LIBRARY_NAME = 'export.briefdeck';

/** Reads and validates the deck first, so a bad file, a range that selects nothing or an
 * audience the deck does not have fails in one clear line before Chromium starts. */
export async function checkDeckFile(deckPath: string, options?: ExportOptions): Promise<{ title: string; slides: number; deck: Deck }> {
  const fileName = path.basename(deckPath);
  const deck = await readExportDeck(deckPath);
  if (options) {
    const exported = exportVariant(deck, options);
    if (!exported.ok) throw new BriefdeckError('bad_request', `${fileName}: ${exported.message}`);
    return { title: deck.meta.title, slides: exported.variant.deck.slideOrder.length, deck };
  }
  return { title: deck.meta.title, slides: deck.slideOrder.length, deck };
}

export async function exportDeckFile(req: ExportDeckFileRequest): Promise<PrintDeckResult> {
  const trace = req.trace ?? (() => undefined);
  // Chromium starts while the deck is checked and the host comes up. A bad deck or path is
  // still the first thing reported.
  const chromium = req.chromium ?? launchFor(req);
  chromium.then(() => trace('chromium launched, page open')).catch(() => undefined);
  let closing: Promise<void> | null = null;
  const closeChromium = () =>
    (closing ??= chromium
      .then((c) => c.close())
      .then(() => trace('chromium closed'))
      .catch(() => undefined));
  try {
    if (req.signal?.aborted) throw exportCancelled();
    const { slides, deck } = await checkDeckFile(req.deckPath, req.options);
    trace('deck checked');
    await checkOutputPath(req.outPath);
    const library = await makeScratchDir('export');
    try {
      await copyFile(path.resolve(req.deckPath), path.join(library, LIBRARY_NAME));
      const host = await req.startHost(library);
      trace('host started');
      // Said only once the deck is known to be good: a bad one is the only line printed.
      req.onProgress?.({ phase: 'starting', rendered: 0, total: 0 });
      try {
        const target = (await chromium).target({ warm: false, appUrl: (hash) => hostRouteUrl(host, hash) });
        const onProgress = (p: ExportProgress) => {
          // Once the PDF is printed Chromium has nothing left to do.
          if (p.phase === 'finishing') void closeChromium();
          req.onProgress?.(p);
        };
        return await printDeck(target, {
          hash: routeHash({ name: 'print', deck: `library:${LIBRARY_NAME}`, options: req.options, widgetTimeoutMs: req.widgetTimeoutMs ?? null }),
          outPath: req.outPath,
          creator: `Briefdeck ${appVersion()}`,
          slides,
          signal: req.signal,
          onProgress,
          trace,
          // The file as checked: its copy is what the print page reads.
          pictures: async () => deck.assets,
        });
      } finally {
        await host.close();
      }
    } finally {
      // Cleanup never replaces the export's own outcome.
      await rm(library, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    }
  } finally {
    await closeChromium();
  }
}

/** The default export options, as the contract fills them in. */
export function defaultExportOptions(over: Partial<ExportOptions> = {}): ExportOptions {
  return { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', ...over };
}
