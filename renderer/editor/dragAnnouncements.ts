// What a screen reader hears during a drag (dnd-kit's live region): slide titles and slot
// names, never the internal ids that dnd-kit would read out by default.
import type { Announcements } from '@dnd-kit/core';
import { getLayout } from '../../shared/layouts';
import { WIDGET_KIND_NAMES } from '../../shared/widgets';
import { useDocument } from '../store/documentStore';
import type { DragData, DropData } from './dnd';
import { own } from '../../shared/ids';

function slideName(slideId: string): string {
  const deck = useDocument.getState().deck;
  const slide = own(deck?.slides, slideId);
  const n = deck ? deck.slideOrder.indexOf(slideId) + 1 : 0;
  return `slide ${n} “${slide?.title || 'Untitled'}”`;
}

function slotName(slideId: string, slotId: string): string {
  const slide = own(useDocument.getState().deck?.slides, slideId);
  return slide ? (getLayout(slide.layoutId).slots.find((s) => s.id === slotId)?.name ?? 'a slot') : 'a slot';
}

function what(drag: DragData | undefined): string {
  if (!drag) return 'the item';
  if (drag.type === 'slide') return slideName(drag.slideId);
  const kind = WIDGET_KIND_NAMES[drag.kind].toLowerCase();
  return drag.type === 'palette' ? `a new ${kind}` : `the ${kind} from “${slotName(drag.slideId, drag.slotId)}”`;
}

function where(drop: DropData | undefined, drag: DragData | undefined): string {
  if (!drop) return 'no drop target';
  if (drop.type === 'slot') return `“${slotName(drop.slideId, drop.slotId)}” on ${slideName(drop.slideId)}`;
  return drag?.type === 'slide' ? `the place of ${slideName(drop.slideId)}` : slideName(drop.slideId);
}

type Data = { data: { current?: unknown } };
const dragOf = (a: Data) => a.data.current as DragData | undefined;
const dropOf = (o: Data | null) => (o?.data.current as DropData | undefined) ?? undefined;

export const dragAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${what(dragOf(active))}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
  onDragOver: ({ active, over }) => (over ? `Over ${where(dropOf(over), dragOf(active))}.` : 'Not over a drop target.'),
  onDragEnd: ({ active, over }) => (over ? `Dropped ${what(dragOf(active))} on ${where(dropOf(over), dragOf(active))}.` : 'Dropped outside any slot; nothing changed.'),
  onDragCancel: ({ active }) => `Moving ${what(dragOf(active))} was cancelled; nothing changed.`,
};
