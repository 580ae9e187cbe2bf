// Headless export of a deck file anywhere on disk (the `export` CLI, tests, the bench): the
// deck is checked with the same codec the app uses, copied into a private temporary library,
// served by an in-process host on a free port, and printed through the print route.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExportOptions } from '../../../shared/api/contract';
import { exportVariant } from '../../../shared/export/exportVariant';
import { BriefdeckError } from '../../../shared/result';
import type { Browser } from 'playwright-core';
import { checkOutputPath } from './atomicOutput';
import { readExportDeck } from './readExportDeck';
import { launchChromium } from './chromium';
import { ChromiumPrinter, type ChromiumExportRequest, type PrintHost } from './chromiumPrinter';
import type { PrintDeckResult } from './printDeck';
import type { ExportProgress } from './printTarget';

export interface StartedHost extends PrintHost {
  close(): Promise<void>;
}

/** Starts a host serving `libraryDir` (the CLI passes the browser host's startBrowserHost). */
export type StartHost = (libraryDir: string) => Promise<StartedHost>;

export type ExportDeckFileRequest = Omit<ChromiumExportRequest, 'ref' | 'slides'> & {
  deckPath: string;
  startHost: StartHost;
  /** An already-running Chromium to print with (a bench), left running. Otherwise the export
   * owns one: `launching` if the caller started it (the CLI does, before loading the rest),
   * else one it launches; it is closed as soon as the PDF is printed. */
  browser?: Browser;
  launching?: Promise<Browser>;
};

const LIBRARY_NAME = 'export.briefdeck';

/** Reads and validates the deck first, so a bad file, a range that selects nothing or an
 * audience the deck does not have fails in one clear line before Chromium starts. */
export async function checkDeckFile(deckPath: string, options?: ExportOptions): Promise<{ title: string; slides: number }> {
  const fileName = path.basename(deckPath);
  const deck = await readExportDeck(deckPath);
  if (options) {
    const exported = exportVariant(deck, options);
    if (!exported.ok) throw new BriefdeckError('bad_request', `${fileName}: ${exported.message}`);
    return { title: deck.meta.title, slides: exported.variant.deck.slideOrder.length };
  }
  return { title: deck.meta.title, slides: deck.slideOrder.length };
}

export async function exportDeckFile(req: ExportDeckFileRequest): Promise<PrintDeckResult> {
  const trace = req.trace ?? (() => undefined);
  // Chromium starts while the deck is checked and the host comes up (a caller's own browser
  // is used as is). A bad deck or path is still the first thing reported.
  const owned = req.browser ? null : (req.launching ?? launchChromium());
  owned?.then(() => trace('chromium launched')).catch(() => undefined);
  // Once the PDF is printed Chromium has nothing left to do: it closes while pdf-lib finishes.
  let closing: Promise<void> | null = null;
  const closeOwned = () =>
    (closing ??= owned
      ? owned
          .then((b) => b.close())
          .then(() => trace('chromium closed'))
          .catch(() => undefined)
      : Promise.resolve());
  try {
    const { slides } = await checkDeckFile(req.deckPath, req.options);
    trace('deck checked');
    await checkOutputPath(req.outPath);
    const library = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-export-'));
    try {
      await copyFile(path.resolve(req.deckPath), path.join(library, LIBRARY_NAME));
      const host = await req.startHost(library);
      trace('host started');
      const browser = req.browser ?? (await owned!);
      // One cold page: nothing to keep warm, and the browser's owner closes it.
      const printer = new ChromiumPrinter({ host, launch: async () => browser, idleMs: null });
      try {
        const { deckPath: _deckPath, startHost: _startHost, browser: _browser, launching: _launching, ...request } = req;
        const onProgress = (p: ExportProgress) => {
          if (p.phase === 'finishing') void closeOwned();
          req.onProgress?.(p);
        };
        return await printer.exportPdf({ ...request, ref: `library:${LIBRARY_NAME}`, slides, onProgress });
      } finally {
        await host.close();
      }
    } finally {
      // Cleanup never replaces the export's own outcome.
      await rm(library, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    }
  } finally {
    await closeOwned();
  }
}

/** The default export options, as the contract fills them in. */
export function defaultExportOptions(over: Partial<ExportOptions> = {}): ExportOptions {
  return { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', ...over };
}
