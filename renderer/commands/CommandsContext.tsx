// React's way to the window's command registry (registry.ts): the app gives it at the root,
// toolbars, keys and the palette read it with useCommands().
import { createContext, useContext, type ReactNode } from 'react';
import type { CommandRegistry } from './registry';

const CommandsContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({ commands, children }: { commands: CommandRegistry; children: ReactNode }) {
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

/** This window's command registry. */
export function useCommands(): CommandRegistry {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands() is for components inside a CommandsProvider (the app window).');
  return commands;
}
