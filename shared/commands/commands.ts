// Every command Briefdeck has, declared once (as shared/api/contract.ts declares the API):
// id, title, keys in the one shortcut syntax (./shortcuts.ts) and the screens it works on.
// The Electron menu (./menu.ts), the toolbar's tooltips, the command palette and the keyboard
// are all derived from this table; the renderer only registers what each command does
// (renderer/commands/registry.ts), and a unit test holds it to every screen listed here.
import type { HostCapability } from '../api/capabilities';
import { LAYOUTS } from '../layouts';

/** Screens that have commands (presenting and printing have their own keys, not commands). */
export type CommandScreen = 'home' | 'editor';

export type CommandGroup = 'File' | 'Edit' | 'View' | 'Slide' | 'Widget' | 'Present' | 'Help';

export interface CommandSpec {
  title: string;
  group: CommandGroup;
  /** Keys in the shortcut syntax; the first is the one menus and tooltips show. */
  keys?: readonly string[];
  /** The screens where it has a handler. */
  on: readonly CommandScreen[];
  /** Still runs while the person types in a field (document-level commands only). */
  inFields?: boolean;
  /** Runs from the browser's own clipboard event (keys, the native Edit menu), so a text field
   * keeps its native cut, copy and paste and the command reads the event's clipboard data. */
  clipboard?: 'cut' | 'copy' | 'paste';
  /** A host capability it needs (shared/api/capabilities.ts); where the host lacks it the palette
   * leaves it out and the command says where to go instead. */
  needs?: HostCapability;
  /** The native menu shows a submenu of these instead of an item that sends the id (the palette
   * runs the command, which lists the same things in a picker). */
  menuSubmenu?: 'recentDecks';
  /** The native menu's label where it differs from the title (a submenu has no ellipsis). */
  menuTitle?: string;
  /** Changes the deck: unavailable while the deck is open read-only (the toolbar, the palette
   * and the keys then leave it alone instead of refusing it after the fact). */
  edits?: true;
}

const BOTH: readonly CommandScreen[] = ['home', 'editor'];
const EDITOR: readonly CommandScreen[] = ['editor'];

