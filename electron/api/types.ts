// What the handler table needs from its host. Only transport, dialogs, the trash and the
// printer differ between Electron and the browser host (DESIGN.md §1 "two hosts").
import type { DeckRef, DisplayInfo, ExportOptions, ExportResult, PresentScreens } from '../../shared/api/contract';
import type { JobProgress } from './exportJobs';
import type { Logger } from '../services/context';
import type { PreferencesStore } from '../services/preferences';
import type { ExternalRefs } from '../services/externalRefs';
import type { TrashFn } from '../services/trash';

export interface NativeDialogs {
  /** An absolute path the user chose, or null if they cancelled. */
  open(): Promise<string | null>;
  /** An absolute path to save to, or null if they cancelled. */
  saveAs(defaultName: string): Promise<string | null>;
  /** A folder the user chose (the library), or null if they cancelled. */
  chooseFolder?(defaultPath: string): Promise<string | null>;
  /** Where to write an exported PDF (export.start asks before printing), or null if they cancelled. */
  savePdf?(defaultName: string): Promise<string | null>;
  /** Where to write an exported PowerPoint file (export.pptx), or null if they cancelled. */
  savePptx?(defaultName: string): Promise<string | null>;
}

/** Electron's presenting windows (DESIGN.md §5): the audience window on a chosen display. */
export interface PresentingHost {
  displays(): DisplayInfo[];
  /** Opens the audience window full-screen on the display (moves it if open); unknown id -> not_found. */
  openAudience(args: { ref: DeckRef; from: number; displayId?: number; onlyPrepared?: boolean; audience?: string | null }): Promise<PresentScreens>;
  swapDisplays(): PresentScreens;
  /** Keeps a hidden, loaded audience window for `ref` when a display for the room exists. */
  prepare(args: { ref: DeckRef }): { prepared: boolean };
  closeAudience(): PresentScreens;
}

export interface ExportPdfArgs {
  ref: DeckRef;
  /** The deck file (main side only; never sent to the renderer). */
  absPath: string;
  fileName: string;
  /** The name (no extension, file-system safe) to offer when the exporter picks the place: the
   * deck's with the version's audience and marking (services/export/exportFileName.ts). */
  fileBase: string;
  options: ExportOptions;
  /** Where to write (chosen in a native dialog); absent: the exporter decides (browser download, or it asks). */
  outPath?: string;
  /** Aborting stops the print and leaves no file behind. */
  signal?: AbortSignal;
  onProgress?: (p: JobProgress) => void;
  /** The user wants to see the PDF when done and the host will not open it itself (the browser host offers a view). */
  openWhenDone?: boolean;
}

/** What an exporter answers; the handler adds whether the host opened the file. */
export type ExportedPdf = Omit<ExportResult, 'opened'>;

export interface HandlerDeps {
  libraryDir: string;
  /** The recent-decks JSON file: <userData>/recent.json (Electron), <library>/.briefdeck-recent.json (browser). */
  recentFile: string;
  /** Called after the recent-decks list changed (the desktop app rebuilds File > Open Recent). */
  onRecentChanged?: () => void;
  version: string;
  host: 'electron' | 'browser';
  platform: string;
  /** Electron: shell.trashItem. Absent: move to <library>/.trash. */
  trash?: TrashFn;
  /** Native dialogs; absent in the browser host, whose dialog.* calls answer 'not_supported'. */
  dialogs?: NativeDialogs;
  /** The PDF exporter; absent answers 'not_supported'. */
  exportPdf?: (args: ExportPdfArgs) => Promise<ExportedPdf>;
  /** Browser host: runs `write` on a fresh private file and offers it once as a download named
   * `name`; answers the download's address. Absent: export.pptx needs dialogs.savePptx. */
  offerDownload?: <T>(name: string, write: (file: string) => Promise<T>) => Promise<{ location: string; value: T }>;
  /** Gets the printer ready for an export of this deck (the dialog is open); true once it is.
   * Absent: export.prepare answers false and each export starts its printer itself. */
  prepareExport?: (args: { ref: DeckRef }) => Promise<boolean>;
  /** Electron: shell.openPath for "open the file when done". Absent: the renderer opens it (browser tab). */
  openExported?: (location: string) => Promise<void>;
  /** Electron: points the spell checker at the dictionary closest to a language and answers
   * which one (null: none fits). Absent (browser host): spellcheck.setLanguage answers null. */
  setSpellCheckLanguage?: (language: string) => string | null;
  /** Electron: greys out (false) or restores (true) the app menu's items that change a deck.
   * Absent (browser host): menu.setEditsAvailable answers applied: false. */
  setEditsAvailable?: (available: boolean) => void;
  /** Electron only; absent answers 'not_supported' (the browser host uses window.open). */
  presenting?: PresentingHost;
  /** The user's preferences, already load()ed by the host. */
  preferences: PreferencesStore;
  /** What load() said about a bad preferences file; prefs.get hands it to the renderer to show once. */
  preferencesNotice?: string | null;
  /** Null when prefs.chooseLibrary may change the library; else why not and how (shown read-only). */
  libraryFixedBecause: string | null;
  /** Told when prefs.chooseLibrary switched the library, so host code that names it (dialogs) follows. */
  onLibraryChanged?: (dir: string) => void;
  log?: Logger;
  /** Share with the code that opens files from the command line or the OS (grant()). */
  externals?: ExternalRefs;
  /** Folder with the sample deck; default <cwd>/assets/sample. */
  sampleDir?: string;
  now?: () => Date;
}
