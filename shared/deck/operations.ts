// Deck operations: pure functions that change a deck. They mutate the draft they are
// given, so the renderer runs them inside apply(label, recipe) (immer records patches),
// and Node code runs them through produce() in `withDeck`. One concept: the document.
import { getLayout } from '../layouts';
import { newId, own } from '../ids';
import { plainCopy } from './plainCopy';
import { DEFAULT_LANGUAGE } from '../format/language';
import { defaultWidget, slotTakes, type Widget, type WidgetKind } from '../widgets';
import { CURRENT_SCHEMA_VERSION, DECK_FORMAT, type Deck, type Slide } from './schema';

/** A new deck with a title slide; `language` is the system's where a host knows it. */
export function createDeck(title: string, author = '', language = DEFAULT_LANGUAGE): Deck {
  const deck: Deck = {
    format: DECK_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId('deck'),
    meta: { title, subtitle: '', author, organisation: '', date: '', marking: null, countryNames: {}, slideNumbers: false, transition: 'none', language },
    themeId: 'briefing',
    organisationTheme: null,
    slideOrder: [],
    slides: {},
    widgets: {},
    datasets: {},
    assets: {},
  };
  addSlide(deck, 'title', 0, title);
  return deck;
}

export function makeSlide(layoutId: string, title = ''): Slide {
  const layout = getLayout(layoutId);
  const slots: Record<string, string | null> = {};
  for (const slot of layout.slots) slots[slot.id] = null;
  return { id: newId('slide'), layoutId: layout.id, title, slots, notes: '', hidden: false, splits: {} };
}

/** Adds a slide at `index` (clamped) and returns its id. */
export function addSlide(deck: Deck, layoutId: string, index: number, title = ''): string {
  const slide = makeSlide(layoutId, title);
  deck.slides[slide.id] = slide;
  const at = Math.max(0, Math.min(index, deck.slideOrder.length));
  deck.slideOrder.splice(at, 0, slide.id);
  return slide.id;
}

function widgetIdsOf(slide: Slide): string[] {
  return Object.values(slide.slots).filter((w): w is string => w !== null);
}

/** Removes a slide and the widgets only it uses. */
export function deleteSlide(deck: Deck, slideId: string): void {
  const slide = own(deck.slides, slideId);
  if (!slide) return;
  for (const w of widgetIdsOf(slide)) delete deck.widgets[w];
  delete deck.slides[slideId];
  deck.slideOrder = deck.slideOrder.filter((id) => id !== slideId);
}

function cloneWidget(deck: Deck, widgetId: string): string | null {
  const w = own(deck.widgets, widgetId);
  if (!w) return null;
  const copy = plainCopy(w);
  copy.id = newId('w');
  deck.widgets[copy.id] = copy;
  return copy.id;
}

/** Duplicates a slide (with copies of its widgets) right after it; returns the new id. */
export function duplicateSlide(deck: Deck, slideId: string): string | null {
  const slide = own(deck.slides, slideId);
  if (!slide) return null;
  const copy: Slide = { ...plainCopy(slide), id: newId('slide') };
  for (const [slotId, widgetId] of Object.entries(copy.slots)) {
    copy.slots[slotId] = widgetId === null ? null : cloneWidget(deck, widgetId);
  }
  deck.slides[copy.id] = copy;
  deck.slideOrder.splice(deck.slideOrder.indexOf(slideId) + 1, 0, copy.id);
  return copy.id;
}

export function moveSlide(deck: Deck, slideId: string, toIndex: number): void {
  const from = deck.slideOrder.indexOf(slideId);
  if (from < 0) return;
  deck.slideOrder.splice(from, 1);
  const at = Math.max(0, Math.min(toIndex, deck.slideOrder.length));
  deck.slideOrder.splice(at, 0, slideId);
}

/** Changes the layout. Widgets in slots the new layout lacks stay in the slide's slot map
 * (not drawn) so switching back restores them; empty slots of the new layout are added. */
export function setSlideLayout(deck: Deck, slideId: string, layoutId: string): void {
  const slide = own(deck.slides, slideId);
  if (!slide) return;
  const layout = getLayout(layoutId);
  slide.layoutId = layout.id;
  const orphans = Object.entries(slide.slots).filter(
    ([slotId, w]) => w !== null && !layout.slots.some((s) => s.id === slotId),
  );
  for (const slot of layout.slots) {
    if (!Object.hasOwn(slide.slots, slot.id)) slide.slots[slot.id] = null;
  }
  // Move orphaned widgets into free accepting slots, so a layout change never hides content
  // that could be shown.
  for (const [slotId, widgetId] of orphans) {
    const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
    if (!widget) continue;
    const free = layout.slots.find((s) => own(slide.slots, s.id) === null && slotTakes(s, widget.kind));
    if (free) {
      slide.slots[free.id] = widgetId;
      delete slide.slots[slotId];
    }
  }
}

export function setSlideTitle(deck: Deck, slideId: string, title: string): void {
  const slide = own(deck.slides, slideId);
  if (slide) slide.title = title;
}

