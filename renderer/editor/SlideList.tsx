// The slide list: thumbnails drawn by the real SlideView (static mode), reorderable by
// drag (dnd-kit sortable) and by keyboard (Ctrl+Up/Down), and drop targets for moving a
// widget to another slide. Only the rows in view are rendered, so 500 slides stay cheap.
// For the keyboard it is one listbox and one Tab stop: the arrows, Home and End move through
// the slides (selection follows focus, as in a slide sorter), Enter selects, Delete deletes
// the slide (undoable), Ctrl+Up/Down moves it, Shift+F10 or the ContextMenu key (or a right-click)
// opens the slide's context menu. Each row is named by its number and title;
// the thumbnail is a picture of the slide, hidden from screen readers (named by content, not
// aria-label, so speech users are not told the picture's words are the row's name).
import { useDndContext } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { SlideView } from '../slide/SlideView';
import { sameSlideInputs } from '../slide/sameSlideInputs';
import { useDeferredMount } from '../slide/useDeferredMount';
import { useCommands } from '../commands/CommandsContext';
import { isContextMenuKey } from '../ui/menuKeys';
import { openContextMenu } from './EditorContextMenu';
import { canDrop, choosableDragAttributes, type DragData, type DropData } from './dnd';
import { own } from '../../shared/ids';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';

const THUMB_WIDTH = 168;
const ROW_HEIGHT = Math.round((THUMB_WIDTH * 9) / 16) + 22;
const OVERSCAN = 4;
const CSS_ESCAPE = (s: string) => window.CSS.escape(s);

const Row = memo(function Row({ deck, slideId, index, current }: { deck: Deck; slideId: string; index: number; current: boolean }) {
  const editor = useEditor();
  const readOnly = useDocumentState((s) => s.readOnly);
  const slide = own(deck.slides, slideId);
  const drag: DragData = { type: 'slide', slideId };
  const drop: DropData = { type: 'slide', slideId };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver } = useSortable({ id: slideId, data: { ...drag, ...drop }, disabled: readOnly });
  const { active } = useDndContext();
  const drawn = useDeferredMount();
  const widgetOver = isOver && active?.data.current?.type === 'widget' && canDrop(active.data.current as DragData, drop);
  if (!slide) return null;
  return (
    <li
      ref={setNodeRef}
      className={`slide-row ${current ? 'current' : ''} ${slide.hidden ? 'hidden-slide' : ''} ${widgetOver ? 'drop-ok' : ''}`}
      style={{ position: 'absolute', top: index * ROW_HEIGHT, height: ROW_HEIGHT, transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.5 : 1 }}
      data-testid="slide-row"
      data-slide-id={slideId}
      {...choosableDragAttributes(attributes, readOnly)}
      {...listeners}
      // dnd-kit makes a sortable a button; in this listbox it is an option, one Tab stop in all.
      role="option"
      aria-pressed={undefined}
      aria-selected={current}
      aria-current={current ? 'true' : undefined}
      tabIndex={current ? 0 : -1}
      onClick={() => {
        editor.ui.getState().selectSlide(slideId);
        editor.ui.getState().setFocus('slides');
      }}
      onFocus={() => editor.ui.getState().setFocus('slides')}
      onContextMenu={(e) => {
        editor.ui.getState().selectSlide(slideId);
        editor.ui.getState().setFocus('slides');
        openContextMenu(editor, 'slide', e, e.currentTarget);
      }}
    >
      {/* The row is named by this line (its content), not by the picture's text. */}
      <span className="sr-only">{`Slide ${index + 1}: ${slide.title || 'Untitled'}${slide.hidden ? ' (hidden)' : ''}`}</span>
      <span className="slide-number" aria-hidden="true">
        {index + 1}
      </span>
      <div aria-hidden="true" inert>
        {drawn ? (
          <SlideView deck={deck} slide={slide} width={THUMB_WIDTH} mode="static" audience="author" number={index + 1} className="thumb" />
        ) : (
          <div className="thumb thumb-pending" style={{ width: THUMB_WIDTH, height: ROW_HEIGHT - 22 }} />
        )}
      </div>
    </li>
  );
}, (a, b) => a.slideId === b.slideId && a.index === b.index && a.current === b.current && (a.deck === b.deck || (own(a.deck.slides, a.slideId) === own(b.deck.slides, b.slideId) && sameSlideInputs(a.deck, b.deck, own(b.deck.slides, b.slideId)!))));

export function SlideList() {
  const commands = useCommands();
  const editor = useEditor();
  const deck = useDocumentState((s) => s.deck);
  const currentSlideId = useUiState((s) => s.currentSlideId);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      ro.disconnect();
    };
  }, []);

  // After a key in the list changed the current slide, focus goes to its row once drawn.
  const focusCurrent = useRef(false);
  useEffect(() => {
    if (!focusCurrent.current || !currentSlideId) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-slide-id="${CSS_ESCAPE(currentSlideId)}"]`);
    if (row) {
      focusCurrent.current = false;
      row.focus();
    }
  });

  // Keep the current slide in view when it changes by keyboard or command.
  useEffect(() => {
    const el = scroller.current;
    if (!el || !deck || !currentSlideId) return;
    const i = deck.slideOrder.indexOf(currentSlideId);
    const top = i * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [deck, currentSlideId]);

  if (!deck) return null;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(deck.slideOrder.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  // The current row is always drawn: it is the list's Tab stop even when scrolled away.
  const currentIndex = currentSlideId ? deck.slideOrder.indexOf(currentSlideId) : -1;
  const indexes = Array.from({ length: last - first }, (_, i) => first + i);
  if (currentIndex >= 0 && (currentIndex < first || currentIndex >= last)) indexes.push(currentIndex);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (isContextMenuKey(e) && (e.target as HTMLElement).matches('.slide-row')) {
      editor.ui.getState().setFocus('slides');
      openContextMenu(editor, 'slide', e, e.target as HTMLElement);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || !(e.target as HTMLElement).matches('.slide-row')) return;
    const order = deck.slideOrder;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: -order.length, End: order.length };
    if (e.key in step) {
      const to = Math.max(0, Math.min(order.length - 1, Math.max(0, currentIndex) + step[e.key]!));
      if (order[to]) editor.ui.getState().selectSlide(order[to]);
      focusCurrent.current = true;
    } else if (e.key === 'Enter') {
      const id = (e.target as HTMLElement).dataset.slideId;
      if (id) editor.ui.getState().selectSlide(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      focusCurrent.current = true;
      void commands.run('slide.delete', { screen: 'editor' });
    } else return;
    e.preventDefault();
  };

  return (
    <nav className="slide-list" aria-label="Slides" ref={scroller} tabIndex={-1}>
      <SortableContext items={deck.slideOrder} strategy={verticalListSortingStrategy}>
        <ol role="listbox" aria-label="Slides" onKeyDown={onKeyDown} style={{ height: deck.slideOrder.length * ROW_HEIGHT, position: 'relative' }}>
          {indexes.map((i) => {
            const id = deck.slideOrder[i]!;
            return <Row key={id} deck={deck} slideId={id} index={i} current={id === currentSlideId} />;
          })}
        </ol>
      </SortableContext>
    </nav>
  );
}
