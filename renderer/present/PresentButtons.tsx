// The toolbar's two ways to start presenting, side by side as PowerPoint and Keynote have
// them: from the beginning, and from the slide being edited (which names its number).
// Both are plain buttons in one group, so each is a Tab stop and Enter or Space starts it.
// Each name contains its visible text (the ▶ is drawn by CSS), as speech input needs.
// A deck with audiences adds a picker: whose version is presented (default: the full deck).
import { useCommands } from '../commands/CommandsContext';
import { tooltip, type CommandContext } from '../commands/registry';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';
import type { Audience } from '../../shared/markings/types';

const NO_AUDIENCES: readonly Audience[] = [];

export function PresentButtons({ ctx }: { ctx: CommandContext }) {
  const commands = useCommands();
  const currentId = useUiState((s) => s.currentSlideId);
  const current = useDocumentState((s) => (s.deck && currentId ? s.deck.slideOrder.indexOf(currentId) + 1 : 0));
  const audiences = useDocumentState((s) => s.deck?.meta.marking?.audiences ?? NO_AUDIENCES);
  const chosen = useUiState((s) => s.presentAudience);
  const editor = useEditor();
  const value = audiences.some((a) => a.id === chosen) ? (chosen ?? '') : '';
  return (
    <div className="present-buttons" role="group" aria-label="Present">
      {audiences.length > 0 && (
        <select className="present-for" data-testid="present-audience" aria-label="Present for" title="Whose version is presented" value={value} onChange={(e) => editor.ui.getState().setPresentAudience(e.target.value || null)}>
          <option value="">Full deck (author)</option>
          {audiences.map((a) => (
            <option key={a.id} value={a.id}>
              For {a.name}
            </option>
          ))}
        </select>
      )}
      <button className="present-start" onClick={() => void commands.run('present.fromStart', ctx)} title={tooltip('present.fromStart')} aria-label="Present from beginning">
        Present
      </button>
      <button
        className="present-current"
        onClick={() => void commands.run('present.fromCurrent', ctx)}
        title={tooltip('present.fromCurrent')}
        aria-label={current > 0 ? `Present from slide ${current}` : 'Present from current slide'}
        disabled={current < 1}
      >
        From slide {current > 0 ? current : '–'}
      </button>
    </div>
  );
}
