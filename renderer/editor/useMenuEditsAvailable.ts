// Tells the host while the open deck is read-only, so the desktop app's menu greys out the
// items that would change it (as the toolbar and palette are), and restores them when the deck
// becomes editable or the editor closes. The browser host has no such menu and only answers.
import { useEffect } from 'react';
import type { Editor } from '../store/editor';
import { useDocumentState } from '../store/EditorContext';

export function useMenuEditsAvailable(editor: Editor, ready: boolean): void {
  const readOnly = useDocumentState((s) => s.readOnly);
  useEffect(() => {
    if (!ready || !readOnly) return undefined;
    const tell = (available: boolean) =>
      void editor.host.call('menu.setEditsAvailable', { available }).then((r) => {
        if (!r.ok) console.warn(`the menu could not show that the deck is ${available ? 'editable' : 'read-only'}: ${r.error.message}`);
      });
    tell(false);
    return () => tell(true);
  }, [editor, ready, readOnly]);
}
