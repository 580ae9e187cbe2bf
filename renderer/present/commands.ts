// Presenting commands (issue 5): from the first slide (F5, Ctrl/Cmd+Enter) or from the
// current one (Shift+F5), declared in shared/commands. The editor registers these handlers.
// This window becomes the presenter view: in the browser host it opens the audience window
// from there (window.open needs a click), and on one display S swaps to the audience view.
import type { HandlerTable } from '../commands/registry';
import { parseRoute, routeHash } from '../../shared/routes';
import { useDocument } from '../store/documentStore';
import { isDirty, saveNow, useSave } from '../store/saveStore';
import { useUi } from '../store/uiStore';
import { handOffDeck } from './handOff';
import { showPreparedAudience } from './preparedAudience';

function currentDeckRef(): string | null {
  const route = parseRoute(window.location.hash);
  return route.name === 'edit' ? route.deck : useSave.getState().ref;
}

/** 1-based number of the slide shown in the editor, or 1. */
function currentSlideNumber(): number {
  const deck = useDocument.getState().deck;
  const id = useUi.getState().currentSlideId;
  const i = deck && id ? deck.slideOrder.indexOf(id) : -1;
  return i >= 0 ? i + 1 : 1;
}

/** Starts presenting `deckRef` from slide `from` (1-based) in this window. */
export async function startPresenting(from: 'start' | 'current'): Promise<void> {
  const ref = currentDeckRef();
  if (!ref) return;
  const number = from === 'start' ? 1 : currentSlideNumber();
  // Every presenting window reads the file, so write pending edits first. If that fails the
  // briefing still starts, from the last saved version, and the editor says so.
  const saved = await saveNow();
  if (!saved) useUi.getState().say('Presenting the last saved version: the latest changes could not be saved.');
  const deck = useDocument.getState().deck;
  if (saved && deck && !isDirty()) handOffDeck(ref, deck);
  showPreparedAudience(ref, number);
  window.location.hash = routeHash({ name: 'present', deck: ref, role: 'presenter', from: number });
}

export const presentHandlers: HandlerTable = {
  'present.fromStart': { run: () => startPresenting('start') },
  'present.fromCurrent': { run: () => startPresenting('current') },
};