/** Sets the shares of a slide's columns and rows in its layout (shared/layouts/splits.ts). */
export function setSlideSplit(deck: Deck, slideId: string, layoutId: string, split: { cols: number[]; rows: number[] }): void {
  const slide = own(deck.slides, slideId);
  if (slide) slide.splits = { ...slide.splits, [layoutId]: { cols: [...split.cols], rows: [...split.rows] } };
}

export function setSlideNotes(deck: Deck, slideId: string, notes: string): void {
  const slide = own(deck.slides, slideId);
  if (slide) slide.notes = notes;
}

export function setSlideHidden(deck: Deck, slideId: string, hidden: boolean): void {
  const slide = own(deck.slides, slideId);
  if (slide) slide.hidden = hidden;
}

export function setDeckTitle(deck: Deck, title: string): void {
  deck.meta.title = title;
}

/** Puts a new widget of `kind` into a slot, replacing (and deleting) what was there. */
export function insertWidget(deck: Deck, slideId: string, slotId: string, kind: WidgetKind): string | null {
  const slide = own(deck.slides, slideId);
  if (!slide) return null;
  const widget = defaultWidget(kind, newId('w'));
  return placeWidget(deck, slideId, slotId, widget);
}

/** Places a given widget (e.g. pasted) into a slot, replacing what was there. */
export function placeWidget(deck: Deck, slideId: string, slotId: string, widget: Widget): string | null {
  const slide = own(deck.slides, slideId);
  if (!slide) return null;
  const old = own(slide.slots, slotId);
  if (old) delete deck.widgets[old];
  const copy = plainCopy(widget);
  if (Object.hasOwn(deck.widgets, copy.id)) copy.id = newId('w');
  deck.widgets[copy.id] = copy;
  slide.slots[slotId] = copy.id;
  return copy.id;
}

/** An empty slot the layout lacks (a not-placed widget was put back or deleted) goes away. */
function forgetEmptyOldSlot(slide: Slide, slotId: string): void {
  if (own(slide.slots, slotId) === null && !getLayout(slide.layoutId).slots.some((s) => s.id === slotId)) delete slide.slots[slotId];
}

/** Deletes the widget in a slot (a layout slot, or one a not-placed widget keeps). */
export function deleteWidgetAt(deck: Deck, slideId: string, slotId: string): void {
  const slide = own(deck.slides, slideId);
  const widgetId = own(slide?.slots, slotId);
  if (!slide || !widgetId) return;
  delete deck.widgets[widgetId];
  slide.slots[slotId] = null;
  forgetEmptyOldSlot(slide, slotId);
}

/** Moves the widget in (fromSlide, fromSlot) to (toSlide, toSlot); a widget already there
 * swaps into the source slot. fromSlot may be one the layout lacks (placing a not-placed widget). */
export function moveWidget(deck: Deck, fromSlide: string, fromSlot: string, toSlide: string, toSlot: string): void {
  const a = own(deck.slides, fromSlide);
  const b = own(deck.slides, toSlide);
  if (!a || !b) return;
  if (fromSlide === toSlide && fromSlot === toSlot) return;
  const moving = own(a.slots, fromSlot) ?? null;
  if (moving === null) return;
  const displaced = own(b.slots, toSlot) ?? null;
  b.slots[toSlot] = moving;
  a.slots[fromSlot] = displaced;
  forgetEmptyOldSlot(a, fromSlot);
}

/** Moves a widget to the first free slot of another slide that accepts its kind.
 * Returns the slot used, or null when the target has no room. */
export function moveWidgetToSlide(deck: Deck, fromSlide: string, fromSlot: string, toSlide: string): string | null {
  const a = own(deck.slides, fromSlide);
  const b = own(deck.slides, toSlide);
  const widgetId = own(a?.slots, fromSlot);
  if (!a || !b || !widgetId || fromSlide === toSlide) return null;
  const widget = own(deck.widgets, widgetId);
  if (!widget) return null;
  const free = getLayout(b.layoutId).slots.find((s) => (own(b.slots, s.id) ?? null) === null && slotTakes(s, widget.kind));
  if (!free) return null;
  b.slots[free.id] = widgetId;
  a.slots[fromSlot] = null;
  forgetEmptyOldSlot(a, fromSlot);
  return free.id;
}

/** Replaces a widget's props (the inspector edits through this). */
export function updateWidget(deck: Deck, widgetId: string, change: (w: Widget) => void): void {
  const w = own(deck.widgets, widgetId);
  if (w) change(w);
}

/** Where a widget sits, or null. */
export function findWidgetSlot(deck: Deck, widgetId: string): { slideId: string; slotId: string } | null {
  for (const slideId of deck.slideOrder) {
    const slide = own(deck.slides, slideId);
    if (!slide) continue;
    for (const [slotId, w] of Object.entries(slide.slots)) if (w === widgetId) return { slideId, slotId };
  }
  return null;
}
