// Slide properties: title, layout, hidden. Typing coalesces into one undo step.
import * as ops from '../../shared/deck/operations';
import type { Slide } from '../../shared/deck/schema';
import { unplacedWidgets } from '../../shared/deck/placement';
import { LAYOUTS, getLayout } from '../../shared/layouts';
import { apply, useDocument } from '../store/documentStore';
import { useUi } from '../store/uiStore';
import { own } from '../../shared/ids';

/** Changes the layout (one undo step) and says when widgets are left without a slot. */
function changeLayout(slideId: string, layoutId: string): void {
  apply('Change layout', (d) => ops.setSlideLayout(d, slideId, layoutId));
  const deck = useDocument.getState().deck;
  const slide = own(deck?.slides, slideId);
  const waiting = deck && slide ? unplacedWidgets(deck, slide).length : 0;
  if (waiting > 0) {
    useUi.getState().say(`${waiting === 1 ? '1 widget has' : `${waiting} widgets have`} no slot in the ${getLayout(layoutId).name} layout: see “Not placed” under the slide (Ctrl+Z undoes).`);
  }
}

export function SlidePanel({ slide }: { slide: Slide }) {
  return (
    <div className="inspector-fields" aria-label="Slide properties">
      <label>
        Slide title
        <input
          data-testid="slide-title"
          value={slide.title}
          onChange={(e) => apply('Edit slide title', (d) => ops.setSlideTitle(d, slide.id, e.target.value), { coalesceKey: `title.${slide.id}` })}
        />
      </label>
      <label>
        Layout
        <select data-testid="slide-layout" value={slide.layoutId} onChange={(e) => changeLayout(slide.id, e.target.value)}>
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={slide.hidden} onChange={(e) => apply(e.target.checked ? 'Hide slide' : 'Show slide', (d) => ops.setSlideHidden(d, slide.id, e.target.checked))} />
        Hidden when presenting (backup slide)
      </label>
    </div>
  );
}
