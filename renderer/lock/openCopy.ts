// "Open a copy": the deck as loaded becomes a new deck in the library, opened for editing.
import { call } from '../host/api';
import { navigate } from '../router';
import { useDocument } from '../store/documentStore';

/** Saves the open deck as a copy and goes to it; resolves to an error message, or null. */
export async function openCopyOfDeck(): Promise<string | null> {
  const deck = useDocument.getState().deck;
  if (!deck) return 'There is no deck to copy.';
  const r = await call('deck.saveCopy', { deck, title: `${deck.meta.title} (copy)`.slice(0, 300) });
  if (!r.ok) return r.error.message;
  navigate({ name: 'edit', deck: r.data.ref });
  return null;
}
