// Whether the Preferences dialog is open, and the bad-file notice to show: app-wide,
// unrecorded UI state (the home screen, the editor and the app menu all open the dialog).
import { create } from 'zustand';

/** Tells the open home screen that the library folder changed (it lists the new one). */
export const LIBRARY_CHANGED_EVENT = 'briefdeck:library-changed';

export interface PrefsUiState {
  open: boolean;
  /** A bad preferences file's notice, shown in the dialog while the file is still bad. */
  notice: string | null;
  /** The same notice as a banner, shown once per run until dismissed. */
  banner: string | null;
  show(): void;
  showBanner(text: string | null): void;
  hide(): void;
  setNotice(notice: string | null): void;
}

export const usePrefsUi = create<PrefsUiState>((set) => ({
  open: false,
  notice: null,
  banner: null,
  show: () => set({ open: true }),
  showBanner: (banner) => set({ banner }),
  hide: () => set({ open: false }),
  setNotice: (notice) => set({ notice }),
}));
