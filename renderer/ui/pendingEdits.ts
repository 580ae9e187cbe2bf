// Fields that commit what is typed only when it is committed (CommittedField: Tab, a click away,
// Enter) hold typed text the deck does not have yet. A save must not miss it: Ctrl+S, the window
// closing or the page going away commit it first, as leaving the field would. The editor's
// saving runs commitPendingEdits before every save (editor/useAutosave.ts ties them).

const fields = new Set<() => void>();

/** A field's commit, run before each save while the field is mounted (it does nothing unless
 * the field holds uncommitted text). Returns the unregistration. */
export function registerPendingEdit(commit: () => void): () => void {
  fields.add(commit);
  return () => void fields.delete(commit);
}

/** Commits every field's typed text that parses (one that does not keeps its message on screen). */
export function commitPendingEdits(): void {
  for (const commit of [...fields]) commit();
}
