// Moving through a menu's items by key, as the WAI-ARIA menu pattern asks, for every menu
// (MenuButton's, the editor's context menus): ArrowDown/ArrowUp (wrapping), Home, End, and
// typeahead (a letter moves to the next item whose label starts with it).
import type { KeyboardEvent } from 'react';

const labelOf = (item: HTMLElement): string => (item.dataset.label ?? item.textContent ?? '').trim().toLowerCase();

/** Moves focus among `items` for `e`; true when the key was a menu move (the caller stops it). */
export function moveInMenu(e: KeyboardEvent, items: readonly HTMLElement[]): boolean {
  if (items.length === 0) return false;
  const at = items.indexOf(document.activeElement as HTMLElement);
  const go = (i: number) => items[(i + items.length) % items.length]?.focus();
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(items.length - 1);
  else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
    const letter = e.key.toLowerCase();
    const next = [...items.slice(at + 1), ...items.slice(0, at + 1)].find((item) => labelOf(item).startsWith(letter));
    next?.focus();
  } else return false;
  return true;
}

/** Shift+F10 or the ContextMenu key: the keyboard's way to open a context menu. */
export function isContextMenuKey(e: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey);
}
