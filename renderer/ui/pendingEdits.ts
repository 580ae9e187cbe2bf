// Fields that commit what is typed only when it is committed (CommittedField: Tab, a click away,
// Enter) hold typed text the deck does not have yet. A save someone asks for must not miss it:
// Ctrl+S, the window closing or the page going away commit it first, as leaving the field
// would (editor/useAutosave.ts has the editor's saving run commitAll). One registry per app
// window (renderer/appWindow.tsx), read through usePendingEdits.
import { createContext, useContext } from 'react';

export interface PendingEdits {
  /** A field's commit, run by commitAll while the field is mounted (it does nothing unless the
   * field holds uncommitted text). Returns the unregistration. */
  register(commit: () => void): () => void;
  /** Commits every field's typed text that parses (one that does not keeps its message on screen). */
  commitAll(): void;
}

export function createPendingEdits(): PendingEdits {
  const fields = new Set<() => void>();
  return {
    register(commit) {
      fields.add(commit);
      return () => void fields.delete(commit);
    },
    commitAll() {
      for (const commit of [...fields]) commit();
    },
  };
}

export const PendingEditsContext = createContext<PendingEdits | null>(null);

/** This window's registry; null outside an app window (a component rendered on its own). */
export function usePendingEdits(): PendingEdits | null {
  return useContext(PendingEditsContext);
}
