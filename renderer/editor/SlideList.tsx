// The slide list: thumbnails drawn by the real SlideView (static mode), reorderable by
// drag (dnd-kit sortable) and by keyboard (Alt+Up/Down), and drop targets for moving a
// widget to another slide. Only the rows in view are rendered, so 500 slides stay cheap.
import { useDndContext } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../shared/deck/schema';
import { useDocument } from '../store/documentStore';
import { useUi } from '../store/uiStore';
import { SlideView } from '../slide/SlideView';
import { sameSlideInputs } from '../slide/sameSlideInputs';
import { useDeferredMount } from '../slide/useDeferredMount';
import { canDrop, type DragData, type DropData } from './dnd';
import { own } from '../../shared/ids';

const THUMB_WIDTH = 168;
const ROW_HEIGHT = Math.round((THUMB_WIDTH * 9) / 16) + 22;
const OVERSCAN = 4;

const Row = memo(function Row({ deck, slideId, index, current }: { deck: Deck; slideId: string; index: number; current: boolean }) {
  const slide = own(deck.slides, slideId);
  const drag: DragData = { type: 'slide', slideId };
  const drop: DropData = { type: 'slide', slideId };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging, isOver } = useSortable({ id: slideId, data: { ...drag, ...drop } });
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
      aria-current={current ? 'true' : undefined}
      {...attributes}
      {...listeners}
      aria-label={`Slide ${index + 1}: ${slide.title || 'Untitled'}${slide.hidden ? ' (hidden)' : ''}`}
      onClick={() => {
        useUi.getState().selectSlide(slideId);
        useUi.getState().setFocus('slides');
      }}
    >
      <span className="slide-number">{index + 1}</span>
      {drawn ? (
        <SlideView deck={deck} slide={slide} width={THUMB_WIDTH} mode="static" number={index + 1} className="thumb" />
      ) : (
        <div className="thumb thumb-pending" style={{ width: THUMB_WIDTH, height: ROW_HEIGHT - 22 }} />
      )}
    </li>
  );
}, (a, b) => a.slideId === b.slideId && a.index === b.index && a.current === b.current && (a.deck === b.deck || (own(a.deck.slides, a.slideId) === own(b.deck.slides, b.slideId) && sameSlideInputs(a.deck, b.deck, own(b.deck.slides, b.slideId)!))));

export function SlideList() {
  const deck = useDocument((s) => s.deck);
  const currentSlideId = useUi((s) => s.currentSlideId);
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
  const visible = deck.slideOrder.slice(first, last);

  return (
    <nav className="slide-list" aria-label="Slides" ref={scroller} tabIndex={-1}>
      <SortableContext items={deck.slideOrder} strategy={verticalListSortingStrategy}>
        <ol style={{ height: deck.slideOrder.length * ROW_HEIGHT, position: 'relative' }}>
          {visible.map((id, i) => (
            <Row key={id} deck={deck} slideId={id} index={first + i} current={id === currentSlideId} />
          ))}
        </ol>
      </SortableContext>
    </nav>
  );
}
