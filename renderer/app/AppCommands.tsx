// The app-wide command glue for the library and the editor: registers the app's handlers,
// listens for the screen's keys and clipboard events, and shows the app-wide dialogs.
import { useEffect, useMemo } from 'react';
import type { CommandContext } from '../commands/registry';
import { useCommands } from '../commands/CommandsContext';
import { useCommandKeys } from '../commands/useCommandKeys';
import type { Editor } from '../store/editor';
import { AboutDialog } from './AboutDialog';
import { useAppDialogs, useAppDialogsStore } from './appDialogs';
import { usePrefsUiStore } from '../prefs/prefsUi';
import { appHandlers } from './appHandlers';
import { useAppShell } from '../appWindow';
import { CommandPalette } from './CommandPalette';
import { OpenDeckDialog } from './OpenDeckDialog';

/** `editor`: the open deck's editor on the editor screen (null until it is made, and on the library). */
export function AppCommands({ screen, editor }: { screen: 'home' | 'editor'; editor: Editor | null }) {
  const open = useAppDialogs((s) => s.open);
  const hide = useAppDialogs((s) => s.hide);
  const ctx = useMemo((): CommandContext => ({ screen }), [screen]);
  const commands = useCommands();
  const dialogs = useAppDialogsStore();
  const prefs = usePrefsUiStore();
  const { host, navigate } = useAppShell();
  useEffect(() => commands.register(appHandlers(editor, { dialogs, prefs, host, navigate })), [commands, editor, dialogs, prefs, host, navigate]);
  useCommandKeys(screen);
  // A dialog belongs to the screen it was opened on.
  useEffect(() => () => dialogs.getState().hide(), [dialogs, screen]);
  return (
    <>
      {open === 'commands' && <CommandPalette ctx={ctx} onClose={hide} />}
      {open === 'about' && <AboutDialog onClose={hide} />}
      {open === 'openDeck' && <OpenDeckDialog editor={editor} source="library" onClose={hide} />}
      {open === 'openRecent' && <OpenDeckDialog editor={editor} source="recent" onClose={hide} />}
    </>
  );
}
