// Where features built beside the editor (presenting, export, native file dialogs) plug
// their commands and dialogs into it, so EditorScreen stays small.
import { useEffect } from 'react';
import type { HandlerTable } from '../commands/registry';
import { ExportDialog } from '../export/ExportDialog';
import { useExportDialog } from '../export/exportForm';
import { PptxExportDialog, usePptxExportDialog } from '../export/PptxExportDialog';
import { hostCapabilities } from '../host/capabilities';
import { presentHandlers } from '../present/commands';
import type { Editor } from '../store/editor';
import { useDocumentState } from '../store/EditorContext';

async function saveAsWithDialog(editor: Editor): Promise<void> {
  if (!hostCapabilities().nativeFileDialogs) {
    editor.ui.getState().say('Save as… needs the desktop app’s file dialog. In the browser, use Duplicate on the library page, then Rename the copy.');
    return;
  }
  const deck = editor.document.getState().deck;
  if (!deck) return;
  await editor.saving.saveNow();
  const r = await editor.host.call('dialog.saveAs', { deck });
  if (!r.ok) return editor.ui.getState().say(r.error.message);
  if (r.data) editor.host.navigate({ name: 'edit', deck: r.data.ref });
}

export function extraEditorHandlers(editor: Editor, openHistory: () => void): HandlerTable {
  return {
    ...presentHandlers(editor),
    'deck.history': { run: openHistory },
    'deck.export': { run: () => useExportDialog.getState().show() },
    'deck.exportPptx': { run: () => usePptxExportDialog.getState().show() },
    'deck.saveAs': { run: () => saveAsWithDialog(editor) },
  };
}

export function EditorExtras({ deckRef }: { deckRef: string }) {
  const exportOpen = useExportDialog((s) => s.open);
  const pptxOpen = usePptxExportDialog((s) => s.open);
  const deck = useDocumentState((s) => s.deck);
  // Leaving the editor closes the dialogs, so another deck never opens with one showing.
  useEffect(
    () => () => {
      useExportDialog.getState().hide();
      usePptxExportDialog.getState().hide();
    },
    [deckRef],
  );
  if (!deck) return null;
  if (pptxOpen) return <PptxExportDialog deckRef={deckRef} deck={deck} onClose={() => usePptxExportDialog.getState().hide()} />;
  if (!exportOpen) return null;
  return <ExportDialog deckRef={deckRef} deck={deck} onClose={() => useExportDialog.getState().hide()} />;
}
