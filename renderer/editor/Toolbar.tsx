// The editor toolbar: back to library, the deck title (editable), undo/redo, add slide
// with a layout choice, history, commands, and the save status.
import { useState } from 'react';
import { LAYOUTS } from '../../shared/layouts';
import { runCommand, tooltip, type CommandContext } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { addSlideAfterCurrent } from './editorCommands';
import { PresentButtons } from '../present/PresentButtons';
import { SaveStatus } from './SaveStatus';
import { LayoutIcon } from './LayoutIcon';

export function Toolbar({ ctx }: { ctx: CommandContext }) {
  const title = useDocument((s) => s.deck?.meta.title ?? '');
  const canUndo = useDocument((s) => s.undoStack.length > 0);
  const canRedo = useDocument((s) => s.redoStack.length > 0);
  const [layouts, setLayouts] = useState(false);
  return (
    <header className="toolbar">
      <button title={tooltip('deck.close')} onClick={() => void runCommand('deck.close', ctx)}>
        ← Library
      </button>
      <input
        className="deck-title"
        aria-label="Deck title"
        data-testid="deck-title-input"
        value={title}
        onChange={(e) => apply('Rename deck', (d) => void (d.meta.title = e.target.value), { coalesceKey: 'deck.title' })}
      />
      <button onClick={() => void runCommand('edit.undo', ctx)} disabled={!canUndo} title={tooltip('edit.undo')} aria-label="Undo">
        ↶
      </button>
      <button onClick={() => void runCommand('edit.redo', ctx)} disabled={!canRedo} title={tooltip('edit.redo')} aria-label="Redo">
        ↷
      </button>
      <div className="menu-anchor">
        <button onClick={() => setLayouts((v) => !v)} aria-expanded={layouts} aria-haspopup="menu" data-testid="add-slide">
          + Slide
        </button>
        {layouts && (
          <ul className="menu layout-menu" role="menu" onMouseLeave={() => setLayouts(false)}>
            {LAYOUTS.map((l) => (
              <li key={l.id} role="none">
                <button
                  role="menuitem"
                  data-testid={`layout-${l.id}`}
                  onClick={() => {
                    setLayouts(false);
                    addSlideAfterCurrent(l.id);
                  }}
                >
                  <LayoutIcon layout={l} /> {l.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button onClick={() => void runCommand('slide.duplicate', ctx)} title={tooltip('slide.duplicate')}>
        Duplicate
      </button>
      <button onClick={() => void runCommand('slide.delete', ctx)} title={tooltip('slide.delete')}>
        Delete
      </button>
      <span className="toolbar-spacer" />
      <PresentButtons ctx={ctx} />
      <button onClick={() => void runCommand('deck.export', ctx)} title={tooltip('deck.export')}>
        Export PDF
      </button>
      <button onClick={() => void runCommand('deck.history', ctx)} title={tooltip('deck.history')}>
        History
      </button>
      <button onClick={() => void runCommand('app.commands', ctx)} title={tooltip('app.commands')} aria-label="All commands">
        ⌘
      </button>
      <SaveStatus />
    </header>
  );
}
