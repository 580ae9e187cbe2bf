// Presenting commands (issue 5): from the first slide (F5, Ctrl/Cmd+Enter) or from the
// current one (Shift+F5), declared in shared/commands. The editor registers these handlers.
// This window becomes the presenter view: in the browser host it opens the audience window
// from there (window.open needs a click), and on one display S swaps to the audience view.
import type { HandlerTable } from '../commands/registry';
import { findAudience } from '../../shared/markings/deckMarking';
import { deckVariant } from '../../shared/markings/variant';
import type { Editor } from '../store/editor';
import type { PresentingWindow } from './presentingWindow';

/** 1-based number of the slide shown in the editor, or 1. */
function currentSlideNumber(editor: Editor): number {
  const deck = editor.deck;
  const id = editor.ui.getState().currentSlideId;
  const i = deck && id ? deck.slideOrder.indexOf(id) : -1;
  return i >= 0 ? i + 1 : 1;
}

/** Starts presenting `editor`'s deck in this window, from the first slide or the current one. */
export async function startPresenting(editor: Editor, presenting: PresentingWindow, from: 'start' | 'current'): Promise<void> {
  const ref = editor.saving.state.getState().ref;
  if (!ref) return;
  const authorNumber = from === 'start' ? 1 : currentSlideNumber(editor);
  // The audience chosen beside the Present buttons (one the deck no longer has: the full deck).
  const audience = editor.deck ? (findAudience(editor.deck.meta.marking, editor.ui.getState().presentAudience ?? '') ?? null) : null;
  const number = audience && editor.deck ? variantNumber(editor.deck, audience, authorNumber) : authorNumber;
  // Every presenting window reads the file, so write pending edits first. If that fails the
  // briefing still starts, from the last saved version, and the editor says so.
  const saved = await editor.saving.saveNow();
  if (!saved) editor.ui.getState().say('Presenting the last saved version: the latest changes could not be saved.');
  const deck = editor.deck;
  if (saved && deck && !editor.saving.isDirty()) presenting.handOff.give(ref, deck);
  presenting.prepared.show(ref, number, audience?.id ?? null);
  editor.host.navigate({ name: 'present', deck: ref, role: 'presenter', from: number, audience: audience?.id ?? null });
}

/** The 1-based number, in `audience`'s version, of the author's slide `authorNumber` or, when
 * that one is withheld, of the next slide the audience gets (else its last). */
function variantNumber(deck: NonNullable<Editor['deck']>, audience: Parameters<typeof deckVariant>[1], authorNumber: number): number {
  const order = deckVariant(deck, audience).deck.slideOrder;
  const next = deck.slideOrder.slice(authorNumber - 1).find((id) => order.includes(id));
  return next ? order.indexOf(next) + 1 : Math.max(1, order.length);
}

/** `presenting`: the window's, where the presenter view takes the deck from. */
export function presentHandlers(editor: Editor, presenting: PresentingWindow): HandlerTable {
  return {
    'present.fromStart': { run: () => startPresenting(editor, presenting, 'start') },
    'present.fromCurrent': { run: () => startPresenting(editor, presenting, 'current') },
  };
}
