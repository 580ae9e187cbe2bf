// What is selected in an editor, read from its document and selection state together: the deck,
// the slide on the canvas, the selected slot and the widget in it.
import type { Deck, Slide } from '../../shared/deck/schema';
import { own } from '../../shared/ids';
import type { Widget } from '../../shared/widgets';
import type { Editor } from './editor';

export interface Selection {
  deck: Deck | null;
  slide: Slide | undefined;
  slotId: string | null;
  widgetId: string | null;
  widget: Widget | undefined;
  focus: 'canvas' | 'slides';
}

export function currentSelection(editor: Editor): Selection {
  const deck = editor.deck;
  const { currentSlideId, selectedSlotId, focus } = editor.ui.getState();
  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  const widgetId = slide && selectedSlotId ? (own(slide.slots, selectedSlotId) ?? null) : null;
  const widget = deck && widgetId ? own(deck.widgets, widgetId) : undefined;
  return { deck, slide, slotId: selectedSlotId, widgetId, widget, focus };
}
