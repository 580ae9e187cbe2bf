// React's way to the Editor object: EditorProvider gives a screen its editor, useEditor()
// reads it, and the selector hooks re-render a component only when what it selected changes.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from './documentHistory';
import type { Editor } from './editor';
import type { UiState } from './editorUi';
import type { SaveState } from './saving';

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

/** The editor of the screen this component is in. */
export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor() is for components inside an EditorProvider (the editor screen).');
  return editor;
}

/** A value from the document (the deck, its history), re-rendering when it changes. */
export function useDocumentState<T>(selector: (s: DocumentState) => T): T {
  return useStore(useEditor().document, selector);
}

/** A value from the selection and view state. */
export function useUiState<T>(selector: (s: UiState) => T): T {
  return useStore(useEditor().ui, selector);
}

/** A value from the save state (status, file). */
export function useSaveState<T>(selector: (s: SaveState) => T): T {
  return useStore(useEditor().saving.state, selector);
}
