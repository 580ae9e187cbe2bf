// React's way to the Editor object: EditorProvider gives a screen its editor, useEditor()
// reads it, and the selector hooks re-render a component only when what it selected changes.
// The provider also gives the editor's fit reports to the widget views drawn inside it.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocumentState } from './documentHistory';
import type { Editor } from './editor';
import type { UiState } from './editorUi';
import type { SaveState } from './saving';
import { FitReportsContext, type FitReportsState } from '../widgets/fit/fitStatus';

const EditorContext = createContext<Editor | null>(null);

export function EditorProvider({ editor, children }: { editor: Editor; children: ReactNode }) {
  return (
    <EditorContext.Provider value={editor}>
      <FitReportsContext.Provider value={editor.fits}>{children}</FitReportsContext.Provider>
    </EditorContext.Provider>
  );
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

/** A value from the fit reports of the widgets on this editor's canvas. */
export function useFitReports<T>(selector: (s: FitReportsState) => T): T {
  return useStore(useEditor().fits, selector);
}
