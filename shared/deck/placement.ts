// Which widgets a slide shows, and which it holds without a place. A layout change keeps
// widgets whose slot the new layout lacks (switching back restores them); they are "not
// placed": the editor shows them in a tray on the slide, presenting and the PDF leave them
// out, and the export preflight names each one (issue 11: they used to vanish unseen).
import { own } from '../ids';
import { getLayout } from '../layouts';
import { slotTakes, type WidgetKind } from '../widgets';
import type { Deck, Slide } from './schema';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './constants';

export interface UnplacedWidget {
  /** The slot id it was in, which the current layout does not have. */
  slotKey: string;
  widgetId: string;
}

/** Widgets in the layout's slots, in layout order. */
export function placedWidgetIds(slide: Slide): string[] {
  return getLayout(slide.layoutId)
    .slots.map((s) => own(slide.slots, s.id) ?? null)
    .filter((w): w is string => w !== null);
}

/** Widgets the slide keeps in slots its layout does not have (only ones that exist). */
export function unplacedWidgets(deck: Deck, slide: Slide): UnplacedWidget[] {
  const layoutSlots = new Set(getLayout(slide.layoutId).slots.map((s) => s.id));
  return Object.entries(slide.slots)
    .filter(([key, w]) => !layoutSlots.has(key) && w !== null && own(deck.widgets, w) !== undefined)
    .map(([slotKey, widgetId]) => ({ slotKey, widgetId: widgetId as string }));
}

/** A slot's size in logical slide px (1920 x 1080 for an unknown slot: the whole slide). */
export function slotSize(layoutId: string, slotId: string | null): { width: number; height: number } {
  const rect = getLayout(layoutId).slots.find((s) => s.id === slotId)?.rect;
  return rect ? { width: rect.w * SLIDE_WIDTH, height: rect.h * SLIDE_HEIGHT } : { width: SLIDE_WIDTH, height: SLIDE_HEIGHT };
}

/** The size of the slot a widget sits in (the whole slide if it sits in none). */
export function widgetSlotSize(deck: Deck, widgetId: string): { width: number; height: number } {
  for (const slide of Object.values(deck.slides)) {
    const slot = Object.entries(slide.slots).find(([, w]) => w === widgetId);
    if (slot) return slotSize(slide.layoutId, slot[0]);
  }
  return slotSize('', null);
}

/** The slot `preferred` if it is empty and takes `kind`, else the first empty slot that does;
 * null when the slide has no room (pasting, duplicating and moving a widget never replace one). */
export function freeSlotFor(slide: Slide, kind: WidgetKind, preferred: string | null = null): string | null {
  const slots = getLayout(slide.layoutId).slots.filter((s) => slotTakes(s, kind) && (own(slide.slots, s.id) ?? null) === null);
  return (slots.find((s) => s.id === preferred) ?? slots[0])?.id ?? null;
}
