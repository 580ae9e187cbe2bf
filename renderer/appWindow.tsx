// The state one app window holds beside its screens: what is not about one deck (that is the
// Editor object's) but about this window. main.tsx makes one per page load and gives it to React
// here; each part is read in its own folder through its own hook (useCommands, ...), so a
// folder's walls stay as they are, and a test can make two windows side by side.
import type { ReactNode } from 'react';
import { CommandsProvider } from './commands/CommandsContext';
import { createCommandRegistry, type CommandRegistry } from './commands/registry';

export interface AppWindow {
  /** The handlers the shown screens registered: keys, menu, toolbar and palette run them. */
  readonly commands: CommandRegistry;
}

export function createAppWindow(): AppWindow {
  return { commands: createCommandRegistry() };
}

export function AppWindowProvider({ appWindow, children }: { appWindow: AppWindow; children: ReactNode }) {
  return <CommandsProvider commands={appWindow.commands}>{children}</CommandsProvider>;
}
