// The one shortcut syntax: 'Mod+Shift+Z', 'Alt+ArrowUp', 'F5', 'Delete'. Mod is Ctrl, or Cmd
// on macOS. Commands declare keys in it; the keyboard handler, the Electron menu's accelerator
// and every label a person reads (menu, tooltip, palette) are derived from it here.

export interface Shortcut {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  /** KeyboardEvent.key, single characters upper-cased: 'Z', 'ArrowUp', 'F5', '=', '+'. */
  key: string;
}

const MODIFIERS = new Set(['Mod', 'Alt', 'Shift']);

/** 'Shift+Mod+z' -> { mod, shift, key: 'Z' }. Modifiers may come in any order; the key is last.
 * '+' as the key is written 'Mod++'. Throws on a malformed declaration (a bug, found by tests). */
export function parseShortcut(text: string): Shortcut {
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop();
  if (!key || parts.some((p) => !MODIFIERS.has(p)) || MODIFIERS.has(key)) throw new Error(`malformed shortcut “${text}”`);
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key: key.length === 1 ? key.toUpperCase() : key };
}

/** The normal form: modifiers as Mod, Alt, Shift, then the key. */
export function formatShortcut(s: Shortcut): string {
  return [s.mod && 'Mod', s.alt && 'Alt', s.shift && 'Shift', s.key].filter(Boolean).join('+');
}

export function sameShortcut(a: Shortcut, b: Shortcut): boolean {
  return a.mod === b.mod && a.alt === b.alt && a.shift === b.shift && a.key === b.key;
}

/** A key event (the fields every KeyboardEvent has) as a Shortcut. */
export function shortcutOfEvent(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }, mac: boolean): Shortcut {
  const key = e.key === ' ' ? 'Space' : e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return { mod: mac ? e.metaKey : e.ctrlKey, alt: e.altKey, shift: e.shiftKey, key };
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', '+': 'Plus', ' ': 'Space' };

/** Electron accelerator syntax, for the native menu: 'CmdOrCtrl+Shift+Z'. */
export function toAccelerator(text: string): string {
  const s = parseShortcut(text);
  return [s.mod && 'CmdOrCtrl', s.alt && 'Alt', s.shift && 'Shift', ACCELERATOR_KEYS[s.key] ?? s.key].filter(Boolean).join('+');
}

const LABEL_KEYS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', PageUp: 'Page Up', PageDown: 'Page Down' };

/** What a person reads: 'Ctrl+Shift+Z' on Windows and Linux, '⇧⌘Z' on macOS. */
export function shortcutLabel(text: string, mac: boolean): string {
  const s = parseShortcut(text);
  const key = LABEL_KEYS[s.key] ?? s.key;
  if (mac) return [s.alt && '⌥', s.shift && '⇧', s.mod && '⌘', key].filter(Boolean).join('');
  return [s.mod && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', key].filter(Boolean).join('+');
}
