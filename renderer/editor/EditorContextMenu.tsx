// The editor's context menus on a slide (slide list), a widget and an empty slot (canvas),
// opened by right-click, Shift+F10 or the ContextMenu key. Which commands each offers is data
// (shared/commands/contextMenu.ts); titles, keys and enabled-when come from the command
// registry, and choosing one runs it as the toolbar, keys and palette do. One React menu for
// both hosts (in the desktop app the native context menu is only for spelling in text fields).
import type { MouseEvent as ReactMouseEvent, KeyboardEvent as ReactKeyboardEvent } from 'react';
import { contextMenuEntries, type ContextTarget } from '../../shared/commands/contextMenu';
import { useCommands } from '../commands/CommandsContext';
import { keyLabel, type CommandContext } from '../commands/registry';
import { ContextMenu } from '../ui/ContextMenu';
import { isContextMenuKey } from '../ui/menuKeys';
import type { Editor } from '../store/editor';
import { useEditor, useUiState } from '../store/EditorContext';

const CTX: CommandContext = { screen: 'editor' };

const LABELS: Record<ContextTarget, string> = { slide: 'Slide', widget: 'Widget', slot: 'Empty slot' };

/** Opens `target`'s menu for a right-click (at the pointer) or a context-menu key (at the
 * element's corner); the caller selects what was clicked first. True when it opened. */
export function openContextMenu(editor: Editor, target: ContextTarget, e: ReactMouseEvent | ReactKeyboardEvent, invoker: HTMLElement): boolean {
  if ('key' in e && !isContextMenuKey(e)) return false;
  e.preventDefault();
  e.stopPropagation();
  const box = invoker.getBoundingClientRect();
  const at = 'clientX' in e && !('key' in e) ? { x: e.clientX, y: e.clientY } : { x: box.left + Math.min(24, box.width / 2), y: box.top + Math.min(24, box.height / 2) };
  editor.ui.getState().showContextMenu({ target, at, invoker });
  return true;
}

/** Delete slide and Cut remove the row the menu was opened on, which close() had just focused:
 * focus then goes to the current slide's row (the one that took its place, or the one before),
 * as the list's own Delete key does. React draws the list after the command, hence the frame. */
function refocusIfRemoved(editor: Editor, invoker: HTMLElement | null): void {
  requestAnimationFrame(() => {
    if (!invoker || invoker.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    const id = editor.ui.getState().currentSlideId;
    if (id) document.querySelector<HTMLElement>(`.slide-list .slide-row[data-slide-id="${CSS.escape(id)}"]`)?.focus();
  });
}

export function EditorContextMenu() {
  const editor = useEditor();
  const open = useUiState((s) => s.contextMenu);
  const commands = useCommands();
  if (!open) return null;
  const close = (refocus: boolean) => {
    editor.ui.getState().showContextMenu(null);
    if (refocus && open.invoker?.isConnected) open.invoker.focus();
  };
  const items = contextMenuEntries(open.target).map(({ command, separatorBefore }) => ({
    key: command.id,
    label: command.title,
    shortcut: keyLabel(command.id),
    disabled: !commands.isAvailable(command, CTX),
    separatorBefore,
    testId: `context-${command.id}`,
    onChoose: () => {
      void commands.run(command.id, CTX).then(() => open.target === 'slide' && refocusIfRemoved(editor, open.invoker));
    },
  }));
  return <ContextMenu label={LABELS[open.target]} at={open.at} items={items} onClose={close} />;
}
