// Ephemeral editor state: selection, zoom, panels. Never recorded in history, never saved,
// and changing it never clears the redo stack (STYLE.md "State, commands, undo").
import { create } from 'zustand';

export interface UiState {
  /** The slide shown on the canvas. */
  currentSlideId: string | null;
  /** The selected slot on the current slide, if any. */
  selectedSlotId: string | null;
  /** 'slide' selected = slide list has focus (copy/paste acts on slides). */
  focus: 'canvas' | 'slides';
  /** Canvas zoom: 'fit' or a factor of the fitted size. */
  zoom: number;
  /** A transient message shown in the status bar (undo labels, paste results). */
  toast: { text: string; at: number } | null;
  selectSlide(id: string | null): void;
  selectSlot(slotId: string | null): void;
  setFocus(focus: 'canvas' | 'slides'): void;
  setZoom(zoom: number): void;
  say(text: string): void;
}

export const useUi = create<UiState>((set) => ({
  currentSlideId: null,
  selectedSlotId: null,
  focus: 'canvas',
  zoom: 1,
  toast: null,
  selectSlide: (id) => set((s) => (s.currentSlideId === id ? s : { currentSlideId: id, selectedSlotId: null })),
  selectSlot: (slotId) => set({ selectedSlotId: slotId, focus: 'canvas' }),
  setFocus: (focus) => set({ focus }),
  setZoom: (zoom) => set({ zoom: Math.max(0.25, Math.min(4, zoom)) }),
  say: (text) => set({ toast: { text, at: Date.now() } }),
}));
