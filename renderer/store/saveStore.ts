// Autosave (issue 2): save about a second after the last change, on demand and when the
// window closes; a visible status, and conflicts with changes made on disk by someone else
// are surfaced, never silently overwritten.
import { create } from 'zustand';
import { call } from '../host/api';
import { useDocument } from './documentStore';

export type SaveStatus =
  | { state: 'saved'; at: string | null }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; message: string }
  | { state: 'conflict'; message: string };

interface SaveState {
  ref: string | null;
  fileName: string;
  revision: string;
  status: SaveStatus;
  /** changeCount of the document as last written. */
  savedChangeCount: number;
  open(ref: string, fileName: string, revision: string): void;
  close(): void;
}

export const useSave = create<SaveState>(() => ({
  ref: null,
  fileName: '',
  revision: '',
  status: { state: 'saved', at: null },
  savedChangeCount: 0,
  open: (ref, fileName, revision) =>
    useSave.setState({ ref, fileName, revision, status: { state: 'saved', at: null }, savedChangeCount: useDocument.getState().changeCount }),
  close: () => useSave.setState({ ref: null }),
}));

export const AUTOSAVE_DELAY_MS = 1000;
let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<boolean> | null = null;

export function isDirty(): boolean {
  return useDocument.getState().changeCount !== useSave.getState().savedChangeCount;
}

/** Saves now if there are unsaved changes. Resolves true when the file holds the latest state. */
export async function saveNow(opts: { force?: boolean } = {}): Promise<boolean> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (inFlight) await inFlight;
  const { ref, revision, status } = useSave.getState();
  const { deck, changeCount } = useDocument.getState();
  if (!ref || !deck) return true;
  if (!isDirty() && !opts.force) return true;
  if (status.state === 'conflict' && !opts.force) return false;
  useSave.setState({ status: { state: 'saving' } });
  inFlight = (async () => {
    // The synchronous part (serializing the deck for the transport) is the UI-thread cost
    // of a save; the bench reads this measure.
    const t0 = performance.now();
    const pending = call('deck.save', { ref, deck, baseRevision: revision, force: opts.force ?? false });
    performance.measure('briefdeck:autosave-sync', { start: t0 });
    const res = await pending;
    if (useSave.getState().ref !== ref) return false;
    if (res.ok) {
      useSave.setState({ revision: res.data.revision, savedChangeCount: changeCount, status: { state: 'saved', at: res.data.savedAt } });
      if (isDirty()) scheduleSave();
      return !isDirty();
    }
    if (res.error.code === 'conflict') {
      useSave.setState({ status: { state: 'conflict', message: res.error.message } });
    } else {
      useSave.setState({ status: { state: 'failed', message: res.error.message } });
    }
    return false;
  })();
  try {
    return await inFlight;
  } finally {
    inFlight = null;
  }
}

export function scheduleSave(): void {
  if (timer) clearTimeout(timer);
  if (useSave.getState().status.state !== 'conflict') useSave.setState({ status: { state: 'pending' } });
  timer = setTimeout(() => {
    timer = null;
    void saveNow();
  }, AUTOSAVE_DELAY_MS);
}

/** Wire autosave to document changes; returns the unsubscribe. */
export function startAutosave(): () => void {
  const unsub = useDocument.subscribe((s, prev) => {
    if (s.changeCount !== prev.changeCount && s.deck && useSave.getState().ref) scheduleSave();
  });
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!isDirty()) return;
    void saveNow();
    e.preventDefault();
  };
  const onHide = () => {
    if (isDirty()) void saveNow();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsub();
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
