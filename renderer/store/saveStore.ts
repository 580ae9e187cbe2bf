// Transition only (issue 15): the old global names for the editor's save state and autosave,
// delegating like documentStore.ts. New code uses editor.saving.
import type { SaveState } from './saving';
import { currentEditor } from './currentEditor';
import { useSaveState } from './EditorContext';

export { AUTOSAVE_DELAY_MS, type SaveStatus } from './saving';

export const useSave = Object.assign(<T>(selector: (s: SaveState) => T): T => useSaveState(selector), {
  getState: (): SaveState => currentEditor().saving.state.getState(),
});

export function isDirty(): boolean {
  return currentEditor().saving.isDirty();
}

export function saveNow(opts: { force?: boolean } = {}): Promise<boolean> {
  return currentEditor().saving.saveNow(opts);
}

export function scheduleSave(): void {
  currentEditor().saving.schedule();
}

/** Autosave while the editor is open, and a last save when the page goes away. */
export function startAutosave(): () => void {
  const saving = currentEditor().saving;
  const unwatch = saving.watch();
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!saving.isDirty()) return;
    void saving.saveNow();
    e.preventDefault();
  };
  const onHide = () => {
    if (saving.isDirty()) void saving.saveNow();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unwatch();
    window.removeEventListener('beforeunload', onBeforeUnload);
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
  };
}
