// What each declared command does (STYLE.md "Commands are data"). Ids, titles, keys and the
// screens a command works on are declared once in shared/commands/commands.ts; screens
// register handlers here while they are shown. The toolbar, the keyboard, the palette and the
// Electron menu (which sends only an id) all run commands through runCommand.
import { COMMANDS, findCommand, type CommandId, type DeclaredCommand } from '../../shared/commands/commands';
import { parseShortcut, sameShortcut, shortcutLabel, shortcutOfEvent } from '../../shared/commands/shortcuts';

export interface CommandContext {
  /** Which screen is showing; a command runs only on the screens it is declared for. */
  screen: 'home' | 'editor' | 'present' | 'print';
  /** The browser's clipboard event data, when a cut, copy or paste event started the command. */
  clipboardData?: DataTransfer | null;
}

export interface Handler {
  run(ctx: CommandContext): void | Promise<void>;
  /** Enabled-when; omitted = always (on the screens the declaration names). */
  enabled?(ctx: CommandContext): boolean;
}

export type HandlerTable = Partial<Record<CommandId, Handler>>;

/** Per id, the handlers registered and not yet unregistered; the last one runs. */
const handlers = new Map<string, Handler[]>();
let listeners: Array<() => void> = [];

export function registerHandlers(table: HandlerTable): () => void {
  const entries = Object.entries(table) as Array<[CommandId, Handler]>;
  for (const [id, h] of entries) {
    if (!findCommand(id)) throw new Error(`${id} is not declared in shared/commands/commands.ts`);
    handlers.set(id, [...(handlers.get(id) ?? []), h]);
  }
  listeners.forEach((l) => l());
  return () => {
    for (const [id, h] of entries) handlers.set(id, (handlers.get(id) ?? []).filter((x) => x !== h));
    listeners.forEach((l) => l());
  };
}

function handlerOf(id: string): Handler | undefined {
  const list = handlers.get(id);
  return list?.[list.length - 1];
}

/** The ids that have a handler right now (tests and the user-story suite read it). */
export function registeredIds(): string[] {
  return [...handlers.entries()].filter(([, list]) => list.length > 0).map(([id]) => id);
}

export function onCommandsChanged(listener: () => void): () => void {
  listeners.push(listener);
  return () => {
    listeners = listeners.filter((l) => l !== listener);
  };
}

/** Whether `handler` may run `cmd` here: declared for this screen and enabled now. */
export function handlerAvailable(cmd: DeclaredCommand, handler: Handler | undefined, ctx: CommandContext): handler is Handler {
  return handler !== undefined && (cmd.on as readonly string[]).includes(ctx.screen) && (handler.enabled ? handler.enabled(ctx) : true);
}

/** Runs `id` from `table` if it is available here; false when it is not (Editor.run). */
export async function runFromTable(table: HandlerTable, id: CommandId, ctx: CommandContext): Promise<boolean> {
  const cmd = findCommand(id);
  const handler = table[id];
  if (!cmd || !handlerAvailable(cmd, handler, ctx)) return false;
  await handler.run(ctx);
  return true;
}

/** Declared for this screen, has a handler, and is enabled now. */
export function isAvailable(cmd: DeclaredCommand, ctx: CommandContext): boolean {
  return handlerAvailable(cmd, handlerOf(cmd.id), ctx);
}

/** The commands a person can run here, in declaration order. */
export function availableCommands(ctx: CommandContext): DeclaredCommand[] {
  return COMMANDS.filter((c) => isAvailable(c, ctx));
}

export async function runCommand(id: CommandId, ctx: CommandContext): Promise<boolean> {
  const cmd = findCommand(id);
  if (!cmd || !isAvailable(cmd, ctx)) return false;
  await handlerOf(id)?.run(ctx);
  return true;
}

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The available command a key press means here, if any. */
export function commandForEvent(e: KeyboardEvent, ctx: CommandContext): DeclaredCommand | undefined {
  const pressed = shortcutOfEvent(e, isMac);
  return COMMANDS.find((c) => c.keys?.some((k) => sameShortcut(parseShortcut(k), pressed)) && isAvailable(c, ctx));
}

/** The label of a command's first key on this platform ('Ctrl+Z', '⌘Z'), or ''. */
export function keyLabel(id: CommandId): string {
  const key = findCommand(id)?.keys?.[0];
  return key ? shortcutLabel(key, isMac) : '';
}

/** A tooltip derived from the declaration: 'Undo (Ctrl+Z)'. */
export function tooltip(id: CommandId): string {
  const title = findCommand(id)?.title ?? id;
  const key = keyLabel(id);
  return key ? `${title} (${key})` : title;
}
