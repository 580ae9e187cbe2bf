// The editor toolbar: back to library, the deck title (editable), undo/redo, add slide
// with a layout choice, history, commands, and the save status.
import { useState } from 'react';
import { LAYOUTS } from '../../shared/layouts';
import { runCommand, type CommandContext } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { saveNow } from '../store/saveStore';
import { navigate } from '../router';
import { addSlideAfterCurrent } from './editorCommands';
import { SaveStatus } from './SaveStatus';
import { LayoutIcon } from './LayoutIcon';

export function Toolbar({ ctx, onHistory, onPalette }: { ctx: CommandContext; onHistory: () => void; onPalette: () => void }) {
  const title = useDocument((s) => s.deck?.meta.title ?? '');
  const canUndo = useDocument((s) => s.undoStack.length > 0);
  const canRedo = useDocument((s) => s.redoStack.length > 0);
  const [layouts, setLayouts] = useState(false);
  return (
    <header className="toolbar">
      <button
        title="Back to the library"
        onClick={async () => {
          await saveNow();
          navigate('#/');
        }}
      >
        ← Library
      </button>
      <input
        className="deck-title"
        aria-label="Deck title"
        data-testid="deck-title-input"
        value={title}
        onChange={(e) => apply('Rename deck', (d) => void (d.meta.title = e.target.value), { coalesceKey: 'deck.title' })}
      />
      <button onClick={() => void runCommand('edit.undo', ctx)} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
        ↶
      </button>
      <button onClick={() => void runCommand('edit.redo', ctx)} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
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
      <button onClick={() => void runCommand('slide.duplicate', ctx)} title="Duplicate slide (Ctrl+D)">
        Duplicate
      </button>
      <button onClick={() => void runCommand('slide.delete', ctx)} title="Delete slide">
        Delete
      </button>
      <span className="toolbar-spacer" />
      <button onClick={() => void runCommand('present.fromStart', ctx)} title="Present from the start (F5)">
        ▶ Present
      </button>
      <button onClick={() => void runCommand('deck.export', ctx)} title="Export PDF">
        Export PDF
      </button>
      <button onClick={onHistory} title="Restore a previous version">
        History
      </button>
      <button onClick={onPalette} title="All commands (Ctrl+Shift+P)">
        ⌘
      </button>
      <SaveStatus />
    </header>
  );
}
