// Which app-wide dialog is open (command palette, About, the browser host's Open list) and
// whether the library should ask for a new deck's title on arrival: unrecorded UI state that
// commands set from any screen (keys, the app menu, the palette).
import { create } from 'zustand';

export type AppDialog = 'commands' | 'about' | 'openDeck';

export interface AppDialogsState {
  open: AppDialog | null;
  /** deck.new was chosen: the library asks for the title once it is showing. */
  newDeckRequested: boolean;
  show(dialog: AppDialog): void;
  hide(): void;
  requestNewDeck(requested: boolean): void;
}

export const useAppDialogs = create<AppDialogsState>((set) => ({
  open: null,
  newDeckRequested: false,
  show: (open) => set({ open }),
  hide: () => set({ open: null }),
  requestNewDeck: (newDeckRequested) => set({ newDeckRequested }),
}));
