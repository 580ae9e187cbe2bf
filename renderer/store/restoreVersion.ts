// Restoring a saved version (File > Restore a previous version…): the host makes the version
// current (deck.restore keeps the version before it in the history and writes the file), and
// the editor takes it as one undo step, so Undo brings back what was there (and autosave writes
// that back); the file and the document agree at once, so nothing is saved twice.
import type { OpenedDeck } from '../../shared/api/contract';
import { own } from '../../shared/ids';
import type { Editor } from './editor';

export async function restoreVersion(editor: Editor, ref: string, versionId: string, label: string): Promise<string | null> {
  // Whatever was typed last is in the file (and so in the history) before it is replaced.
  await editor.saving.saveNow();
  const r = await editor.host.call('deck.restore', { ref, versionId });
  if (!r.ok) return r.error.message;
  adoptRestored(editor, r.data, label);
  return null;
}

function adoptRestored(editor: Editor, opened: OpenedDeck, label: string): void {
  editor.apply(label, (draft) => {
    Object.assign(draft, opened.deck);
  });
  editor.saving.state.getState().adopt(opened.revision);
  const { currentSlideId, selectSlide } = editor.ui.getState();
  if (currentSlideId === null || !own(opened.deck.slides, currentSlideId)) selectSlide(opened.deck.slideOrder[0] ?? null);
}
