// Events from the Electron main process: app-menu items arrive as declared command ids, decks the
// OS asks us to open arrive as refs. The browser host has neither, so this is a no-op there.
import { useEffect } from 'react';
import { isCommandId } from '../../shared/commands/commands';
import { runCommand, type CommandContext } from '../commands/registry';
import { navigate } from '../router';
import { currentEditor } from '../store/currentEditor';
import { saveNow } from '../store/saveStore';

export function useHostEvents(screen: CommandContext['screen']): void {
  useEffect(() => {
    const bridge = window.briefdeck;
    if (!bridge) return undefined;
    const offCommand = bridge.onCommand((id) => {
      if (isCommandId(id)) void runCommand(id, { screen });
    });
    const offOpen = bridge.onOpenDeck?.((ref) => void saveNow().then(() => navigate({ name: 'edit', deck: ref })));
    // The window is closing: save, then give back the deck's lock (main waits up to 3 s).
    const offClose = bridge.onBeforeClose?.(() => saveNow().then(() => currentEditor().lock.release()));
    return () => {
      offCommand();
      offOpen?.();
      offClose?.();
    };
  }, [screen]);
}
