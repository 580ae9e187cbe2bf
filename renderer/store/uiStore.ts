// Transition only (issue 15): the old global name for the editor's selection and view state,
// delegating like documentStore.ts. New code uses useEditor()/useUiState().
import type { UiState } from './editorUi';
import { currentEditor } from './currentEditor';
import { useUiState } from './EditorContext';

export type { UiState } from './editorUi';

export const useUi = Object.assign(<T>(selector: (s: UiState) => T): T => useUiState(selector), {
  getState: (): UiState => currentEditor().ui.getState(),
});
