// Slide properties: title, layout, hidden. Typing coalesces into one undo step.
import * as ops from '../../shared/deck/operations';
import type { Slide } from '../../shared/deck/schema';
import { unplacedWidgets } from '../../shared/deck/placement';
import { LAYOUTS, getLayout } from '../../shared/layouts';
import { own } from '../../shared/ids';
import type { Editor } from '../store/editor';
import { useDocumentState, useEditor } from '../store/EditorContext';
import { setPortionMarking } from '../../shared/markings/edits';
import { AudienceChoices } from '../markings/AudienceChoices';
import { PortionMarkingFields } from '../markings/PortionMarkingFields';
import { editSlideTitle } from './slideTitle';
import { SplitFields } from './SplitFields';
import { plural } from '../../shared/format/plural';

/** Changes the layout (one undo step) and says when widgets are left without a slot. */
function changeLayout(editor: Editor, slideId: string, layoutId: string): void {
  editor.apply('Change layout', (d) => ops.setSlideLayout(d, slideId, layoutId));
  const deck = editor.document.getState().deck;
  const slide = own(deck?.slides, slideId);
  const waiting = deck && slide ? unplacedWidgets(deck, slide).length : 0;
  if (waiting > 0) {
    const layout = getLayout(layoutId).name;
    editor.ui.getState().say(
      plural(waiting, {
        one: `# widget has no slot in the ${layout} layout: see “Not placed” under the slide (Ctrl+Z undoes).`,
        other: `# widgets have no slot in the ${layout} layout: see “Not placed” under the slide (Ctrl+Z undoes).`,
      }),
    );
  }
}

export function SlidePanel({ slide }: { slide: Slide }) {
  const editor = useEditor();
  const deck = useDocumentState((s) => s.deck);
  const marking = deck?.meta.marking ?? null;
  return (
    <div className="inspector-fields" aria-label="Slide properties">
      <label>
        Slide title
        <input
          data-testid="slide-title"
          value={slide.title}
          onChange={(e) => editSlideTitle(editor, slide.id, e.target.value)}
        />
      </label>
      <label>
        Layout
        <select data-testid="slide-layout" value={slide.layoutId} onChange={(e) => changeLayout(editor, slide.id, e.target.value)}>
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <SplitFields slide={slide} />
      <label className="check">
        <input type="checkbox" checked={slide.hidden} onChange={(e) => editor.apply(e.target.checked ? 'Hide slide' : 'Show slide', (d) => ops.setSlideHidden(d, slide.id, e.target.checked))} />
        Hidden when presenting (backup slide)
      </label>
      {deck && marking && (
        <>
          <PortionMarkingFields
            marking={marking}
            value={slide.titleMarking}
            legend="Marking of the title"
            testId="title-marking"
            onChange={(next) => editor.apply('Mark slide title', (d) => setPortionMarking(d, { slideId: slide.id, part: 'title' }, next))}
          />
          <PortionMarkingFields
            marking={marking}
            value={slide.notesMarking}
            legend="Marking of the speaker notes"
            testId="notes-marking"
            onChange={(next) => editor.apply('Mark speaker notes', (d) => setPortionMarking(d, { slideId: slide.id, part: 'notes' }, next))}
          />
          <AudienceChoices deck={deck} targetId={slide.id} portion={slide.titleMarking} what="slide" />
        </>
      )}
    </div>
  );
}
