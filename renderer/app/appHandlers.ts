// What the app-wide commands do, on the library and in the editor alike: new deck, open,
// preferences, the command palette and About (declared in shared/commands).
import type { HandlerTable } from '../commands/registry';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import type { PrefsUi } from '../prefs/prefsUi';
import { navigate } from '../router';
import type { Editor } from '../store/editor';
import type { AppDialogs } from './appDialogs';

/** The window's dialogs these commands open. */
export interface AppHandlerDialogs {
  dialogs: AppDialogs;
  prefs: PrefsUi;
}

/** The library asks for the title; from the editor the open deck is saved first. */
async function newDeck(editor: Editor | null, dialogs: AppDialogs): Promise<void> {
  await editor?.saving.saveNow();
  dialogs.getState().requestNewDeck(true);
  navigate({ name: 'home' });
}

/** The desktop app's Open dialog; the browser host lists the library's decks to choose from. */
async function openDeck(editor: Editor | null, dialogs: AppDialogs): Promise<void> {
  if (!hostCapabilities().nativeFileDialogs) return dialogs.getState().show('openDeck');
  await editor?.saving.saveNow();
  const r = await call('dialog.open', {});
  if (!r.ok) return editor?.ui.getState().say(r.error.message);
  if (r.data) navigate({ name: 'edit', deck: r.data.ref });
}

/** `editor`: the deck open in the editor, if any (saved before a command leaves it). */
export function appHandlers(editor: Editor | null, { dialogs, prefs }: AppHandlerDialogs): HandlerTable {
  return {
    'deck.new': { run: () => newDeck(editor, dialogs) },
    'deck.open': { run: () => openDeck(editor, dialogs) },
    // The desktop menu shows these as File > Open Recent's submenu; the palette lists them here.
    'deck.openRecent': { run: () => dialogs.getState().show('openRecent') },
    'app.preferences': { run: () => prefs.getState().show() },
    'app.commands': { run: () => dialogs.getState().show('commands') },
    'help.about': { run: () => dialogs.getState().show('about') },
  };
}
