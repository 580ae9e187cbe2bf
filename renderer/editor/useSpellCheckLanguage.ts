// Tells the host the open deck's language for spell checking (issue #17 item 7), at open and
// whenever the Deck tab changes it. The desktop app switches its dictionary; the browser host
// has no say over the browser's dictionaries and answers null.
import { useEffect } from 'react';
import type { Editor } from '../store/editor';
import { useDocumentState } from '../store/EditorContext';

export function useSpellCheckLanguage(editor: Editor, ready: boolean): void {
  const language = useDocumentState((s) => s.deck?.meta.language);
  useEffect(() => {
    if (!ready || !language) return;
    void editor.host.call('spellcheck.setLanguage', { language }).then((r) => {
      if (!r.ok) console.warn(`spell checking could not follow the deck's language ${language}: ${r.error.message}`);
    });
  }, [editor, ready, language]);
}
