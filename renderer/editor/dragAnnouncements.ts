// What a screen reader hears during a drag (dnd-kit's live region): slide titles and slot
// names, never the internal ids that dnd-kit would read out by default.
import type { Announcements } from '@dnd-kit/core';
import { getLayout } from '../../shared/layouts';
import { widgetKindName } from '../../shared/widgets';
import type { Deck } from '../../shared/deck/schema';
import type { DragData, DropData } from './dnd';
import { own } from '../../shared/ids';

function slideName(deck: Deck | null, slideId: string): string {
  const slide = own(deck?.slides, slideId);
  const n = deck ? deck.slideOrder.indexOf(slideId) + 1 : 0;
  return `slide ${n} “${slide?.title || 'Untitled'}”`;
}

function slotName(deck: Deck | null, slideId: string, slotId: string): string {
  const slide = own(deck?.slides, slideId);
  return slide ? (getLayout(slide.layoutId).slots.find((s) => s.id === slotId)?.name ?? 'a slot') : 'a slot';
}

function what(deck: Deck | null, drag: DragData | undefined): string {
  if (!drag) return 'the item';
  if (drag.type === 'slide') return slideName(deck, drag.slideId);
  const kind = widgetKindName(drag.kind).toLowerCase();
  return drag.type === 'palette' ? `a new ${kind}` : `the ${kind} from “${slotName(deck, drag.slideId, drag.slotId)}”`;
}

function where(deck: Deck | null, drop: DropData | undefined, drag: DragData | undefined): string {
  if (!drop) return 'no drop target';
  if (drop.type === 'slot') return `“${slotName(deck, drop.slideId, drop.slotId)}” on ${slideName(deck, drop.slideId)}`;
  return drag?.type === 'slide' ? `the place of ${slideName(deck, drop.slideId)}` : slideName(deck, drop.slideId);
}

type Data = { data: { current?: unknown } };
const dragOf = (a: Data) => a.data.current as DragData | undefined;
const dropOf = (o: Data | null) => (o?.data.current as DropData | undefined) ?? undefined;

/** What is read out while dragging, named from the deck as it is then (the editor's). */
export function dragAnnouncements(deckNow: () => Deck | null): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${what(deckNow(), dragOf(active))}. Use the arrow keys to move, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `Over ${where(deckNow(), dropOf(over), dragOf(active))}.` : 'Not over a drop target.'),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${what(deckNow(), dragOf(active))} on ${where(deckNow(), dropOf(over), dragOf(active))}.` : 'Dropped outside any slot; nothing changed.'),
    onDragCancel: ({ active }) => `Moving ${what(deckNow(), dragOf(active))} was cancelled; nothing changed.`,
  };
}
