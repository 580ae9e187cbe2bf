// The export dialog's fields, remembered per deck for this session (not saved to the deck:
// how someone printed last time is not part of the document).
import type { ExportOptions } from '../../shared/api/contract';
import { create } from 'zustand';

export interface ExportForm {
  rangeText: string;
  includeHidden: boolean;
  layout: ExportOptions['layout'];
  sourcesPage: boolean;
  pageNumbers: boolean;
  openWhenDone: boolean;
}

export const DEFAULT_FORM: ExportForm = { rangeText: '', includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, openWhenDone: false };

const lastUsed = new Map<string, ExportForm>();

export function rememberedForm(deckRef: string): ExportForm {
  return { ...(lastUsed.get(deckRef) ?? DEFAULT_FORM) };
}

export function rememberForm(deckRef: string, form: ExportForm): void {
  lastUsed.set(deckRef, { ...form });
}

/** Whether the dialog is showing; deck.export opens it from the menu, keyboard, toolbar or palette. */
export const useExportDialog = create<{ open: boolean; show: () => void; hide: () => void }>((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));