const FIXED = {
  'deck.new': { title: 'New deck…', group: 'File', keys: ['Mod+N'], on: BOTH },
  'deck.open': { title: 'Open…', group: 'File', keys: ['Mod+O'], on: BOTH },
  'deck.openRecent': { title: 'Open recent…', group: 'File', on: BOTH, menuSubmenu: 'recentDecks', menuTitle: 'Open Recent' },
  'deck.save': { title: 'Save now', group: 'File', keys: ['Mod+S'], on: EDITOR, inFields: true },
  'deck.saveAs': { title: 'Save as…', group: 'File', keys: ['Mod+Shift+S'], on: EDITOR, needs: 'nativeFileDialogs' },
  'deck.history': { title: 'Restore a previous version…', group: 'File', on: EDITOR, edits: true },
  'deck.export': { title: 'Export to PDF…', group: 'File', keys: ['Mod+E'], on: EDITOR, inFields: true },
  'deck.exportPptx': { title: 'Export to PowerPoint…', group: 'File', on: EDITOR },
  'deck.close': { title: 'Close deck (back to the library)', group: 'File', keys: ['Mod+W'], on: EDITOR },
  'edit.undo': { title: 'Undo', group: 'Edit', keys: ['Mod+Z'], on: EDITOR, inFields: true, edits: true },
  'edit.redo': { title: 'Redo', group: 'Edit', keys: ['Mod+Shift+Z', 'Mod+Y'], on: EDITOR, inFields: true, edits: true },
  'edit.cut': { title: 'Cut', group: 'Edit', keys: ['Mod+X'], on: EDITOR, clipboard: 'cut', edits: true },
  'edit.copy': { title: 'Copy', group: 'Edit', keys: ['Mod+C'], on: EDITOR, clipboard: 'copy' },
  'edit.paste': { title: 'Paste', group: 'Edit', keys: ['Mod+V'], on: EDITOR, clipboard: 'paste', edits: true },
  // In fields too: a person finds from wherever they are typing (the browser's own find bar
  // would search the app's chrome, not the deck).
  'edit.find': { title: 'Find…', group: 'Edit', keys: ['Mod+F'], on: EDITOR, inFields: true },
  'edit.replace': { title: 'Find and replace…', group: 'Edit', keys: ['Mod+H'], on: EDITOR, inFields: true, edits: true },
  'app.preferences': { title: 'Preferences…', group: 'Edit', keys: ['Mod+,'], on: BOTH, inFields: true },
  'view.zoomIn': { title: 'Zoom in', group: 'View', keys: ['Mod+=', 'Mod++'], on: EDITOR },
  'view.zoomOut': { title: 'Zoom out', group: 'View', keys: ['Mod+-'], on: EDITOR },
  'view.zoomFit': { title: 'Zoom to fit', group: 'View', keys: ['Mod+0'], on: EDITOR },
  'app.commands': { title: 'Show all commands…', group: 'View', keys: ['Mod+Shift+P', 'Mod+K'], on: BOTH, inFields: true },
  'slide.add': { title: 'Add slide', group: 'Slide', keys: ['Mod+M'], on: EDITOR, edits: true },
  'slide.duplicate': { title: 'Duplicate slide', group: 'Slide', keys: ['Mod+D'], on: EDITOR, edits: true },
  'slide.delete': { title: 'Delete slide', group: 'Slide', on: EDITOR, edits: true },
  'slide.moveUp': { title: 'Move slide up', group: 'Slide', keys: ['Mod+ArrowUp', 'Alt+ArrowUp'], on: EDITOR, edits: true },
  'slide.moveDown': { title: 'Move slide down', group: 'Slide', keys: ['Mod+ArrowDown', 'Alt+ArrowDown'], on: EDITOR, edits: true },
  'slide.next': { title: 'Next slide', group: 'Slide', keys: ['PageDown'], on: EDITOR },
  'slide.previous': { title: 'Previous slide', group: 'Slide', keys: ['PageUp'], on: EDITOR },
  'slide.toggleHidden': { title: 'Hide or show slide in presentation', group: 'Slide', on: EDITOR, edits: true },
  'widget.delete': { title: 'Delete widget', group: 'Widget', keys: ['Delete', 'Backspace'], on: EDITOR, edits: true },
  'widget.duplicate': { title: 'Duplicate widget', group: 'Widget', on: EDITOR, edits: true },
  'widget.moveToSlide': { title: 'Move widget to slide…', group: 'Widget', on: EDITOR, edits: true },
  'present.fromStart': { title: 'Present from the first slide', group: 'Present', keys: ['F5', 'Mod+Enter'], on: EDITOR, inFields: true },
  'present.fromCurrent': { title: 'Present from the current slide', group: 'Present', keys: ['Shift+F5'], on: EDITOR, inFields: true },
  'help.about': { title: 'About Briefdeck', group: 'Help', on: BOTH },
} as const satisfies Record<string, CommandSpec>;

export type FixedCommandId = keyof typeof FIXED;
/** One "add a slide with this layout" command per built-in layout. */
export type AddLayoutCommandId = `slide.add.${string}`;
export type CommandId = FixedCommandId | AddLayoutCommandId;

export interface DeclaredCommand extends CommandSpec {
  id: CommandId;
}

export function addLayoutCommandId(layoutId: string): AddLayoutCommandId {
  return `slide.add.${layoutId}`;
}

/** Every declared command, in declaration order. */
export const COMMANDS: readonly DeclaredCommand[] = [
  ...Object.entries(FIXED).map(([id, spec]) => ({ id: id as FixedCommandId, ...(spec as CommandSpec) })),
  ...LAYOUTS.map((l): DeclaredCommand => ({ id: addLayoutCommandId(l.id), title: `Add slide: ${l.name}`, group: 'Slide', on: EDITOR, edits: true })),
];

const BY_ID = new Map<string, DeclaredCommand>(COMMANDS.map((c) => [c.id, c]));

export function findCommand(id: string): DeclaredCommand | undefined {
  return BY_ID.get(id);
}

export function isCommandId(id: string): id is CommandId {
  return BY_ID.has(id);
}

/** The ids a screen must have handlers for. */
export function commandsOn(screen: CommandScreen): CommandId[] {
  return COMMANDS.filter((c) => c.on.includes(screen)).map((c) => c.id);
}
