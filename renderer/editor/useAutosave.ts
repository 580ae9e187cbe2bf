// Autosave while an editor is open, and a last save when the page goes away (closed, reloaded,
// hidden on a phone-like host): the editor's own Saving does the work (store/saving.ts); this
// only ties it to the page's lifecycle events, and has every save take the text still being
// typed in a field first (ui/pendingEdits.ts).
import { useEffect } from 'react';
import type { Editor } from '../store/editor';
import { usePendingEdits } from '../ui/pendingEdits';

export function useAutosave(editor: Editor, active: boolean): void {
  const pending = usePendingEdits();
  useEffect(() => {
    if (!active) return undefined;
    const { saving } = editor;
    const commitPendingEdits = () => pending?.commitAll();
    const unwatch = saving.watch();
    const unflush = saving.beforeSave(commitPendingEdits);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // The field being typed in is committed first, so a close right after typing keeps it.
      commitPendingEdits();
      if (!saving.isDirty()) return;
      void saving.saveNow();
      e.preventDefault();
    };
    const onHide = () => {
      commitPendingEdits();
      if (saving.isDirty()) void saving.saveNow();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unwatch();
      unflush();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [editor, active, pending]);
}
