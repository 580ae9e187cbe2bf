// @vitest-environment jsdom
// The command contract (shared/commands): keys in one syntax, the native menu derived from the
// declarations, and a handler for every declared command on every screen it is declared for.
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandsOn, findCommand, type CommandScreen } from '../../../shared/commands/commands';
import { MENU_COMMANDS, isMenuCommandId } from '../../../shared/commands/menu';
import { formatShortcut, parseShortcut, sameShortcut, shortcutLabel, shortcutOfEvent, toAccelerator } from '../../../shared/commands/shortcuts';
import { appHandlers } from '../../../renderer/app/appHandlers';
import type { HandlerTable } from '../../../renderer/commands/registry';
import { extraEditorHandlers } from '../../../renderer/editor/extras';
import { createTestEditor } from '../support/testEditor';
import { createAppWindow } from '../../../renderer/appWindow';

describe('the shortcut syntax', () => {
  it('reads modifiers in any order and writes them in one', () => {
    expect(formatShortcut(parseShortcut('Shift+Mod+z'))).toBe('Mod+Shift+Z');
    expect(parseShortcut('Mod++')).toEqual({ mod: true, alt: false, shift: false, key: '+' });
    expect(parseShortcut('Alt+ArrowUp')).toEqual({ mod: false, alt: true, shift: false, key: 'ArrowUp' });
  });

  it('refuses what is not a shortcut', () => {
    for (const bad of ['', 'Mod+', 'Ctrl+Z', 'Shift', 'Mod+Hyper+Z']) expect(() => parseShortcut(bad), bad).toThrow(/malformed/);
  });

  it('matches key events, Ctrl on Windows and Linux, Cmd on macOS', () => {
    const ev = { key: 'z', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true };
    expect(sameShortcut(shortcutOfEvent(ev, false), parseShortcut('Mod+Shift+Z'))).toBe(true);
    expect(sameShortcut(shortcutOfEvent(ev, true), parseShortcut('Mod+Shift+Z'))).toBe(false);
    expect(sameShortcut(shortcutOfEvent({ ...ev, ctrlKey: false, metaKey: true }, true), parseShortcut('Mod+Shift+Z'))).toBe(true);
  });

  it('gives Electron accelerators and the labels people read', () => {
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Alt+ArrowUp')).toBe('Alt+Up');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(shortcutLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+Shift+Z', true)).toBe('⇧⌘Z');
    expect(shortcutLabel('F5', false)).toBe('F5');
  });
});

describe('the declared commands', () => {
  it('have dotted noun.verb ids, a title, a group, a screen and well-formed keys', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.id, c.id).toMatch(/^[a-z]+\.[A-Za-z]+(\.[A-Za-z0-9]+)?$/);
      expect(c.title.trim(), c.id).not.toBe('');
      expect(c.on.length, c.id).toBeGreaterThan(0);
      for (const k of c.keys ?? []) expect(() => parseShortcut(k), `${c.id}: ${k}`).not.toThrow();
    }
  });

  // Two commands may share a key only where their handlers' enabled-when tell them apart.
  const SHARED_KEYS: Record<string, string[]> = {};

  it('never bind one key to two commands on the same screen (except where enabled-when decides)', () => {
    for (const screen of ['home', 'editor'] as const) {
      const byKey = new Map<string, string[]>();
      for (const c of COMMANDS.filter((x) => x.on.includes(screen))) {
        for (const k of c.keys ?? []) {
          const norm = formatShortcut(parseShortcut(k));
          byKey.set(norm, [...(byKey.get(norm) ?? []), c.id]);
        }
      }
      for (const [key, ids] of byKey) if (ids.length > 1) expect(ids.sort(), `${screen}: ${key}`).toEqual(SHARED_KEYS[key]?.sort());
    }
  });
});

describe('the native menu', () => {
  it('names only declared commands, each once, with the declared title and first key', () => {
    expect(new Set(MENU_COMMANDS.map((m) => m.id)).size).toBe(MENU_COMMANDS.length);
    for (const m of MENU_COMMANDS) {
      const c = findCommand(m.id);
      expect(c, m.id).toBeDefined();
      expect(m.title).toBe(c!.menuTitle ?? c!.title);
      expect(m.accelerator).toBe(c!.keys?.[0] ? toAccelerator(c!.keys[0]) : undefined);
      // A submenu (File > Open Recent) sends its items' own actions, never its id.
      expect(isMenuCommandId(m.id)).toBe(m.submenu === undefined);
    }
    expect(isMenuCommandId('fs.delete')).toBe(false);
  });

  it('marks the clipboard items, so Electron fires real clipboard events for them', () => {
    expect(MENU_COMMANDS.filter((m) => m.clipboard).map((m) => [m.id, m.clipboard])).toEqual([
      ['edit.cut', 'cut'],
      ['edit.copy', 'copy'],
      ['edit.paste', 'paste'],
    ]);
  });
});

/** The handler tables each screen registers (AppCommands on both; EditorScreen in the editor). */
function tablesOn(screen: CommandScreen): HandlerTable[] {
  const appWindow = createAppWindow();
  if (screen === 'home') return [appHandlers(null, appWindow)];
  const editor = createTestEditor();
  return [appHandlers(editor, appWindow), editor.handlers, extraEditorHandlers(editor, appWindow.presenting)];
}

describe('handlers', () => {
  for (const screen of ['home', 'editor'] as const) {
    it(`every command declared for the ${screen} screen has a handler there, and nothing else is handled`, () => {
      const handled = tablesOn(screen).flatMap((t) => Object.entries(t));
      for (const [id, h] of handled) expect(typeof h?.run, id).toBe('function');
      const ids = handled.map(([id]) => id);
      expect(new Set(ids).size, 'one handler per id').toBe(ids.length);
      expect([...ids].sort()).toEqual(commandsOn(screen).sort());
    });
  }
});

describe('the native menu’s items', () => {
  it('each run a registered handler on every screen their command is declared for', () => {
    for (const m of MENU_COMMANDS) {
      for (const screen of findCommand(m.id)!.on) {
        expect(
          tablesOn(screen).some((t) => typeof t[m.id]?.run === 'function'),
          `the ${m.group} menu’s “${m.title}” (${m.id}) has no handler on the ${screen} screen`,
        ).toBe(true);
      }
    }
  });
});
