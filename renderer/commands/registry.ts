// Commands are data (STYLE.md): {id, title, shortcut, when, run} in one registry.
// Toolbar, context menu, keyboard, command palette and the Electron app menu all read it;
// the main process sends only a command id.

export interface CommandContext {
  /** Which screen is showing; commands say where they apply. */
  screen: 'home' | 'editor' | 'present' | 'print';
}

export interface Command {
  /** Dotted noun.verb id, e.g. 'slide.duplicate'. */
  id: string;
  title: string;
  /** Menu group for the app menu and the palette. */
  group: 'File' | 'Edit' | 'View' | 'Slide' | 'Widget' | 'Present' | 'Help';
  /** Key binding in a portable form: 'Mod+Z', 'Shift+Mod+Z', 'F5', 'Delete'. Mod = Ctrl, or Cmd on macOS. */
  shortcut?: string | readonly string[];
  /** Enabled-when; omitted = always. */
  when?: (ctx: CommandContext) => boolean;
  run: (ctx: CommandContext) => void | Promise<void>;
}

const commands = new Map<string, Command>();
let listeners: Array<() => void> = [];

export function registerCommands(list: readonly Command[]): () => void {
  for (const c of list) commands.set(c.id, c);
  listeners.forEach((l) => l());
  return () => {
    for (const c of list) if (commands.get(c.id) === c) commands.delete(c.id);
    listeners.forEach((l) => l());
  };
}

export function allCommands(): Command[] {
  return [...commands.values()];
}

export function getCommand(id: string): Command | undefined {
  return commands.get(id);
}

export function onCommandsChanged(listener: () => void): () => void {
  listeners.push(listener);
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

export function isEnabled(cmd: Command, ctx: CommandContext): boolean {
  return cmd.when ? cmd.when(ctx) : true;
}

export async function runCommand(id: string, ctx: CommandContext): Promise<boolean> {
  const cmd = commands.get(id);
  if (!cmd || !isEnabled(cmd, ctx)) return false;
  await cmd.run(ctx);
  return true;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** 'Shift+Mod+Z' for a KeyboardEvent, in the same normal form as Command.shortcut. */
export function shortcutOf(e: KeyboardEvent): string {
  const parts: string[] = [];
  if (e.shiftKey) parts.push('Shift');
  if (e.altKey) parts.push('Alt');
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  let key = e.key;
  if (key.length === 1) key = key.toUpperCase();
  if (key === ' ') key = 'Space';
  parts.push(key);
  return parts.join('+');
}

export function commandForEvent(e: KeyboardEvent): Command | undefined {
  const s = shortcutOf(e);
  for (const c of commands.values()) {
    const keys = c.shortcut === undefined ? [] : typeof c.shortcut === 'string' ? [c.shortcut] : c.shortcut;
    if (keys.includes(s)) return c;
  }
  return undefined;
}

/** Human label for a shortcut on this platform: 'Ctrl+Z' or '⌘Z'. */
export function shortcutLabel(shortcut: string): string {
  return isMac ? shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧') : shortcut.replace('Mod', 'Ctrl');
}
