// Autosave while an editor is open, and a last save when the page goes away (closed, reloaded,
// hidden on a phone-like host): the editor's own Saving does the work (store/saving.ts); this
// only ties it to the page's lifecycle events.
import { useEffect } from 'react';
import type { Editor } from '../store/editor';

export function useAutosave(editor: Editor, active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const { saving } = editor;
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
  }, [editor, active]);
}
