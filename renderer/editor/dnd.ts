// Drag-and-drop data shapes and the drop rule, shared by the palette, the canvas slots and
// the slide list. Every drop is one editor.apply() = one undo step.
import type { Active, DraggableAttributes, Over } from '@dnd-kit/core';
import * as ops from '../../shared/deck/operations';
import { slotTakes, widgetKindName, type SlotRole, type WidgetKind } from '../../shared/widgets';
import type { Editor } from '../store/editor';
import { moveWidgetToSlide } from '../store/widgetCommands';

export type DragData =
  | { type: 'palette'; kind: WidgetKind }
  | { type: 'widget'; kind: WidgetKind; slideId: string; slotId: string }
  | { type: 'slide'; slideId: string };

export type DropData = { type: 'slot'; slideId: string; slotId: string; role?: SlotRole } | { type: 'slide'; slideId: string };

/** dnd-kit's attributes for an item that is also chosen by a click (a slide row, a tray chip).
 * A read-only deck disables the drag, and dnd-kit would then mark the item aria-disabled: it is
 * still choosable, so it is not disabled, and no "draggable" role or drag instructions are
 * announced. */
export function choosableDragAttributes(attributes: DraggableAttributes, readOnly: boolean): Partial<DraggableAttributes> {
  const shown: Partial<DraggableAttributes> = { ...attributes };
  delete shown['aria-disabled'];
  if (readOnly) {
    delete shown['aria-roledescription'];
    delete shown['aria-describedby'];
  }
  return shown;
}

export function dragKind(active: Active | null): WidgetKind | null {
  const d = active?.data.current as DragData | undefined;
  return d && d.type !== 'slide' ? d.kind : null;
}

/** Whether `drag` may land on `drop` (slots highlight only for kinds they accept). */
export function canDrop(drag: DragData | undefined, drop: DropData | undefined): boolean {
  if (!drag || !drop) return false;
  if (drag.type === 'slide') return drop.type === 'slide';
  if (drop.type === 'slot') return slotTakes(drop, drag.kind);
  if (drag.type === 'widget') return drop.slideId !== drag.slideId;
  return false;
}

/** Carries out a drop on `editor`'s deck. */
export function handleDrop(editor: Editor, active: Active, over: Over | null): void {
  const drag = active.data.current as DragData | undefined;
  const drop = over?.data.current as DropData | undefined;
  if (!drag || !drop || !canDrop(drag, drop)) return;
  const ui = editor.ui.getState();
  if (drag.type === 'slide' && drop.type === 'slide') {
    const deck = editor.document.getState().deck;
    const to = deck?.slideOrder.indexOf(drop.slideId) ?? -1;
    if (to >= 0 && drop.slideId !== drag.slideId) editor.apply('Move slide', (d) => ops.moveSlide(d, drag.slideId, to));
    return;
  }
  if (drag.type === 'palette' && drop.type === 'slot') {
    editor.apply(`Add ${widgetKindName(drag.kind).toLowerCase()}`, (d) => ops.insertWidget(d, drop.slideId, drop.slotId, drag.kind));
    ui.selectSlide(drop.slideId);
    ui.selectSlot(drop.slotId);
    return;
  }
  if (drag.type === 'widget' && drop.type === 'slot') {
    if (drag.slideId === drop.slideId && drag.slotId === drop.slotId) return;
    editor.apply('Move widget', (d) => ops.moveWidget(d, drag.slideId, drag.slotId, drop.slideId, drop.slotId));
    ui.selectSlot(drop.slotId);
    return;
  }
  if (drag.type === 'widget' && drop.type === 'slide') moveWidgetToSlide(editor, drag.slideId, drag.slotId, drop.slideId);
}
