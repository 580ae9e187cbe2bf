// Transition only (issue 15): the old global names for the editor's document, delegating to
// the editor of the screen (useEditor) or, outside React, to the window's current editor.
// New code uses useEditor()/useDocumentState() or an editor parameter.
import type { Deck } from '../../shared/deck/schema';
import type { DocumentState } from './documentHistory';
import { currentEditor } from './currentEditor';
import { useDocumentState } from './EditorContext';

export type { DocumentState, HistoryStep } from './documentHistory';

export const useDocument = Object.assign(<T>(selector: (s: DocumentState) => T): T => useDocumentState(selector), {
  getState: (): DocumentState => currentEditor().document.getState(),
});

export function apply<T = void>(label: string, recipe: (draft: Deck) => T, opts?: { coalesceKey?: string }): T | undefined {
  return currentEditor().apply(label, recipe, opts);
}
