// The widget palette: drag a kind onto a slot (mouse, touch, or keyboard: Space to pick up,
// arrows to move between slots, Space to drop), or click it or press Enter to put it in the
// selected slot (or the first free slot that takes it).
import { useDraggable } from '@dnd-kit/core';
import * as ops from '../../shared/deck/operations';
import { getLayout } from '../../shared/layouts';
import { slotTakes, widgetKindName, type WidgetKind } from '../../shared/widgets';
import { WIDGET_MODULES } from '../widgets/registry';
import type { DragData } from './dnd';
import { own } from '../../shared/ids';
import type { Editor } from '../store/editor';
import { useDocumentState, useEditor } from '../store/EditorContext';
import { keyLabel } from '../commands/registry';

/** Puts a new widget of `kind` on the current slide: in the selected slot when it is empty, else
 * in the first free slot that takes it (so one click after another adds one widget after
 * another, though each new one is selected), else in place of the selected slot's widget,
 * saying so (that is how a person replaces one: select it, then choose the kind). */
export function insertIntoCurrentSlide(editor: Editor, kind: WidgetKind): void {
  const deck = editor.document.getState().deck;
  const { currentSlideId, selectedSlotId, say, selectSlot } = editor.ui.getState();
  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  if (!deck || !slide) return;
  const layout = getLayout(slide.layoutId);
  const isFree = (slotId: string) => (own(slide.slots, slotId) ?? null) === null;
  const selected = layout.slots.find((s) => s.id === selectedSlotId && slotTakes(s, kind));
  const target = (selected && isFree(selected.id) ? selected : undefined) ?? layout.slots.find((s) => isFree(s.id) && slotTakes(s, kind)) ?? selected;
  const name = widgetKindName(kind).toLowerCase();
  if (!target) {
    say(`No free slot on this slide takes a ${name} widget; change the layout or select a slot to replace.`);
    return;
  }
  const replacedId = own(slide.slots, target.id) ?? null;
  const replaced = replacedId ? own(deck.widgets, replacedId) : undefined;
  if (editor.apply(`Add ${name}`, (d) => ops.insertWidget(d, slide.id, target.id, kind)) === undefined) return;
  selectSlot(target.id);
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  if (replaced) say(`Replaced the ${widgetKindName(replaced.kind).toLowerCase()} widget with ${article} ${name} widget; ${keyLabel('edit.undo')} brings it back.`);
}

function PaletteItem({ kind, name, description, icon }: { kind: WidgetKind; name: string; description: string; icon: React.ReactNode }) {
  const editor = useEditor();
  const data: DragData = { type: 'palette', kind };
  const readOnly = useDocumentState((s) => s.readOnly);
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: `palette:${kind}`, data, disabled: readOnly });
  return (
    <li>
      <button
        ref={setNodeRef}
        className={`palette-item ${isDragging ? 'dragging' : ''}`}
        title={`${description}. Click or press Enter to add; drag onto a slot to choose where.`}
        data-testid={`palette-${kind}`}
        {...listeners}
        {...attributes}
        // A pointer's click (detail > 0) adds, as Enter does; a drag that ends here is no click
        // (dnd-kit starts dragging after 6 px), and Space is the keyboard's pick-up, not a click.
        onClick={(e) => {
          if (e.detail > 0) insertIntoCurrentSlide(editor, kind);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            insertIntoCurrentSlide(editor, kind);
          } else listeners?.onKeyDown?.(e);
        }}
      >
        <span className="palette-icon">{icon}</span>
        {name}
      </button>
    </li>
  );
}

export function Palette() {
  const readOnly = useDocumentState((s) => s.readOnly);
  return (
    <section className="palette" aria-label="Widgets">
      <h2>Widgets</h2>
      <fieldset className="read-only-fieldset" disabled={readOnly}>
        <ul>
          {WIDGET_MODULES.map((m) => (
            <PaletteItem key={m.kind} kind={m.kind} name={widgetKindName(m.kind)} description={m.description} icon={m.icon} />
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
