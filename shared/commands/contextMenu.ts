// The editor's context menus as data: which declared commands (./commands.ts) a right-click,
// Shift+F10 or the ContextMenu key on a slide, a widget or an empty slot offers, in order.
// Titles and keys come from the declarations, as the app menu's do (./menu.ts); both hosts
// draw these with one React menu (renderer/editor/EditorContextMenu.tsx).
import { findCommand, type CommandId, type DeclaredCommand } from './commands';

/** What was right-clicked: a slide in the slide list, a slot holding a widget, an empty slot. */
export type ContextTarget = 'slide' | 'widget' | 'slot';

/** '-' draws a separator. */
type Entry = CommandId | '-';

const MENUS: Readonly<Record<ContextTarget, readonly Entry[]>> = {
  slide: ['edit.cut', 'edit.copy', 'edit.paste', '-', 'slide.duplicate', 'slide.delete', '-', 'slide.moveUp', 'slide.moveDown', '-', 'slide.toggleHidden'],
  widget: ['edit.cut', 'edit.copy', 'edit.paste', '-', 'widget.duplicate', 'widget.delete', '-', 'widget.moveToSlide'],
  slot: ['edit.paste'],
};

export interface ContextMenuEntry {
  command: DeclaredCommand;
  /** Draw a separator above this item. */
  separatorBefore: boolean;
}

export function contextMenuEntries(target: ContextTarget): ContextMenuEntry[] {
  const out: ContextMenuEntry[] = [];
  let separator = false;
  for (const entry of MENUS[target]) {
    if (entry === '-') {
      separator = out.length > 0;
      continue;
    }
    const command = findCommand(entry);
    if (!command) throw new Error(`the ${target} context menu names ${entry}, which is not a declared command`);
    out.push({ command, separatorBefore: separator });
    separator = false;
  }
  return out;
}
