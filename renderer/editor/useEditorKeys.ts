// Global key handling for the editor: shortcuts come from the command registry. In text
// fields only document-level shortcuts (undo, redo, save, palette) apply, so typing,
// native copy/paste and Backspace keep working.
import { useEffect } from 'react';
import { commandForEvent, isEnabled, runCommand, shortcutOf, type CommandContext } from '../commands/registry';

const IN_FIELD_ALLOWED = new Set(['edit.undo', 'edit.redo', 'deck.save', 'present.fromStart', 'present.fromCurrent', 'deck.export']);

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function useEditorKeys(ctx: CommandContext, openPalette: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const sc = shortcutOf(e);
      if (sc === 'Shift+Mod+P' || sc === 'Mod+K') {
        e.preventDefault();
        openPalette();
        return;
      }
      const cmd = commandForEvent(e);
      if (!cmd || !isEnabled(cmd, ctx)) return;
      if (inTextField(e.target) && !IN_FIELD_ALLOWED.has(cmd.id)) return;
      // Keyboard drags use Space/arrows on focused drag handles; leave those alone.
      if ((e.target as HTMLElement | null)?.getAttribute?.('aria-roledescription') === 'draggable' && !e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      void runCommand(cmd.id, ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, openPalette, enabled]);
}
