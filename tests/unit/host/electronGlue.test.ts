// The pure parts of the Electron glue, tested without the Electron binary: which argv entries
// are decks to open, and the app menu built from the shared command list.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, EDIT_MENU_IDS } from '../../../electron/main/menuTemplate';
import { deckPathsFromArgv } from '../../../electron/main/openPaths';
import { spellingMenuTemplate } from '../../../electron/main/spellingMenu';
import { MENU_COMMANDS, isMenuCommandId } from '../../../shared/commands/menu';

describe('decks named on the command line', () => {
  it('keeps .briefdeck arguments, resolved against the launch folder, once each', () => {
    const argv = ['/opt/Briefdeck/briefdeck', '--no-sandbox', 'Pacific.briefdeck', '/abs/Other.BRIEFDECK', 'notes.txt', 'Pacific.briefdeck'];
    expect(deckPathsFromArgv(argv, '/home/ana/Desktop')).toEqual(['/home/ana/Desktop/Pacific.briefdeck', '/abs/Other.BRIEFDECK']);
  });

  it('accepts file:// URLs and ignores switches that happen to end in .briefdeck', () => {
    expect(deckPathsFromArgv(['file:///tmp/My%20deck.briefdeck', '--open=x.briefdeck'], '/')).toEqual(['/tmp/My deck.briefdeck']);
  });
});

type Item = MenuItemConstructorOptions;
const submenuOf = (item: Item): Item[] => (Array.isArray(item.submenu) ? (item.submenu as Item[]) : []);

function menu(platform: NodeJS.Platform, sent: string[] = [], recentDecks: string[] = [], editsAvailable = true) {
  return buildMenuTemplate({
    platform,
    appName: 'Briefdeck',
    devTools: false,
    sendCommand: (id) => sent.push(id),
    recentDecks,
    openRecent: (p) => sent.push(`open ${p}`),
    clearRecent: () => sent.push('clear'),
    editsAvailable,
  });
}

