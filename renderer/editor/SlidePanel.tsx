// Slide properties: title, layout, hidden. Typing coalesces into one undo step.
import * as ops from '../../shared/deck/operations';
import type { Slide } from '../../shared/deck/schema';
import { LAYOUTS } from '../../shared/layouts';
import { apply } from '../store/documentStore';

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
        <select data-testid="slide-layout" value={slide.layoutId} onChange={(e) => apply('Change layout', (d) => ops.setSlideLayout(d, slide.id, e.target.value))}>
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
