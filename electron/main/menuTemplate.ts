// The app menu as an Electron menu template, built from shared/commands/menu (the declared
// command ids). Items send only the id; the renderer handles the keys itself, so accelerators
// are shown but not registered (registerAccelerator: false), and nothing runs twice.
// Cut, copy and paste are Electron's edit roles instead: the page gets a real clipboard event
// (text fields keep their native behaviour, the editor reads the clipboard from the event).
// macOS delivers those keys only through the menu, so there the roles keep their accelerators.
// Pure (type-only electron import) so the shape is unit-tested without the binary.
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, MENU_GROUPS, type MenuCommand, type MenuGroup } from '../../shared/commands/menu';
import { recentDecksSubmenu } from './recentMenu';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Developer tools in the View menu (unpackaged builds only). */
  devTools: boolean;
  sendCommand(commandId: string): void;
  /** File > Open Recent's decks (absolute paths, newest first) and what its items do. */
  recentDecks: readonly string[];
  openRecent(absPath: string): void;
  clearRecent(): void;
  /** False while the open deck is read-only: items that change a deck are greyed out. */
  editsAvailable: boolean;
}

function commandItem(c: MenuCommand, opts: MenuOptions): MenuItemConstructorOptions {
  if (c.submenu === 'recentDecks') return { id: c.id, label: c.title, submenu: recentDecksSubmenu(opts.recentDecks, { open: opts.openRecent, clear: opts.clearRecent }) };
  if (c.clipboard) return { id: c.id, label: c.title, role: c.clipboard, accelerator: c.accelerator, registerAccelerator: opts.platform === 'darwin' };
  return { id: c.id, label: c.title, accelerator: c.accelerator, registerAccelerator: false, enabled: opts.editsAvailable || !c.edits, click: () => opts.sendCommand(c.id) };
}

/** The ids of the items greyed out while a deck is read-only. Cut and Paste are not among them:
 * they are the focused field's own (a search box still takes a paste), and the editor refuses
 * a paste into the deck itself. */
export const EDIT_MENU_IDS: readonly string[] = MENU_COMMANDS.filter((c) => c.edits && !c.clipboard && !c.submenu).map((c) => c.id);

function commandItems(group: MenuGroup, opts: MenuOptions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const mac = opts.platform === 'darwin';
  for (const c of MENU_COMMANDS.filter((m) => m.group === group && !(mac && m.macAppMenu))) {
    if (c.separatorBefore && items.length > 0) items.push({ type: 'separator' });
    items.push(commandItem(c, opts));
  }
  return items;
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: opts.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        ...MENU_COMMANDS.filter((c) => c.macAppMenu).map((c) => commandItem(c, opts)),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  for (const group of MENU_GROUPS) {
    const submenu = commandItems(group, opts);
    if (group === 'File') submenu.push({ type: 'separator' }, mac ? { role: 'close' } : { role: 'quit' });
    if (group === 'Edit') submenu.push({ type: 'separator' }, { role: 'selectAll' });
    if (group === 'View') {
      submenu.push({ type: 'separator' }, { role: 'togglefullscreen' });
      if (opts.devTools) submenu.push({ role: 'reload' }, { role: 'toggleDevTools' });
    }
    template.push(group === 'Help' ? { role: 'help', label: group, submenu } : { label: group, submenu });
    if (group === 'Present') template.push({ role: 'windowMenu' });
  }
  return template;
}
