// The command palette (Mod+Shift+P / Mod+K): every registered command, searchable.
import { useMemo, useState } from 'react';
import { allCommands, isEnabled, runCommand, shortcutLabel, type CommandContext } from '../commands/registry';
import { Dialog } from '../ui/Dialog';

export function CommandPalette({ ctx, onClose }: { ctx: CommandContext; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => {
    const q = query.toLowerCase().trim();
    return allCommands()
      .filter((c) => isEnabled(c, ctx))
      .filter((c) => q === '' || c.title.toLowerCase().includes(q) || c.id.includes(q))
      .sort((a, b) => a.group.localeCompare(b.group) || a.title.localeCompare(b.title));
  }, [query, ctx]);
  const run = (id: string) => {
    onClose();
    void runCommand(id, ctx);
  };
  return (
    <Dialog title="Commands" onClose={onClose}>
      <input
        className="palette-search"
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setIndex((i) => Math.min(matches.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setIndex((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && matches[index]) run(matches[index].id);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="command-list" role="listbox">
        {matches.slice(0, 50).map((c, i) => {
          const sc = typeof c.shortcut === 'string' ? c.shortcut : c.shortcut?.[0];
          return (
            <li key={c.id} role="option" aria-selected={i === index} className={i === index ? 'active' : ''} onMouseDown={() => run(c.id)}>
              <span className="muted small">{c.group}</span> {c.title}
              {sc && <kbd>{shortcutLabel(sc)}</kbd>}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
