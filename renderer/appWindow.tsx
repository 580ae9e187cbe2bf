// The state one app window holds beside its screens: what is not about one deck (that is the
// Editor object's) but about this window and outlives a screen. main.tsx makes one per page
// load and gives it to React here; each part is read in its own folder through its own hook
// (useCommands, useDeckPrefetch, usePresentingWindow, useAppDialogs, usePrefsUi), so the
// folders' walls stay as they are, and a test can make two windows side by side.
import type { ReactNode } from 'react';
import { AppDialogsContext, createAppDialogs, type AppDialogs } from './app/appDialogs';
import { CommandsProvider } from './commands/CommandsContext';
import { createCommandRegistry, type CommandRegistry } from './commands/registry';
import { call as hostCall, type HostCall } from './host/api';
import { createDeckPrefetch, DeckPrefetchContext, type DeckPrefetch } from './host/deckPrefetch';
import { createPrefsUi, PrefsUiContext, type PrefsUi } from './prefs/prefsUi';
import { createPresentingWindow, PresentingContext, type PresentingWindow } from './present/presentingWindow';

export interface AppWindow {
  /** The handlers the shown screens registered: keys, menu, toolbar and palette run them. */
  readonly commands: CommandRegistry;
  /** The deck this window was opened onto, asked for before its screen's code arrived. */
  readonly decks: DeckPrefetch;
  /** The deck handed from the editor to the presenter view; the prepared audience window. */
  readonly presenting: PresentingWindow;
  /** The palette, About and Open dialogs; a new deck's title asked on the library. */
  readonly dialogs: AppDialogs;
  /** The Preferences dialog, the bad-file notice, and the once-per-window start check. */
  readonly prefs: PrefsUi;
}

/** `call`: the host transport (tests pass an in-memory host's). */
export function createAppWindow(call: HostCall = hostCall): AppWindow {
  return {
    commands: createCommandRegistry(),
    decks: createDeckPrefetch(call),
    presenting: createPresentingWindow(call),
    dialogs: createAppDialogs(),
    prefs: createPrefsUi(),
  };
}

export function AppWindowProvider({ appWindow: w, children }: { appWindow: AppWindow; children: ReactNode }) {
  return (
    <CommandsProvider commands={w.commands}>
      <DeckPrefetchContext.Provider value={w.decks}>
        <PresentingContext.Provider value={w.presenting}>
          <AppDialogsContext.Provider value={w.dialogs}>
            <PrefsUiContext.Provider value={w.prefs}>{children}</PrefsUiContext.Provider>
          </AppDialogsContext.Provider>
        </PresentingContext.Provider>
      </DeckPrefetchContext.Provider>
    </CommandsProvider>
  );
}
