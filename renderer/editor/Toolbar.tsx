// The editor toolbar: back to library, the deck title (editable), undo/redo, add slide
// with a layout choice, history, commands, and the save status.
import { addLayoutCommandId } from '../../shared/commands/commands';
import { LAYOUTS } from '../../shared/layouts';
import { useCommands } from '../commands/CommandsContext';
import { tooltip, type CommandContext } from '../commands/registry';
import { PresentButtons } from '../present/PresentButtons';
import { SaveStatus } from './SaveStatus';
import { LayoutIcon } from './LayoutIcon';
import { MenuButton } from '../ui/MenuButton';
import { useDocumentState, useEditor } from '../store/EditorContext';

export function Toolbar({ ctx }: { ctx: CommandContext }) {
  const commands = useCommands();
  const editor = useEditor();
  const title = useDocumentState((s) => s.deck?.meta.title ?? '');
  const canUndo = useDocumentState((s) => s.undoStack.length > 0);
  const canRedo = useDocumentState((s) => s.redoStack.length > 0);
  // A deck open read-only: what would change it is shown unavailable, not refused after a click.
  const readOnly = useDocumentState((s) => s.readOnly);
  return (
    <header className="toolbar">
      <button title={tooltip('deck.close')} onClick={() => void commands.run('deck.close', ctx)}>
        ← Library
      </button>
      <input
        className="deck-title"
        aria-label="Deck title"
        data-testid="deck-title-input"
        value={title}
        readOnly={readOnly}
        onChange={(e) => editor.apply('Rename deck', (d) => void (d.meta.title = e.target.value), { coalesceKey: 'deck.title' })}
      />
      <button onClick={() => void commands.run('edit.undo', ctx)} disabled={readOnly || !canUndo} title={tooltip('edit.undo')} aria-label="Undo">
        ↶
      </button>
      <button onClick={() => void commands.run('edit.redo', ctx)} disabled={readOnly || !canRedo} title={tooltip('edit.redo')} aria-label="Redo">
        ↷
      </button>
      <MenuButton
        label="+ Slide"
        title="Add a slide after this one, with a layout"
        testId="add-slide"
        disabled={readOnly}
        menuClassName="layout-menu"
        items={LAYOUTS.map((l) => ({
          key: l.id,
          testId: `layout-${l.id}`,
          content: (
            <>
              <LayoutIcon layout={l} /> {l.name}
            </>
          ),
          onChoose: () => void commands.run(addLayoutCommandId(l.id), ctx),
        }))}
      />
      <button onClick={() => void commands.run('slide.duplicate', ctx)} title={tooltip('slide.duplicate')} disabled={readOnly}>
        Duplicate
      </button>
      <button onClick={() => void commands.run('slide.delete', ctx)} title={tooltip('slide.delete')} disabled={readOnly}>
        Delete
      </button>
      <span className="toolbar-spacer" />
      <PresentButtons ctx={ctx} />
      <button onClick={() => void commands.run('deck.export', ctx)} title={tooltip('deck.export')}>
        Export PDF
      </button>
      <button onClick={() => void commands.run('deck.history', ctx)} title={tooltip('deck.history')}>
        History
      </button>
      <button onClick={() => void commands.run('app.commands', ctx)} title={tooltip('app.commands')} aria-label="All commands">
        ⌘
      </button>
      <SaveStatus />
    </header>
  );
}
