// What the app-wide commands do, on the library and in the editor alike: new deck, open,
// preferences, the command palette and About (declared in shared/commands).
import type { AppWindow } from '../appWindow';
import type { HandlerTable } from '../commands/registry';
import { hostCapabilities } from '../host/capabilities';
import type { Editor } from '../store/editor';

/** What of the window these commands use: its dialogs, its host and its navigation. */
export type AppHandlerWindow = Pick<AppWindow, 'dialogs' | 'prefs' | 'host' | 'navigate'>;

/** The library asks for the title; from the editor the open deck is saved first. */
async function newDeck(editor: Editor | null, { dialogs, navigate }: AppHandlerWindow): Promise<void> {
  await editor?.saving.saveNow();
  dialogs.getState().requestNewDeck(true);
  navigate({ name: 'home' });
}

/** The desktop app's Open dialog; the browser host lists the library's decks to choose from. */
async function openDeck(editor: Editor | null, { dialogs, host, navigate }: AppHandlerWindow): Promise<void> {
  if (!hostCapabilities().nativeFileDialogs) return dialogs.getState().show('openDeck');
  await editor?.saving.saveNow();
  const r = await host('dialog.open', {});
  if (!r.ok) return editor?.ui.getState().say(r.error.message);
  if (r.data) navigate({ name: 'edit', deck: r.data.ref });
}

/** `editor`: the deck open in the editor, if any (saved before a command leaves it). */
export function appHandlers(editor: Editor | null, win: AppHandlerWindow): HandlerTable {
  const { dialogs, prefs } = win;
  return {
    'deck.new': { run: () => newDeck(editor, win) },
    'deck.open': { run: () => openDeck(editor, win) },
    // The desktop menu shows these as File > Open Recent's submenu; the palette lists them here.
    'deck.openRecent': { run: () => dialogs.getState().show('openRecent') },
    'app.preferences': { run: () => prefs.getState().show() },
    'app.commands': { run: () => dialogs.getState().show('commands') },
    'help.about': { run: () => dialogs.getState().show('about') },
  };
}
