// "Open a copy": the deck as the editor has it becomes a new deck in the library, opened for editing.
import type { Editor } from '../store/editor';

/** Saves the editor's deck as a copy and goes to it; resolves to an error message, or null. */
export async function openCopyOfDeck(editor: Editor): Promise<string | null> {
  const deck = editor.deck;
  if (!deck) return 'There is no deck to copy.';
  const r = await editor.host.call('deck.saveCopy', { deck, title: `${deck.meta.title} (copy)`.slice(0, 300) });
  if (!r.ok) return r.error.message;
  editor.host.navigate({ name: 'edit', deck: r.data.ref });
  return null;
}
