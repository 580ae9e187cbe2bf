// Tells the host whether the open deck may be changed, so the desktop app's menu greys out the
// items that would change a read-only deck (as the toolbar and palette are). Said on every
// open, not only when read-only: a window closed or reloaded while read-only never got to say
// it was over, and the next deck must not inherit a greyed-out menu. Leaving a read-only deck
// restores the items. The browser host has no such menu and only answers.
import { useEffect } from 'react';
import type { Editor } from '../store/editor';
import { useDocumentState } from '../store/EditorContext';

export function useMenuEditsAvailable(editor: Editor, ready: boolean): void {
  const readOnly = useDocumentState((s) => s.readOnly);
  useEffect(() => {
    if (!ready) return undefined;
    const tell = (available: boolean) =>
      void editor.host.call('menu.setEditsAvailable', { available }).then((r) => {
        if (!r.ok) console.warn(`the menu could not show that the deck is ${available ? 'editable' : 'read-only'}: ${r.error.message}`);
      });
    tell(!readOnly);
    return readOnly ? () => tell(true) : undefined;
  }, [editor, ready, readOnly]);
}
