// Whether the Preferences dialog is open, and the bad-file notice to show: app-wide,
// unrecorded UI state (the home screen, the editor and the app menu all open the dialog).
// One per window (renderer/appWindow.tsx); read with usePrefsUi().
import { createStore, type StoreApi } from 'zustand/vanilla';
import { storeContext } from '../ui/storeContext';

/** Tells the open home screen that the library folder changed (it lists the new one). */
export const LIBRARY_CHANGED_EVENT = 'briefdeck:library-changed';

export interface PrefsUiState {
  open: boolean;
  /** A bad preferences file's notice, shown in the dialog while the file is still bad. */
  notice: string | null;
  /** The same notice as a banner, shown once per run until dismissed. */
  banner: string | null;
  /** The window's start-up check (notice, last deck) has begun: it runs once per window. */
  started: boolean;
  show(): void;
  showBanner(text: string | null): void;
  hide(): void;
  setNotice(notice: string | null): void;
  markStarted(): void;
}

export type PrefsUi = StoreApi<PrefsUiState>;

export function createPrefsUi(): PrefsUi {
  return createStore<PrefsUiState>()((set) => ({
    open: false,
    notice: null,
    banner: null,
    started: false,
    show: () => set({ open: true }),
    showBanner: (banner) => set({ banner }),
    hide: () => set({ open: false }),
    setNotice: (notice) => set({ notice }),
    markStarted: () => set({ started: true }),
  }));
}

const context = storeContext<PrefsUiState>('usePrefsUi()');
export const PrefsUiContext = context.Context;
/** This window's preferences UI (the store, for handlers and effects). */
export const usePrefsUiStore = context.useStoreApi;
/** A value from this window's preferences UI, re-rendering when it changes. */
export const usePrefsUi = context.useSelect;
