// The "Not placed" tray under the canvas: widgets the slide keeps in slots its layout does
// not have (after a layout change). They stay in sight here, never invisible: pick one to
// edit it, put it in a slot (the list, or drag it onto one) or delete it; each is one undo
// step. Presenting and the PDF leave them out, and the export preflight names them.
import { useDraggable } from '@dnd-kit/core';
import * as ops from '../../shared/deck/operations';
import { unplacedWidgets } from '../../shared/deck/placement';
import type { Deck, Slide } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import { getLayout } from '../../shared/layouts';
import { slotTakes, widgetKindName, type Widget } from '../../shared/widgets';
import { widgetCaption } from '../../shared/widgets/label';
import { choosableDragAttributes, type DragData } from './dnd';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';

function TrayItem({ deck, slide, slotKey, widget }: { deck: Deck; slide: Slide; slotKey: string; widget: Widget }) {
  const editor = useEditor();
  const readOnly = useDocumentState((s) => s.readOnly);
  const selected = useUiState((s) => s.selectedSlotId === slotKey);
  const drag: DragData = { type: 'widget', kind: widget.kind, slideId: slide.id, slotId: slotKey };
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: `unplaced:${slide.id}:${slotKey}`, data: drag, disabled: readOnly });
  const kind = widgetKindName(widget.kind);
  const caption = widgetCaption(widget);
  const name = caption ? `${kind} “${caption}”` : kind;
  const targets = getLayout(slide.layoutId).slots.filter((s) => slotTakes(s, widget.kind));
  return (
    <li className={`unplaced-item ${isDragging ? 'dragging' : ''}`} data-widget-id={widget.id}>
      <button
        ref={setNodeRef}
        type="button"
        className="unplaced-chip"
        {...listeners}
        {...choosableDragAttributes(attributes, readOnly)}
        aria-pressed={selected}
        aria-label={readOnly ? `${name}: select to see it` : `${name}: select to edit, or drag onto a slot`}
        onClick={() => editor.ui.getState().selectSlot(slotKey)}
      >
        {readOnly ? name : `⠿ ${name}`}
      </button>
      <select
        aria-label={`Put ${name} in a slot`}
        disabled={readOnly}
        value=""
        onChange={(e) => {
          const to = e.target.value;
          if (!to) return;
          editor.apply('Place widget', (d) => ops.moveWidget(d, slide.id, slotKey, slide.id, to));
          editor.ui.getState().selectSlot(to);
        }}
      >
        <option value="">Put in slot…</option>
        {targets.map((t) => {
          const there = own(deck.widgets, own(slide.slots, t.id));
          return (
            <option key={t.id} value={t.id}>
              {t.name}
              {there ? ` (the ${widgetKindName(there.kind).toLowerCase()} there comes here)` : ''}
            </option>
          );
        })}
      </select>
      <button type="button" aria-label={`Delete ${name}`} disabled={readOnly} onClick={() => editor.apply('Delete widget', (d) => ops.deleteWidgetAt(d, slide.id, slotKey))}>
        Delete
      </button>
    </li>
  );
}

export function UnplacedTray({ deck, slide }: { deck: Deck; slide: Slide }) {
  const items = unplacedWidgets(deck, slide);
  if (items.length === 0) return null;
  const layout = getLayout(slide.layoutId);
  return (
    <section className="unplaced-tray" aria-labelledby="unplaced-tray-title" data-testid="unplaced-tray">
      <h2 id="unplaced-tray-title">
        Not placed ({items.length}): no slot in the “{layout.name}” layout, so not shown when presenting or in the PDF
      </h2>
      <ul>
        {items.map(({ slotKey, widgetId }) => (
          <TrayItem key={slotKey} deck={deck} slide={slide} slotKey={slotKey} widget={own(deck.widgets, widgetId)!} />
        ))}
      </ul>
    </section>
  );
}
