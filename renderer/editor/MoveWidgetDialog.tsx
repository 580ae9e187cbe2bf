// Widget > Move widget to slide… (the context menu, the palette): the deck's other slides to
// choose from, searchable by number and title, each saying whether it has a free slot for the
// widget. Choosing one moves the widget there as one undo step (store/widgetCommands.ts).
import { useMemo, useState } from 'react';
import { freeSlotFor } from '../../shared/deck/placement';
import { own } from '../../shared/ids';
import { widgetKindName } from '../../shared/widgets';
import type { Editor } from '../store/editor';
import { useDocumentState } from '../store/EditorContext';
import { currentSelection } from '../store/selection';
import { moveWidgetToSlide } from '../store/widgetCommands';
import { PickerDialog, type PickerItem } from '../ui/PickerDialog';

export function MoveWidgetDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  // The widget selected when the command ran: where it is stays fixed while the dialog is open.
  const [moving] = useState(() => {
    const { slide, slotId } = currentSelection(editor);
    return slide && slotId ? { slideId: slide.id, slotId } : null;
  });
  const deck = useDocumentState((s) => s.deck);
  const widgetId = moving ? own(own(deck?.slides, moving.slideId)?.slots, moving.slotId) : undefined;
  const widget = widgetId ? own(deck?.widgets, widgetId) : undefined;
  const items = useMemo((): PickerItem[] => {
    if (!deck || !moving || !widget) return [];
    return deck.slideOrder.flatMap((id, i) => {
      const slide = own(deck.slides, id);
      if (!slide || id === moving.slideId) return [];
      const title = slide.title || 'Untitled';
      const room = freeSlotFor(slide, widget.kind) !== null;
      const content = (
        <>
          {`${i + 1}. ${title}`}
          <span className="muted small">{room ? 'has a free slot' : 'no free slot'}</span>
        </>
      );
      return [{ key: id, text: `${i + 1} ${title}`, content }];
    });
  }, [deck, moving, widget]);
  if (!moving || !widget) return null;
  return (
    <PickerDialog
      title={`Move the ${widgetKindName(widget.kind).toLowerCase()} to another slide`}
      label="Search slides"
      placeholder="Type a slide number or part of a title…"
      items={items}
      empty={items.length === 0 ? 'The deck has no other slide.' : 'No slide matches.'}
      onClose={onClose}
      onPick={(toSlide) => {
        onClose();
        moveWidgetToSlide(editor, moving.slideId, moving.slotId, toSlide);
      }}
    />
  );
}
