// Transition only (issue 15): the window's editor for code that still reaches it through the
// old global names (useDocument, useUi, useSave, apply, saveNow). EditorScreen makes it the
// one it shows; call sites move to useEditor() and editor parameters, then this file goes.
import { call } from '../host/api';
import { systemClipboard } from '../host/clipboard';
import { navigate } from '../router';
import { createEditor, type Editor } from './editor';

let current: Editor | null = null;

export function currentEditor(): Editor {
  current ??= createEditor({ call, navigate, clipboard: systemClipboard });
  return current;
}

export function setCurrentEditor(editor: Editor): void {
  current = editor;
}
