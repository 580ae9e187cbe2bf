// Duplicating a widget and moving it to another slide (widget.duplicate, widget.moveToSlide,
// and a widget dragged onto a slide in the list). Neither ever replaces a widget: with no free
// slot that takes it, the person is told so and nothing changes. Each is one undo step.
import * as ops from '../../shared/deck/operations';
import { freeSlotFor } from '../../shared/deck/placement';
import { own } from '../../shared/ids';
import { getLayout } from '../../shared/layouts';
import { widgetKindName } from '../../shared/widgets';
import type { Editor } from './editor';
import { currentSelection } from './selection';

const slotName = (layoutId: string, slotId: string) => getLayout(layoutId).slots.find((s) => s.id === slotId)?.name ?? slotId;

/** A copy of the selected widget in an empty slot of the same slide that takes it. */
export function duplicateSelectedWidget(editor: Editor): void {
  const say = (text: string) => editor.ui.getState().say(text);
  const { slide, widget, slotId } = currentSelection(editor);
  if (!slide || !widget || !slotId) return;
  const kind = widgetKindName(widget.kind).toLowerCase();
  const target = freeSlotFor(slide, widget.kind);
  if (!target) return say(`“${slide.title || 'This slide'}” has no empty slot that takes a ${kind}; nothing was duplicated. Empty a slot, or copy the widget and paste it on another slide.`);
  editor.apply('Duplicate widget', (d) => ops.placeWidget(d, slide.id, target, widget));
  editor.ui.getState().selectSlot(target);
  say(`Duplicated the ${kind} into “${slotName(slide.layoutId, target)}”`);
}

/** Moves the widget in (fromSlide, fromSlot) to the first free slot of `toSlide` that takes it. */
export function moveWidgetToSlide(editor: Editor, fromSlide: string, fromSlot: string, toSlide: string): void {
  const say = (text: string) => editor.ui.getState().say(text);
  const deck = editor.deck;
  const target = own(deck?.slides, toSlide);
  const widgetId = own(own(deck?.slides, fromSlide)?.slots, fromSlot);
  const widget = widgetId ? own(deck?.widgets, widgetId) : undefined;
  if (!deck || !target || !widget) return;
  const number = deck.slideOrder.indexOf(toSlide) + 1;
  const where = `slide ${number} “${target.title || 'Untitled'}”`;
  if (!freeSlotFor(target, widget.kind)) return say(`${where[0]!.toUpperCase()}${where.slice(1)} has no free slot for this widget; nothing was moved.`);
  editor.apply('Move widget to slide', (d) => ops.moveWidgetToSlide(d, fromSlide, fromSlot, toSlide));
  say(`Moved the ${widgetKindName(widget.kind).toLowerCase()} to ${where}`);
}
