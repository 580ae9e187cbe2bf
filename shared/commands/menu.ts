// The Electron app menu as data: which declared commands (./commands.ts) go in which menu, in
// what order. Titles and accelerators come from the declarations, so the menu cannot drift
// from the palette and the tooltips. Main builds the native menu from this and sends only the
// id back (DESIGN.md §3 "Commands"); the renderer owns what each command does.
import { findCommand, type CommandId, type DeclaredCommand } from './commands';
import { toAccelerator } from './shortcuts';

export type MenuGroup = 'File' | 'Edit' | 'View' | 'Slide' | 'Present' | 'Help';

/** '-' draws a separator. */
type MenuEntry = CommandId | '-';

const LAYOUT: Readonly<Record<MenuGroup, readonly MenuEntry[]>> = {
  File: ['deck.new', 'deck.open', 'deck.openRecent', '-', 'deck.save', 'deck.saveAs', 'deck.history', '-', 'deck.export', 'deck.exportPptx', '-', 'deck.close'],
  Edit: ['edit.undo', 'edit.redo', '-', 'edit.cut', 'edit.copy', 'edit.paste', '-', 'edit.find', 'edit.replace', '-', 'app.preferences'],
  View: ['view.zoomIn', 'view.zoomOut', 'view.zoomFit', '-', 'app.commands'],
  Slide: ['slide.add', 'slide.duplicate', 'slide.delete', 'slide.toggleHidden', '-', 'slide.moveUp', 'slide.moveDown'],
  Present: ['present.fromStart', 'present.fromCurrent'],
  Help: ['help.about'],
};

/** On macOS these go in the app menu (after About) instead of their menu, as Mac apps do. */
const MAC_APP_MENU: ReadonlySet<CommandId> = new Set<CommandId>(['app.preferences']);

export const MENU_GROUPS: readonly MenuGroup[] = ['File', 'Edit', 'View', 'Slide', 'Present', 'Help'];

export interface MenuCommand {
  id: CommandId;
  title: string;
  group: MenuGroup;
  /** Electron accelerator syntax, derived from the command's first key; shown in the menu. */
  accelerator?: string;
  /** Draw a separator above this item. */
  separatorBefore?: boolean;
  /** On macOS the item goes in the app menu (after About) instead of its group. */
  macAppMenu?: boolean;
  /** The browser's own clipboard action: main lets Electron's edit role run it, so the page
   * gets a real cut/copy/paste event (a text field keeps its native behaviour). */
  clipboard?: DeclaredCommand['clipboard'];
  /** A submenu the host fills (File > Open Recent: the recent decks); the item sends nothing. */
  submenu?: DeclaredCommand['menuSubmenu'];
  /** Changes the deck: main greys it out while the open deck is read-only. */
  edits?: true;
}

function menuCommand(id: CommandId, group: MenuGroup, separatorBefore: boolean): MenuCommand {
  const c = findCommand(id);
  if (!c) throw new Error(`the ${group} menu names ${id}, which is not a declared command`);
  const key = c.keys?.[0];
  return {
    id,
    title: c.menuTitle ?? c.title,
    group,
    ...(key ? { accelerator: toAccelerator(key) } : {}),
    ...(separatorBefore ? { separatorBefore } : {}),
    ...(MAC_APP_MENU.has(id) ? { macAppMenu: true } : {}),
    ...(c.clipboard ? { clipboard: c.clipboard } : {}),
    ...(c.menuSubmenu ? { submenu: c.menuSubmenu } : {}),
    ...(c.edits ? { edits: true as const } : {}),
  };
}

export const MENU_COMMANDS: readonly MenuCommand[] = MENU_GROUPS.flatMap((group) => {
  const items: MenuCommand[] = [];
  let separator = false;
  for (const entry of LAYOUT[group]) {
    if (entry === '-') separator = items.length > 0;
    else {
      items.push(menuCommand(entry, group, separator));
      separator = false;
    }
  }
  return items;
});

const IDS = new Set<string>(MENU_COMMANDS.filter((c) => !c.submenu).map((c) => c.id));

/** True for ids the menu may send; main refuses to send anything else. */
export function isMenuCommandId(id: string): boolean {
  return IDS.has(id);
}
