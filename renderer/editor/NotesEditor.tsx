// Speaker notes for the current slide, under the canvas.
import * as ops from '../../shared/deck/operations';
import { apply, useDocument } from '../store/documentStore';
import { useUi } from '../store/uiStore';
import { own } from '../../shared/ids';

export function NotesEditor() {
  const slideId = useUi((s) => s.currentSlideId);
  const notes = useDocument((s) => (slideId ? (own(s.deck?.slides, slideId)?.notes ?? '') : ''));
  if (!slideId) return null;
  return (
    <label className="notes">
      <span className="muted small">Speaker notes</span>
      <textarea
        data-testid="notes"
        value={notes}
        placeholder="Notes for the presenter view and notes pages"
        onChange={(e) => apply('Edit notes', (d) => ops.setSlideNotes(d, slideId, e.target.value), { coalesceKey: `notes.${slideId}` })}
      />
    </label>
  );
}
