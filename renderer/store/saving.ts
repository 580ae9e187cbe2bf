// Autosave (issue 2): save about a second after the last change, on demand and when the
// window closes; a visible status, and conflicts with changes made on disk by someone else
// are surfaced, never silently overwritten. Each Editor (store/editor.ts) owns one Saving over
// its document; the timer and the save in flight belong to it, not to the module.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostCall } from '../host/api';
import type { DocumentStore } from './documentHistory';

export type SaveStatus =
  | { state: 'saved'; at: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; message: string }
  | { state: 'conflict'; message: string };

export interface SaveState {
  ref: string | null;
  fileName: string;
  revision: string;
  status: SaveStatus;
  /** changeCount of the document as last written. */
  savedChangeCount: number;
  open(ref: string, fileName: string, revision: string): void;
  /** The file now holds the document as it is, at `revision` (a version restored on disk). */
  adopt(revision: string): void;
  close(): void;
}

export const AUTOSAVE_DELAY_MS = 1000;

export interface Saving {
  readonly state: StoreApi<SaveState>;
  /** The document has changes the file does not hold yet. */
  isDirty(): boolean;
  /** Saves now if there are unsaved changes. Resolves true when the file holds the latest state. */
  saveNow(opts?: { force?: boolean }): Promise<boolean>;
  /** Saves AUTOSAVE_DELAY_MS after now, unless called again first. */
  schedule(): void;
  /** Schedules a save after every document change until the returned function is called. */
  watch(): () => void;
  /** Runs `flush` at the start of every saveNow, before the document is read: edits held outside
   * the document (a field's typed text not yet committed) go into it first. Not before an
   * autosave: that comes a second after the last change, maybe while the person is still
   * typing ("20" on the way to "2024"), and must not commit or judge their text. Returns its
   * removal. */
  beforeSave(flush: () => void): () => void;
}

export function createSaving(doc: DocumentStore, call: HostCall, delayMs = AUTOSAVE_DELAY_MS): Saving {
  const state = createStore<SaveState>()((set) => ({
    ref: null,
    fileName: '',
    revision: '',
    status: { state: 'saved', at: null },
    savedChangeCount: 0,
    open: (ref, fileName, revision) => set({ ref, fileName, revision, status: { state: 'saved', at: null }, savedChangeCount: doc.getState().changeCount }),
    adopt: (revision) => set({ revision, status: { state: 'saved', at: new Date().toISOString() }, savedChangeCount: doc.getState().changeCount }),
    close: () => set({ ref: null }),
  }));
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;
  const flushes = new Set<() => void>();

  const isDirty = (): boolean => doc.getState().changeCount !== state.getState().savedChangeCount;

  const save = async (opts: { force?: boolean } = {}): Promise<boolean> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) await inFlight;
    const { ref, revision, status } = state.getState();
    const { deck, changeCount, readOnly } = doc.getState();
    if (!ref || !deck) return true;
    // A deck opened read-only (open elsewhere) is never written from here, not even forced; it
    // cannot be changed either (apply refuses), so the file holds all there is.
    if (readOnly) return !isDirty();
    if (!isDirty() && !opts.force) return true;
    if (status.state === 'conflict' && !opts.force) return false;
    state.setState({ status: { state: 'saving' } });
    inFlight = (async () => {
      // The synchronous part (serializing the deck for the transport) is the UI-thread cost
      // of a save; the bench reads this measure.
      const t0 = performance.now();
      const pending = call('deck.save', { ref, deck, baseRevision: revision, force: opts.force ?? false });
      performance.measure('briefdeck:autosave-sync', { start: t0 });
      const res = await pending;
      if (state.getState().ref !== ref) return false;
      if (res.ok) {
        state.setState({ revision: res.data.revision, savedChangeCount: changeCount, status: { state: 'saved', at: res.data.savedAt } });
        if (isDirty()) schedule();
        return !isDirty();
      }
      state.setState({ status: { state: res.error.code === 'conflict' ? 'conflict' : 'failed', message: res.error.message } });
      return false;
    })();
    try {
      return await inFlight;
    } finally {
      inFlight = null;
    }
  };

  const saveNow = (opts: { force?: boolean } = {}): Promise<boolean> => {
    for (const flush of [...flushes]) flush();
    return save(opts);
  };

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    if (state.getState().status.state !== 'conflict') state.setState({ status: { state: 'pending' } });
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, delayMs);
  };

  const watch = (): (() => void) => {
    const unsubscribe = doc.subscribe((s, prev) => {
      if (s.changeCount !== prev.changeCount && s.deck && state.getState().ref) schedule();
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    };
  };

  const beforeSave = (flush: () => void): (() => void) => {
    flushes.add(flush);
    return () => void flushes.delete(flush);
  };

  return { state, isDirty, saveNow, schedule, watch, beforeSave };
}
