// An editor's document: the open deck and its history. Every document change goes through
// apply(label, recipe); immer records patches and inverse patches and undo applies the
// inverse (tldraw-style diff history, no hand-written inverse per command). Each Editor
// (store/editor.ts) owns one of these stores.
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Deck } from '../../shared/deck/schema';
import { changeProblem } from '../../shared/deck/changeCheck';

enablePatches();

export interface HistoryStep {
  label: string;
  patches: Patch[];
  inverse: Patch[];
  /** Steps with the same key within COALESCE_MS merge (typing a title is one step). */
  coalesceKey: string | null;
  at: number;
}

const COALESCE_MS = 1500;
const MAX_STEPS = 500;

export interface DocumentState {
  deck: Deck | null;
  /** Increments on every change (apply, undo, redo); autosave watches it. */
  changeCount: number;
  undoStack: HistoryStep[];
  redoStack: HistoryStep[];
  /** Opened read-only (the deck is open elsewhere): apply changes nothing and counts the try. */
  readOnly: boolean;
  /** Edits refused because of readOnly, so the editor can say so where the person looks. */
  refusedEdits: number;
  /** The last change refused because the deck format would not hold it (every later save
   * would have failed), with why; the editor says so where the person looks. */
  refusedChange: { message: string; at: number } | null;
  setReadOnly(readOnly: boolean): void;
  /** A change asked for by a key or a menu while read-only (the command was unavailable):
   * counted as a refused edit, as apply counts one. */
  refuseEdit(): void;
  load(deck: Deck): void;
  close(): void;
  /** Replace the whole document without history (reload from disk, restore a version). */
  replace(deck: Deck): void;
  apply<T = void>(label: string, recipe: (draft: Deck) => T, opts?: { coalesceKey?: string }): T | undefined;
  undo(): string | null;
  redo(): string | null;
}

export type DocumentStore = StoreApi<DocumentState>;

export function createDocumentStore(): DocumentStore {
  return createStore<DocumentState>()((set, get) => ({
    deck: null,
    changeCount: 0,
    undoStack: [],
    redoStack: [],
    readOnly: false,
    refusedEdits: 0,
    refusedChange: null,
    setReadOnly: (readOnly) => set({ readOnly }),
    refuseEdit: () => {
      if (get().readOnly) set((st) => ({ refusedEdits: st.refusedEdits + 1 }));
    },
    load: (deck) => set({ deck, undoStack: [], redoStack: [], changeCount: 0, readOnly: false, refusedEdits: 0, refusedChange: null }),
    close: () => set({ deck: null, undoStack: [], redoStack: [], changeCount: 0, readOnly: false, refusedEdits: 0, refusedChange: null }),
    replace: (deck) => set((s) => ({ deck, undoStack: [], redoStack: [], changeCount: s.changeCount + 1 })),
    apply: (label, recipe, opts) => {
      const { deck, undoStack, changeCount, readOnly } = get();
      if (!deck) return undefined;
      if (readOnly) {
        set((st) => ({ refusedEdits: st.refusedEdits + 1 }));
        return undefined;
      }
      let result: ReturnType<typeof recipe> | undefined;
      const [next, patches, inverse] = produceWithPatches(deck, (draft) => {
        result = recipe(draft as Deck);
      });
      if (patches.length === 0) return result;
      const now = Date.now();
      const problem = changeProblem(next, patches.map((p) => p.path));
      if (problem !== null) {
        set({ refusedChange: { message: `That change was not made: ${problem}.`, at: now } });
        return undefined;
      }
      const key = opts?.coalesceKey ?? null;
      const top = undoStack[undoStack.length - 1];
      let stack: HistoryStep[];
      if (key !== null && top && top.coalesceKey === key && now - top.at < COALESCE_MS) {
        stack = [
          ...undoStack.slice(0, -1),
          { ...top, patches: [...top.patches, ...patches], inverse: [...inverse, ...top.inverse], at: now },
        ];
      } else {
        stack = [...undoStack, { label, patches, inverse, coalesceKey: key, at: now }].slice(-MAX_STEPS);
      }
      set({ deck: next, undoStack: stack, redoStack: [], changeCount: changeCount + 1 });
      return result;
    },
    undo: () => {
      const { deck, undoStack, redoStack, changeCount } = get();
      const step = undoStack[undoStack.length - 1];
      if (!deck || !step) return null;
      set({
        deck: applyPatches(deck, step.inverse),
        undoStack: undoStack.slice(0, -1),
        redoStack: [...redoStack, { ...step, coalesceKey: null }],
        changeCount: changeCount + 1,
      });
      return step.label;
    },
    redo: () => {
      const { deck, undoStack, redoStack, changeCount } = get();
      const step = redoStack[redoStack.length - 1];
      if (!deck || !step) return null;
      set({
        deck: applyPatches(deck, step.patches),
        undoStack: [...undoStack, { ...step, coalesceKey: null }],
        redoStack: redoStack.slice(0, -1),
        changeCount: changeCount + 1,
      });
      return step.label;
    },
  }));
}