describe('app menu', () => {
  it('has File, Edit, View, Slide, Present, Window, Help on Linux/Windows', () => {
    expect(menu('linux').map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Slide', 'Present', 'windowMenu', 'Help']);
  });

  it('adds the app menu first on macOS', () => {
    const labels = menu('darwin').map((m) => m.label ?? m.role);
    expect(labels[0]).toBe('Briefdeck');
    expect(labels.slice(1)).toEqual(['File', 'Edit', 'View', 'Slide', 'Present', 'windowMenu', 'Help']);
  });

  it('lists every shared menu command once; clicking sends its id and nothing else', () => {
    const sent: string[] = [];
    const items = menu('linux', sent).flatMap(submenuOf).filter((i) => i.id !== undefined);
    expect(items.map((i) => i.id)).toEqual(MENU_COMMANDS.map((c) => c.id).sort((a, b) => order(a) - order(b)));
    const sending = items.filter((i) => i.role === undefined && i.submenu === undefined);
    for (const item of sending) {
      expect(item.registerAccelerator, item.id).toBe(false);
      (item.click as () => void)();
    }
    expect(sent).toEqual(sending.map((i) => i.id));
    expect(sent.every(isMenuCommandId)).toBe(true);
  });

  it('while the deck is read-only, the items that change it are greyed out; the rest, and the clipboard roles, are not', () => {
    const items = (editsAvailable: boolean) => menu('linux', [], [], editsAvailable).flatMap(submenuOf).filter((i) => i.id !== undefined);
    expect(items(true).filter((i) => i.enabled === false)).toEqual([]);
    const greyed = items(false).filter((i) => i.enabled === false).map((i) => i.id);
    expect(greyed).toEqual(expect.arrayContaining(['edit.undo', 'edit.redo', 'edit.replace', 'slide.add', 'slide.duplicate', 'slide.delete', 'slide.toggleHidden', 'slide.moveUp', 'deck.history']));
    expect([...greyed].sort()).toEqual([...EDIT_MENU_IDS].sort());
    for (const id of ['edit.cut', 'edit.paste', 'edit.copy', 'deck.save', 'deck.saveAs', 'deck.open', 'present.fromStart', 'deck.export', 'edit.find']) expect(greyed, id).not.toContain(id);
  });

  it('cut, copy and paste are Electron edit roles (the page gets real clipboard events); macOS keeps their keys', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const edit = submenuOf(menu(platform).find((m) => m.label === 'Edit')!);
      const roles = edit.filter((i) => i.id?.startsWith('edit.') && i.role).map((i) => [i.id, i.role, i.accelerator, i.registerAccelerator]);
      const mac = platform === 'darwin';
      expect(roles, platform).toEqual([
        ['edit.cut', 'cut', 'CmdOrCtrl+X', mac],
        ['edit.copy', 'copy', 'CmdOrCtrl+C', mac],
        ['edit.paste', 'paste', 'CmdOrCtrl+V', mac],
      ]);
      expect(edit.filter((i) => i.role && i.click).length, platform).toBe(0);
    }
  });

  it('Preferences… (Mod+,) is in Edit on Linux and Windows, in the app menu after About on macOS', () => {
    const find = (items: Item[]) => items.find((i) => i.id === 'app.preferences');
    const linux = menu('linux');
    expect(find(submenuOf(linux.find((m) => m.label === 'Edit')!))).toMatchObject({ label: 'Preferences…', accelerator: 'CmdOrCtrl+,' });
    const sent: string[] = [];
    const mac = menu('darwin', sent);
    const appMenu = submenuOf(mac[0]!);
    expect(appMenu.findIndex((i) => i.id === 'app.preferences')).toBe(appMenu.findIndex((i) => i.role === 'about') + 2);
    expect(find(submenuOf(mac.find((m) => m.label === 'Edit')!))).toBeUndefined();
    (find(appMenu)!.click as () => void)();
    expect(sent).toEqual(['app.preferences']);
  });

  it('File > Open Recent is a submenu of the recent decks, below Open…, that sends no command itself', () => {
    const sent: string[] = [];
    const file = submenuOf(menu('linux', sent, ['/home/ana/Briefdeck/Pacific.briefdeck', '/media/usb/R&D.briefdeck']).find((m) => m.label === 'File')!);
    const ids = file.map((i) => i.id);
    expect(ids.indexOf('deck.openRecent')).toBe(ids.indexOf('deck.open') + 1);
    const recent = file.find((i) => i.id === 'deck.openRecent')!;
    expect(recent).toMatchObject({ label: 'Open Recent' });
    expect(recent.click).toBeUndefined();
    expect(submenuOf(recent).map((i) => i.label ?? i.type)).toEqual(['Pacific', 'R&&D', 'separator', 'Clear Recently Opened']);
    for (const i of submenuOf(recent)) (i.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['open /home/ana/Briefdeck/Pacific.briefdeck', 'open /media/usb/R&D.briefdeck', 'clear']);
    expect(isMenuCommandId('deck.openRecent')).toBe(false);
  });

  it('names the commands the renderer registers', () => {
    for (const id of ['deck.new', 'deck.open', 'deck.saveAs', 'deck.export', 'edit.undo', 'edit.redo', 'slide.add', 'present.fromStart', 'help.about', 'app.preferences']) {
      expect(isMenuCommandId(id), id).toBe(true);
    }
    expect(isMenuCommandId('fs.delete')).toBe(false);
  });
});

/** Menu order: by group as the menu bar shows them, then as listed. */
function order(id: string): number {
  const groups = ['File', 'Edit', 'View', 'Slide', 'Present', 'Help'];
  const i = MENU_COMMANDS.findIndex((c) => c.id === id);
  return groups.indexOf(MENU_COMMANDS[i]!.group) * 100 + i;
}

describe('spelling menu in text fields (the template; the wiring is in electronMain.fakeElectron.test.ts)', () => {
  const flags = { canCut: false, canCopy: false, canPaste: true, canSelectAll: true, canUndo: false, canRedo: false, canDelete: false, canEditRichly: false };
  const contents = { replaceMisspelling: () => undefined, session: { addWordToSpellCheckerDictionary: () => true } };
  it('says when the dictionary has no suggestion, and keeps cut and copy disabled without a selection', () => {
    const t = spellingMenuTemplate({ isEditable: true, misspelledWord: 'Tuvaluan', dictionarySuggestions: [], editFlags: flags }, contents);
    expect(t[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(t.find((i) => i.role === 'cut')).toMatchObject({ label: 'Cut', enabled: false });
    expect(t.find((i) => i.role === 'paste')).toMatchObject({ label: 'Paste', enabled: true });
  });
  it('shows at most five suggestions, and only the edit items on a correct word', () => {
    const many = spellingMenuTemplate({ isEditable: true, misspelledWord: 'teh', dictionarySuggestions: ['the', 'ten', 'tea', 'tech', 'tel', 'tee'], editFlags: flags }, contents);
    expect(many.filter((i) => i.click && i.label !== 'Add to dictionary').map((i) => i.label)).toEqual(['the', 'ten', 'tea', 'tech', 'tel']);
    const plain = spellingMenuTemplate({ isEditable: true, misspelledWord: '', dictionarySuggestions: [], editFlags: flags }, contents);
    expect(plain.map((i) => i.role ?? i.type)).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
  });
});
