// Keys and clipboard events for the screen's commands (declared in shared/commands). In text
// fields only commands declared `inFields` run, so typing, Backspace and the field's own cut,
// copy and paste keep working. Cut, copy and paste keys are left to the browser: it fires a
// clipboard event (no permission prompt), and the command reads or writes that event's data.
import { useEffect } from 'react';
import { findCommand } from '../../shared/commands/commands';
import { useCommands } from './CommandsContext';
import type { CommandContext } from './registry';

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

/** A modal dialog owns the keyboard while it is open. */
function dialogOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

export function useCommandKeys(screen: CommandContext['screen'], enabled = true): void {
  const commands = useCommands();
  useEffect(() => {
    if (!enabled) return undefined;
    const ctx: CommandContext = { screen };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogOpen()) return;
      const cmd = commands.forEvent(e, ctx);
      if (!cmd) {
        // A change the deck cannot take now (open read-only): the key is still the app's, not the
        // browser's (Ctrl+D would bookmark the page), and the refusal is said.
        const declared = commands.declaredForEvent(e, ctx);
        if (declared?.edits && !declared.clipboard && (!inTextField(e.target) || declared.inFields)) {
          e.preventDefault();
          commands.refused(declared);
        }
        return;
      }
      if (cmd.clipboard) return;
      if (inTextField(e.target) && !cmd.inFields) return;
      // Keyboard drags use Space/arrows on focused drag handles; leave those alone.
      if ((e.target as HTMLElement | null)?.getAttribute?.('aria-roledescription') === 'draggable' && !e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      void commands.run(cmd.id, ctx);
    };
    const onClipboard = (e: ClipboardEvent) => {
      if (e.defaultPrevented || dialogOpen() || inTextField(e.target)) return;
      const id = e.type === 'paste' ? 'edit.paste' : e.type === 'cut' ? 'edit.cut' : 'edit.copy';
      const cmd = findCommand(id);
      const withData: CommandContext = { screen, clipboardData: e.clipboardData };
      if (!cmd || !commands.isAvailable(cmd, withData)) return;
      // The command runs synchronously up to its first await, while the event's data is writable.
      e.preventDefault();
      void commands.run(cmd.id, withData);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onClipboard);
    document.addEventListener('cut', onClipboard);
    document.addEventListener('paste', onClipboard);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onClipboard);
      document.removeEventListener('cut', onClipboard);
      document.removeEventListener('paste', onClipboard);
    };
  }, [commands, screen, enabled]);
}
