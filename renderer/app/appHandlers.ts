// What the app-wide commands do, on the library and in the editor alike: new deck, open,
// preferences, the command palette and About (declared in shared/commands).
import type { HandlerTable } from '../commands/registry';
import { call } from '../host/api';
import { hostCapabilities } from '../host/capabilities';
import { usePrefsUi } from '../prefs/prefsUi';
import { navigate } from '../router';
import { saveNow } from '../store/saveStore';
import { useUi } from '../store/uiStore';
import { useAppDialogs } from './appDialogs';

/** The library asks for the title; from the editor the open deck is saved first. */
async function newDeck(screen: string): Promise<void> {
  if (screen === 'editor') await saveNow();
  useAppDialogs.getState().requestNewDeck(true);
  navigate({ name: 'home' });
}

/** The desktop app's Open dialog; the browser host lists the library's decks to choose from. */
async function openDeck(screen: string): Promise<void> {
  if (!hostCapabilities().nativeFileDialogs) return useAppDialogs.getState().show('openDeck');
  if (screen === 'editor') await saveNow();
  const r = await call('dialog.open', {});
  if (!r.ok) return useUi.getState().say(r.error.message);
  if (r.data) navigate({ name: 'edit', deck: r.data.ref });
}

export function appHandlers(): HandlerTable {
  return {
    'deck.new': { run: (ctx) => newDeck(ctx.screen) },
    'deck.open': { run: (ctx) => openDeck(ctx.screen) },
    'app.preferences': { run: () => usePrefsUi.getState().show() },
    'app.commands': { run: () => useAppDialogs.getState().show('commands') },
    'help.about': { run: () => useAppDialogs.getState().show('about') },
  };
}
