// Where features built beside the editor (presenting, export, native file dialogs) plug
// their commands and dialogs into it, so EditorScreen stays small.
import { useEffect } from 'react';
import type { Command } from '../commands/registry';
import { ExportDialog } from '../export/ExportDialog';
import { useExportDialog } from '../export/exportForm';
import { call, isElectron } from '../host/api';
import { presentCommands } from '../present/commands';
import { editHash, navigate } from '../router';
import { useDocument } from '../store/documentStore';
import { saveNow } from '../store/saveStore';
import { useUi } from '../store/uiStore';

const inEditor = (c: { screen: string }) => c.screen === 'editor';

async function openWithDialog(): Promise<void> {
  await saveNow();
  const r = await call('dialog.open', {});
  if (!r.ok) return useUi.getState().say(r.error.message);
  if (r.data) navigate(editHash(r.data.ref));
}

async function saveAsWithDialog(): Promise<void> {
  const deck = useDocument.getState().deck;
  if (!deck) return;
  await saveNow();
  const r = await call('dialog.saveAs', { deck });
  if (!r.ok) return useUi.getState().say(r.error.message);
  if (r.data) navigate(editHash(r.data.ref));
}

export function extraEditorCommands(_deckRef: string, openHistory: () => void): Command[] {
  return [
    ...presentCommands,
    { id: 'deck.history', title: 'Restore previous version…', group: 'File', when: inEditor, run: openHistory },
    { id: 'deck.export', title: 'Export to PDF…', group: 'File', shortcut: 'Mod+E', when: inEditor, run: () => useExportDialog.getState().show() },
    { id: 'deck.open', title: 'Open…', group: 'File', shortcut: 'Mod+O', when: () => isElectron(), run: openWithDialog },
    { id: 'deck.saveAs', title: 'Save As…', group: 'File', shortcut: 'Shift+Mod+S', when: (c) => inEditor(c) && isElectron(), run: saveAsWithDialog },
  ];
}

export function EditorExtras({ deckRef }: { deckRef: string }) {
  const exportOpen = useExportDialog((s) => s.open);
  const deck = useDocument((s) => s.deck);
  // Leaving the editor closes the dialog, so another deck never opens with it showing.
  useEffect(() => () => useExportDialog.getState().hide(), [deckRef]);
  if (!exportOpen || !deck) return null;
  return <ExportDialog deckRef={deckRef} deck={deck} onClose={() => useExportDialog.getState().hide()} />;
}
