// The Electron app menu as data: the command ids the renderer registers (renderer/commands),
// grouped into menus. Main builds the native menu from this list and sends only the id back
// (DESIGN.md §3 "Commands"); the renderer owns what each command does.

export type MenuGroup = 'File' | 'Edit' | 'View' | 'Slide' | 'Present' | 'Help';

export interface MenuCommand {
  /** A command id registered in the renderer's command registry. */
  id: string;
  title: string;
  group: MenuGroup;
  /** Electron accelerator syntax; shown in the menu, the renderer handles the key itself. */
  accelerator?: string;
  /** Draw a separator above this item. */
  separatorBefore?: boolean;
  /** On macOS the item goes in the app menu (after About) instead of its group, as Mac apps do. */
  macAppMenu?: boolean;
}

export const MENU_GROUPS: readonly MenuGroup[] = ['File', 'Edit', 'View', 'Slide', 'Present', 'Help'];

export const MENU_COMMANDS: readonly MenuCommand[] = [
  { id: 'deck.new', title: 'New Deck', group: 'File', accelerator: 'CmdOrCtrl+N' },
  { id: 'deck.open', title: 'Open…', group: 'File', accelerator: 'CmdOrCtrl+O' },
  { id: 'deck.saveAs', title: 'Save As…', group: 'File', accelerator: 'CmdOrCtrl+Shift+S', separatorBefore: true },
  { id: 'deck.export', title: 'Export to PDF…', group: 'File', accelerator: 'CmdOrCtrl+E' },
  { id: 'edit.undo', title: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', title: 'Redo', group: 'Edit', accelerator: 'CmdOrCtrl+Shift+Z' },
  { id: 'edit.cut', title: 'Cut', group: 'Edit', accelerator: 'CmdOrCtrl+X', separatorBefore: true },
  { id: 'edit.copy', title: 'Copy', group: 'Edit', accelerator: 'CmdOrCtrl+C' },
  { id: 'edit.paste', title: 'Paste', group: 'Edit', accelerator: 'CmdOrCtrl+V' },
  { id: 'app.preferences', title: 'Preferences…', group: 'Edit', accelerator: 'CmdOrCtrl+,', separatorBefore: true, macAppMenu: true },
  { id: 'view.zoomIn', title: 'Zoom In', group: 'View', accelerator: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', title: 'Zoom Out', group: 'View', accelerator: 'CmdOrCtrl+-' },
  { id: 'slide.add', title: 'New Slide', group: 'Slide', accelerator: 'CmdOrCtrl+M' },
  { id: 'slide.duplicate', title: 'Duplicate Slide', group: 'Slide', accelerator: 'CmdOrCtrl+D' },
  { id: 'slide.delete', title: 'Delete Slide', group: 'Slide' },
  { id: 'present.fromStart', title: 'Present from Start', group: 'Present', accelerator: 'F5' },
  { id: 'present.fromCurrent', title: 'Present from Current Slide', group: 'Present', accelerator: 'Shift+F5' },
  { id: 'help.about', title: 'About Briefdeck', group: 'Help' },
];

const IDS = new Set(MENU_COMMANDS.map((c) => c.id));

/** True for ids the menu may send; main refuses to send anything else. */
export function isMenuCommandId(id: string): boolean {
  return IDS.has(id);
}
