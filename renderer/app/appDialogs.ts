// Which app-wide dialog is open (command palette, About, the browser host's Open list, the recent decks) and
// whether the library should ask for a new deck's title on arrival: unrecorded UI state that
// commands set from any screen (keys, the app menu, the palette). One per window
// (renderer/appWindow.tsx); read with useAppDialogs().
import { createStore, type StoreApi } from 'zustand/vanilla';
import { storeContext } from '../ui/storeContext';

export type AppDialog = 'commands' | 'about' | 'openDeck' | 'openRecent';

export interface AppDialogsState {
  open: AppDialog | null;
  /** deck.new was chosen: the library asks for the title once it is showing. */
  newDeckRequested: boolean;
  show(dialog: AppDialog): void;
  hide(): void;
  requestNewDeck(requested: boolean): void;
}

export type AppDialogs = StoreApi<AppDialogsState>;

export function createAppDialogs(): AppDialogs {
  return createStore<AppDialogsState>()((set) => ({
    open: null,
    newDeckRequested: false,
    show: (open) => set({ open }),
    hide: () => set({ open: null }),
    requestNewDeck: (newDeckRequested) => set({ newDeckRequested }),
  }));
}

const context = storeContext<AppDialogsState>('useAppDialogs()');
export const AppDialogsContext = context.Context;
/** This window's app dialogs (the store, for handlers and effects). */
export const useAppDialogsStore = context.useStoreApi;
/** A value from this window's app dialogs, re-rendering when it changes. */
export const useAppDialogs = context.useSelect;
