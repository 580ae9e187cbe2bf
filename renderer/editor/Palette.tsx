// The widget palette: drag a kind onto a slot (mouse, touch, or keyboard: Space to pick up,
// arrows to move between slots, Space to drop), or press Enter to put it in the selected
// slot (or the first free slot that takes it).
import { useDraggable } from '@dnd-kit/core';
import * as ops from '../../shared/deck/operations';
import { getLayout } from '../../shared/layouts';
import { slotTakes, widgetKindName, type WidgetKind } from '../../shared/widgets';
import { WIDGET_MODULES } from '../widgets/registry';
import type { DragData } from './dnd';
import { own } from '../../shared/ids';
import type { Editor } from '../store/editor';
import { useDocumentState, useEditor } from '../store/EditorContext';

export function insertIntoCurrentSlide(editor: Editor, kind: WidgetKind): void {
  const deck = editor.document.getState().deck;
  const { currentSlideId, selectedSlotId, say, selectSlot } = editor.ui.getState();
  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  if (!slide) return;
  const layout = getLayout(slide.layoutId);
  const target =
    layout.slots.find((s) => s.id === selectedSlotId && slotTakes(s, kind)) ??
    layout.slots.find((s) => (own(slide.slots, s.id) ?? null) === null && slotTakes(s, kind));
  if (!target) {
    say(`No free slot on this slide takes a ${widgetKindName(kind).toLowerCase()} widget; change the layout or select a slot to replace.`);
    return;
  }
  editor.apply(`Add ${widgetKindName(kind).toLowerCase()}`, (d) => ops.insertWidget(d, slide.id, target.id, kind));
  selectSlot(target.id);
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
        title={`${description}. Drag onto a slot, or press Enter to add.`}
        data-testid={`palette-${kind}`}
        {...listeners}
        {...attributes}
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
