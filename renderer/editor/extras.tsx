// Where features built beside the editor (presenting, export) plug their commands and
// dialogs into it, so EditorScreen stays small.
import type { Command } from '../commands/registry';
import { presentCommands } from '../present/commands';

export function extraEditorCommands(_deckRef: string, openHistory: () => void): Command[] {
  return [
    ...presentCommands,
    { id: 'deck.history', title: 'Restore previous version…', group: 'File', when: (c) => c.screen === 'editor', run: openHistory },
  ];
}

export function EditorExtras(_props: { deckRef: string }) {
  return null;
}
