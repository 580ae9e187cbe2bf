// The state one app window holds beside its screens: what is not about one deck (that is the
// Editor object's) but about this window and outlives a screen. main.tsx makes one per page
// load and gives it to React here; each part is read in its own folder through its own hook
// (useCommands, useDeckPrefetch, usePresentingWindow, useAppDialogs, usePrefsUi,
// usePendingEdits), so the folders' walls stay as they are, and a test can make two windows
// side by side.
import { createContext, useContext, type ReactNode } from 'react';
import type { Route } from '../shared/routes';
import { AppDialogsContext, createAppDialogs, type AppDialogs } from './app/appDialogs';
import { CommandsProvider } from './commands/CommandsContext';
import { createCommandRegistry, type CommandRegistry } from './commands/registry';
import { call as hostCall, type HostCall } from './host/api';
import { createDeckPrefetch, DeckPrefetchContext, type DeckPrefetch } from './host/deckPrefetch';
import { createPrefsUi, PrefsUiContext, type PrefsUi } from './prefs/prefsUi';
import { createPendingEdits, PendingEditsContext, type PendingEdits } from './ui/pendingEdits';
import { createPresentingWindow, PresentingContext, type PresentingWindow } from './present/presentingWindow';
import { navigate as goTo } from './router';

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
  /** This window's host: the desktop bridge, or the browser host's HTTP API. */
  readonly host: HostCall;
  /** Moves this window to a route (the address's hash). */
  readonly navigate: (route: Route) => void;
  /** The fields holding typed text not yet committed, committed before a save. */
  readonly pendingEdits: PendingEdits;
}

/** `call`: the host transport (tests pass an in-memory host's); `navigate`: moving to a route
 * (tests record it). */
export function createAppWindow(call: HostCall = hostCall, navigate: (route: Route) => void = goTo): AppWindow {
  return {
    host: call,
    navigate,
    commands: createCommandRegistry(),
    decks: createDeckPrefetch(call),
    presenting: createPresentingWindow(call),
    dialogs: createAppDialogs(),
    prefs: createPrefsUi(),
    pendingEdits: createPendingEdits(),
  };
}

/** The window's host and navigation, for the app-wide commands (renderer/app/AppCommands.tsx). */
const AppShellContext = createContext<Pick<AppWindow, 'host' | 'navigate'> | null>(null);

export function useAppShell(): Pick<AppWindow, 'host' | 'navigate'> {
  const shell = useContext(AppShellContext);
  if (!shell) throw new Error('useAppShell outside AppWindowProvider');
  return shell;
}

export function AppWindowProvider({ appWindow: w, children }: { appWindow: AppWindow; children: ReactNode }) {
  return (
    <AppShellContext.Provider value={w}>
      <CommandsProvider commands={w.commands}>
        <DeckPrefetchContext.Provider value={w.decks}>
          <PresentingContext.Provider value={w.presenting}>
            <AppDialogsContext.Provider value={w.dialogs}>
              <PrefsUiContext.Provider value={w.prefs}>
                <PendingEditsContext.Provider value={w.pendingEdits}>{children}</PendingEditsContext.Provider>
              </PrefsUiContext.Provider>
            </AppDialogsContext.Provider>
          </PresentingContext.Provider>
        </DeckPrefetchContext.Provider>
      </CommandsProvider>
    </AppShellContext.Provider>
  );
}
