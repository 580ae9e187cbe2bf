// Where features built beside the editor (presenting, export, native file dialogs) plug
// their commands and dialogs into it, so EditorScreen stays small.
import type { HandlerTable } from '../commands/registry';
import { ExportDialog } from '../export/ExportDialog';
import { PptxExportDialog } from '../export/PptxExportDialog';
import { hostCapabilities } from '../host/capabilities';
import { presentHandlers } from '../present/commands';
import type { PresentingWindow } from '../present/presentingWindow';
import type { Editor } from '../store/editor';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';
import type { EditorDialog } from '../store/editorUi';
import { HistoryDialog } from './HistoryDialog';
import { currentSelection } from '../store/selection';
import { MoveWidgetDialog } from './MoveWidgetDialog';

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

export function extraEditorHandlers(editor: Editor, presenting: PresentingWindow): HandlerTable {
  const show = (dialog: EditorDialog) => () => editor.ui.getState().showDialog(dialog);
  return {
    ...presentHandlers(editor, presenting),
    'deck.history': { run: show('history') },
    'deck.export': { run: show('export') },
    'deck.exportPptx': { run: show('pptx') },
    'deck.saveAs': { run: () => saveAsWithDialog(editor) },
    'widget.moveToSlide': {
      enabled: () => currentSelection(editor).widgetId !== null && currentSelection(editor).focus === 'canvas',
      run: show('moveWidget'),
    },
  };
}

/** The editor's open dialog (its own UI state: another deck's editor starts with none open). */
export function EditorExtras({ deckRef }: { deckRef: string }) {
  const editor = useEditor();
  const dialog = useUiState((s) => s.dialog);
  const deck = useDocumentState((s) => s.deck);
  if (!deck || !dialog) return null;
  const onClose = () => editor.ui.getState().showDialog(null);
  switch (dialog) {
    case 'history':
      return <HistoryDialog deckRef={deckRef} onClose={onClose} />;
    case 'pptx':
      return <PptxExportDialog deckRef={deckRef} deck={deck} onClose={onClose} />;
    case 'export':
      return <ExportDialog deckRef={deckRef} deck={deck} onClose={onClose} />;
    case 'moveWidget':
      return <MoveWidgetDialog editor={editor} onClose={onClose} />;
    default: {
      const never: never = dialog;
      return never;
    }
  }
}
