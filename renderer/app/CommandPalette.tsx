// The command palette (Ctrl+Shift+P / Ctrl+K, View > Show all commands): every command that can
// run on this screen, searchable by title or id, with its key.
import { useMemo } from 'react';
import { isCommandId } from '../../shared/commands/commands';
import { useCommands } from '../commands/CommandsContext';
import { keyLabel, type CommandContext } from '../commands/registry';
import { hostCapabilities } from '../host/capabilities';
import { PickerDialog, type PickerItem } from '../ui/PickerDialog';

export function CommandPalette({ ctx, onClose }: { ctx: CommandContext; onClose: () => void }) {
  const commands = useCommands();
  const items = useMemo(
    (): PickerItem[] =>
      commands.available(ctx)
        .filter((c) => !c.needs || hostCapabilities()[c.needs])
        .sort((a, b) => a.group.localeCompare(b.group) || a.title.localeCompare(b.title))
        .map((c) => ({
          key: c.id,
          text: `${c.title} ${c.id}`,
          content: (
            <>
              <span className="muted small">{c.group}</span> {c.title}
              {keyLabel(c.id) && <kbd>{keyLabel(c.id)}</kbd>}
            </>
          ),
        })),
    [commands, ctx],
  );
  return (
    <PickerDialog
      title="Commands"
      label="Search commands"
      placeholder="Type a command…"
      items={items}
      empty="No command matches."
      onClose={onClose}
      onPick={(id) => {
        onClose();
        if (isCommandId(id)) void commands.run(id, ctx);
      }}
    />
  );
}
