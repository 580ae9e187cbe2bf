// Events from the Electron main process: app-menu items arrive as declared command ids, decks the
// OS asks us to open arrive as refs. The browser host has neither, so this is a no-op there.
import { useEffect } from 'react';
import { findCommand, isCommandId } from '../../shared/commands/commands';
import { useCommands } from '../commands/CommandsContext';
import type { CommandContext } from '../commands/registry';
import { navigate } from '../router';
import type { Editor } from '../store/editor';

/** `editor`: the deck open in the editor, if any: saved before another deck opens or the window closes. */
export function useHostEvents(editor: Editor | null, screen: CommandContext['screen']): void {
  const commands = useCommands();
  useEffect(() => {
    const bridge = window.briefdeck;
    if (!bridge) return undefined;
    const offCommand = bridge.onCommand((id) => {
      if (!isCommandId(id)) return;
      void commands.run(id, { screen }).then((ran) => {
        const cmd = findCommand(id);
        if (!ran && cmd) commands.refused(cmd);
      });
    });
    const offOpen = bridge.onOpenDeck?.((ref) => void (editor?.saving.saveNow() ?? Promise.resolve(true)).then(() => navigate({ name: 'edit', deck: ref })));
    // The window is closing: save, then give back the deck's lock (main waits up to 3 s).
    const offClose = bridge.onBeforeClose?.(async () => {
      if (!editor) return;
      await editor.saving.saveNow();
      await editor.lock.release();
    });
    return () => {
      offCommand();
      offOpen?.();
      offClose?.();
    };
  }, [commands, editor, screen]);
}
