// File > Open Recent in the desktop app (issue #17 item 8): the recent decks, newest first, then
// "Clear Recently Opened"; a disabled "No recent decks" when there are none. The list is the
// handler table's (electron/services/recent.ts), so it is the library's "Recent" too; main
// rebuilds the menu whenever it changes (a deck opened, saved as, renamed, deleted).
// Pure (type-only electron import): the template and what a click does are unit-tested with
// fakes; electron/main/index.ts only wires them to Menu, dialog and the window.
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { Logger } from '../services/context';
import { DECK_EXTENSION } from './openPaths';

export const CLEAR_RECENT_LABEL = 'Clear Recently Opened';
export const NO_RECENT_LABEL = 'No recent decks';

/** Windows and Linux read '&' in a label as a mnemonic marker; '&&' shows one. */
function menuText(text: string): string {
  return text.replace(/&/g, '&&');
}

function deckName(absPath: string): string {
  const base = path.basename(absPath);
  return base.toLowerCase().endsWith(DECK_EXTENSION) ? base.slice(0, -DECK_EXTENSION.length) : base;
}

/** Each deck by its name; two decks of one name (in different folders) also say where they are. */
export function recentLabels(paths: readonly string[]): string[] {
  const names = paths.map(deckName);
  return paths.map((p, i) => (names.filter((n) => n === names[i]).length > 1 ? `${names[i]} — ${path.dirname(p)}` : names[i]!));
}

export function recentDecksSubmenu(paths: readonly string[], actions: { open(absPath: string): void; clear(): void }): MenuItemConstructorOptions[] {
  if (paths.length === 0) return [{ label: NO_RECENT_LABEL, enabled: false }];
  const labels = recentLabels(paths);
  return [
    ...paths.map((p, i): MenuItemConstructorOptions => ({ label: menuText(labels[i]!), toolTip: p, click: () => actions.open(p) })),
    { type: 'separator' },
    { label: CLEAR_RECENT_LABEL, click: () => actions.clear() },
  ];
}

/** What the person is told when a recent deck's file is gone, and asked. */
export interface MissingDeckQuestion {
  title: string;
  message: string;
  detail: string;
  /** [remove, keep]: the first removes it from the list. */
  buttons: [string, string];
}

export function missingDeckQuestion(absPath: string): MissingDeckQuestion {
  return {
    title: 'Deck not found',
    message: `“${deckName(absPath)}” could not be opened: there is no file at ${absPath}.`,
    detail: 'It may have been moved, renamed or deleted, or it is on a drive that is not connected now. Remove it from Open Recent? Nothing else is changed.',
    buttons: ['Remove from Open Recent', 'Keep in the list'],
  };
}

export interface RecentMenuHost {
  /** Every deck in the recent list, newest first, whether or not its file is still there. */
  entries(): Promise<string[]>;
  forget(absPath: string): Promise<void>;
  clear(): Promise<void>;
  exists(absPath: string): Promise<boolean>;
  /** Asks the window to open the deck, as for a deck the OS hands us. */
  open(absPath: string): void;
  /** Shows the question; true when the person chose to remove the deck from the list. */
  askToRemove(question: MissingDeckQuestion): Promise<boolean>;
  /** Builds and installs the app menu with this recent list. */
  install(recentDecks: readonly string[]): void;
  /** The OS's own recent documents (dock menu, jump list) are cleared with ours. */
  clearOsRecents(): void;
  log: Logger;
}

export class RecentMenu {
  /** Menu rebuilds run one after another, so the last change is what the menu shows. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: RecentMenuHost) {}

  /** Rebuilds the menu from the stored list (at start, and after every change to it). */
  refresh(): Promise<void> {
    this.queue = this.queue.then(async () => {
      const paths = await this.host.entries().catch((e: unknown) => {
        this.host.log.warn('could not read the recent-decks list for File > Open Recent', e);
        return [] as string[];
      });
      this.host.install(paths);
    });
    return this.queue;
  }

  /** A recent deck was chosen: open it, or say it is gone and offer to take it off the list. */
  async open(absPath: string): Promise<void> {
    if (await this.host.exists(absPath)) return this.host.open(absPath);
    if (!(await this.host.askToRemove(missingDeckQuestion(absPath)))) return;
    await this.host.forget(absPath).catch((e: unknown) => this.host.log.warn(`could not remove ${absPath} from the recent-decks list`, e));
    await this.refresh();
  }

  async clear(): Promise<void> {
    await this.host.clear().catch((e: unknown) => this.host.log.warn('could not clear the recent-decks list', e));
    this.host.clearOsRecents();
    await this.refresh();
  }
}
