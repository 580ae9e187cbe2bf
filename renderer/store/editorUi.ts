// An editor's ephemeral state: selection, zoom, panels, its open dialog. Never recorded in history, never saved,
// and changing it never clears the redo stack (STYLE.md "State, commands, undo"). Each Editor
// (store/editor.ts) owns one of these stores.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ContextTarget } from '../../shared/commands/contextMenu';
import { clampZoom, type Zoom } from './zoom';

/** What is being edited in place on the canvas: the slide's title or a slot's widget. */
export type InPlaceTarget = { kind: 'title' } | { kind: 'slot'; slotId: string };

/** The find bar: open to find, or to find and replace. `at` changes with each request, so a
 * second Ctrl+F while it is open still brings focus back to the query. */
export interface FindRequest {
  mode: 'find' | 'replace';
  at: number;
}

/** The editor's own dialogs (deck.history, deck.export, deck.exportPptx, widget.moveToSlide open them); one at a time. */
export type EditorDialog = 'history' | 'export' | 'pptx' | 'moveWidget';

/** A context menu open in this editor: on what, where, and what gets focus back when it closes. */
export interface OpenContextMenu {
  target: ContextTarget;
  at: { x: number; y: number };
  invoker: HTMLElement | null;
}

export interface UiState {
  /** The slide shown on the canvas. */
  currentSlideId: string | null;
  /** The selected slot on the current slide, if any. */
  selectedSlotId: string | null;
  /** The text being edited in place on the canvas (double-click or Enter), if any. */
  editing: InPlaceTarget | null;
  /** 'slide' selected = slide list has focus (copy/paste acts on slides). */
  focus: 'canvas' | 'slides';
  /** Canvas zoom: 'fit' the pane, or a scale where 1 = the printed page's size (store/zoom.ts). */
  zoom: Zoom;
  /** The scale at which the slide fits the canvas pane now (the canvas measures it). */
  fitScale: number;
  /** A transient message shown in the status bar (undo labels, paste results). */
  toast: { text: string; at: number } | null;
  /** The find bar, when it is open. */
  find: FindRequest | null;
  /** The deck audience presenting shows the version of (an audience id); null = the full deck. */
  presentAudience: string | null;
  /** The dialog of this editor that is open, if any (a new deck's editor starts with none). */
  dialog: EditorDialog | null;
  /** The context menu open on a slide, widget or slot (editor/EditorContextMenu.tsx), if any. */
  contextMenu: OpenContextMenu | null;
  selectSlide(id: string | null): void;
  selectSlot(slotId: string | null): void;
  setFocus(focus: 'canvas' | 'slides'): void;
  /** Starts (a target) or leaves (null) editing in place. */
  editInPlace(target: InPlaceTarget | null): void;
  setZoom(zoom: Zoom): void;
  setFitScale(scale: number): void;
  say(text: string): void;
  setPresentAudience(id: string | null): void;
  openFind(mode: FindRequest['mode']): void;
  closeFind(): void;
  /** Opens one of the editor's dialogs (null closes it). */
  showDialog(dialog: EditorDialog | null): void;
  /** Opens a context menu (null closes it). */
  showContextMenu(menu: OpenContextMenu | null): void;
}

export type UiStore = StoreApi<UiState>;

export function createUiStore(): UiStore {
  return createStore<UiState>()((set) => ({
    currentSlideId: null,
    selectedSlotId: null,
    editing: null,
    focus: 'canvas',
    zoom: 'fit',
    fitScale: 0.75,
    toast: null,
    presentAudience: null,
    find: null,
    dialog: null,
    contextMenu: null,
    selectSlide: (id) => set((s) => (s.currentSlideId === id ? s : { currentSlideId: id, selectedSlotId: null, editing: null })),
    selectSlot: (slotId) =>
      set((s) => ({ selectedSlotId: slotId, focus: 'canvas', editing: s.editing?.kind === 'slot' && s.editing.slotId === slotId ? s.editing : null })),
    editInPlace: (editing) => set(editing?.kind === 'slot' ? { editing, selectedSlotId: editing.slotId, focus: 'canvas' } : { editing }),
    setFocus: (focus) => set({ focus }),
    setZoom: (zoom) => set({ zoom: zoom === 'fit' ? 'fit' : clampZoom(zoom) }),
    setFitScale: (fitScale) => set((s) => (s.fitScale === fitScale ? s : { fitScale })),
    say: (text) => set({ toast: { text, at: Date.now() } }),
    setPresentAudience: (presentAudience) => set({ presentAudience }),
    openFind: (mode) => set((s) => ({ find: { mode, at: (s.find?.at ?? 0) + 1 } })),
    closeFind: () => set({ find: null }),
    showDialog: (dialog) => set({ dialog }),
    showContextMenu: (contextMenu) => set({ contextMenu }),
  }));
}
