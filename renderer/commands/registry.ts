// What each declared command does (STYLE.md "Commands are data"). Ids, titles, keys and the
// screens a command works on are declared once in shared/commands/commands.ts; screens
// register handlers in their window's registry while they are shown. The toolbar, the
// keyboard, the palette and the Electron menu (which sends only an id) all run commands
// through it. One registry per window (renderer/appWindow.tsx makes it; useCommands() reads
// it), so two windows, or two tests, never see each other's handlers.
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

export interface CommandRegistry {
  /** Adds a screen's handlers (the last registered for an id runs); returns the undo. */
  register(table: HandlerTable): () => void;
  /** Declared for this screen, has a handler, and is enabled now. */
  isAvailable(cmd: DeclaredCommand, ctx: CommandContext): boolean;
  /** The commands a person can run here, in declaration order. */
  available(ctx: CommandContext): DeclaredCommand[];
  /** Runs `id` if it is available here; false when it is not. */
  run(id: CommandId, ctx: CommandContext): Promise<boolean>;
  /** The available command a key press means here, if any. */
  forEvent(e: KeyboardEvent, ctx: CommandContext): DeclaredCommand | undefined;
  /** The command declared for this key on this screen, available now or not. */
  declaredForEvent(e: KeyboardEvent, ctx: CommandContext): DeclaredCommand | undefined;
  /** A key or the native menu asked for `cmd` while it was unavailable; listeners (the editor:
   * a change to a read-only deck) say so where the person looks. */
  refused(cmd: DeclaredCommand): void;
  onRefused(listener: (cmd: DeclaredCommand) => void): () => void;
  /** The ids that have a handler right now (tests read it). */
  registeredIds(): string[];
  onChanged(listener: () => void): () => void;
}

export function createCommandRegistry(): CommandRegistry {
  /** Per id, the handlers registered and not yet unregistered; the last one runs. */
  const handlers = new Map<string, Handler[]>();
  let listeners: Array<() => void> = [];
  let refusals: Array<(cmd: DeclaredCommand) => void> = [];
  const handlerOf = (id: string): Handler | undefined => handlers.get(id)?.at(-1);
  const isAvailable = (cmd: DeclaredCommand, ctx: CommandContext) => handlerAvailable(cmd, handlerOf(cmd.id), ctx);
  return {
    register(table) {
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
    },
    isAvailable,
    available: (ctx) => COMMANDS.filter((c) => isAvailable(c, ctx)),
    async run(id, ctx) {
      const cmd = findCommand(id);
      if (!cmd || !isAvailable(cmd, ctx)) return false;
      await handlerOf(id)?.run(ctx);
      return true;
    },
    forEvent(e, ctx) {
      const pressed = shortcutOfEvent(e, isMac);
      return COMMANDS.find((c) => c.keys?.some((k) => sameShortcut(parseShortcut(k), pressed)) && isAvailable(c, ctx));
    },
    declaredForEvent(e, ctx) {
      const pressed = shortcutOfEvent(e, isMac);
      return COMMANDS.find((c) => c.keys?.some((k) => sameShortcut(parseShortcut(k), pressed)) && (c.on as readonly string[]).includes(ctx.screen));
    },
    refused: (cmd) => refusals.forEach((l) => l(cmd)),
    onRefused(listener) {
      refusals.push(listener);
      return () => {
        refusals = refusals.filter((l) => l !== listener);
      };
    },
    registeredIds: () => [...handlers.entries()].filter(([, list]) => list.length > 0).map(([id]) => id),
    onChanged(listener) {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
  };
}

/** Whether `handler` may run `cmd` here: declared for this screen and enabled now. */
export function handlerAvailable(cmd: DeclaredCommand, handler: Handler | undefined, ctx: CommandContext): handler is Handler {
  return handler !== undefined && (cmd.on as readonly string[]).includes(ctx.screen) && (handler.enabled ? handler.enabled(ctx) : true);
}

/** `table` with every command that changes the deck (declared `edits`) unavailable while
 * `readOnly()` holds, on top of its own enabled-when: one rule for a deck opened read-only. */
export function guardEdits(table: HandlerTable, readOnly: () => boolean): HandlerTable {
  const out: HandlerTable = {};
  for (const [id, handler] of Object.entries(table) as Array<[CommandId, Handler]>) {
    const { enabled } = handler;
    out[id] = findCommand(id)?.edits ? { ...handler, enabled: (ctx) => !readOnly() && (enabled ? enabled(ctx) : true) } : handler;
  }
  return out;
}

/** Runs `id` from `table` if it is available here; false when it is not (Editor.run). */
export async function runFromTable(table: HandlerTable, id: CommandId, ctx: CommandContext): Promise<boolean> {
  const cmd = findCommand(id);
  const handler = table[id];
  if (!cmd || !handlerAvailable(cmd, handler, ctx)) return false;
  await handler.run(ctx);
  return true;
}

export const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

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
