// Speaker notes for the current slide, under the canvas.
import * as ops from '../../shared/deck/operations';
import { own } from '../../shared/ids';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';

export function NotesEditor() {
  const editor = useEditor();
  const slideId = useUiState((s) => s.currentSlideId);
  const notes = useDocumentState((s) => (slideId ? (own(s.deck?.slides, slideId)?.notes ?? '') : ''));
  const readOnly = useDocumentState((s) => s.readOnly);
  if (!slideId) return null;
  return (
    <label className="notes">
      <span className="muted small">Speaker notes</span>
      <textarea
        data-testid="notes"
        value={notes}
        readOnly={readOnly}
        placeholder="Notes for the presenter view and notes pages"
        onChange={(e) => editor.apply('Edit notes', (d) => ops.setSlideNotes(d, slideId, e.target.value), { coalesceKey: `notes.${slideId}` })}
      />
    </label>
  );
}
