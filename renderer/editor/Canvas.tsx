// The canvas: the current slide at its fixed logical size, scaled to fit the pane, with
// slot overlays for selecting, dropping and dragging widgets. A selected widget lets
// pointer events through (so a live map pans) and is dragged by its handle.
import { useDndContext, useDraggable, useDroppable } from '@dnd-kit/core';
import { useEffect, useLayoutEffect, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '../../shared/deck/constants';
import type { Deck, Slide } from '../../shared/deck/schema';
import { getLayout, type LayoutSlot } from '../../shared/layouts';
import { kindsForSlot, widgetKindName } from '../../shared/widgets';
import { SlideView } from '../slide/SlideView';
import { WidgetEditProvider } from './WidgetEditProvider';
import { takesPointer } from '../widgets/registry';
import { canDrop, type DragData, type DropData } from './dnd';
import { FitBadge, useFitBadge } from './FitBadge';
import { UnplacedTray } from './UnplacedTray';
import { ZoomControl } from './ZoomControl';
import { ACTUAL_WIDTH, scaleOf } from '../store/zoom';
import { own } from '../../shared/ids';
import { useDocumentState, useEditor, useUiState } from '../store/EditorContext';
import { SplitHandles } from './SplitHandles';
import { inPlaceFieldOf, startEditingSlot, TitleOverlay, WidgetInPlace } from './CanvasEditing';
import type { Editor } from '../store/editor';
import { placePicture } from '../store/clipboardCommands';
import { openContextMenu } from './EditorContextMenu';

function SlotOverlay({ slide, slot, widgetId, deck }: { slide: Slide; slot: LayoutSlot; widgetId: string | null; deck: Deck }) {
  const editor = useEditor();
  const selected = useUiState((s) => s.selectedSlotId === slot.id);
  const editing = useUiState((s) => s.editing?.kind === 'slot' && s.editing.slotId === slot.id);
  // Read-only: nothing on the slide can be moved or typed into, so no handle is offered.
  const readOnly = useDocumentState((s) => s.readOnly);
  const overlay = useRef<HTMLDivElement | null>(null);
  const drop: DropData = { type: 'slot', slideId: slide.id, slotId: slot.id, role: slot.role };
  const { setNodeRef: dropRef, isOver } = useDroppable({ id: `slot:${slide.id}:${slot.id}`, data: drop });
  const widget = widgetId ? own(deck.widgets, widgetId) : undefined;
  const drag: DragData | undefined = widget ? { type: 'widget', kind: widget.kind, slideId: slide.id, slotId: slot.id } : undefined;
  const { setNodeRef: dragRef, listeners, attributes, isDragging } = useDraggable({
    id: `widget:${slide.id}:${slot.id}`,
    data: drag,
    disabled: !widget || readOnly,
  });
  const { active } = useDndContext();
  const activeData = active?.data.current as DragData | undefined;
  const dragging = activeData !== undefined && activeData.type !== 'slide';
  const accepts = dragging && canDrop(activeData, drop);
  const badge = useFitBadge(widget ? widget.id : null);
  const inPlace = inPlaceFieldOf(widget);
  const classes = ['slot-overlay', widget ? 'filled' : 'empty', badge ? 'too-long' : '', selected ? 'selected' : '', dragging ? (accepts ? 'accepts' : 'rejects') : '', isOver && accepts ? 'over' : '', isDragging ? 'dragging' : '']
    .filter(Boolean)
    .join(' ');
  const select = () => editor.ui.getState().selectSlot(slot.id);
  // Above a slot the handle would lie on the row splitter (drawn over the whole slide), and
  // grabbing it would move the split instead of the widget: there it sits inside the slot.
  const handleInside = hasSlotAbove(slide, slot);
  // Read-only, an empty slot is only named: nothing may be dropped there.
  const hint = readOnly ? 'Empty' : slot.role === undefined ? 'Drop any widget' : `Drop ${kindsForSlot(slot).map((k) => widgetKindName(k).toLowerCase()).join(', ')}`;
  // The drag handle is the overlay's sibling, not its child: a button inside a button is
  // announced as one control and cannot be reached on its own.
  return (
    <>
      <div
        ref={(el) => {
          dropRef(el);
          overlay.current = el;
        }}
        className={classes}
        data-testid={`slot-${slot.id}`}
        data-slot={slot.id}
        role="button"
        tabIndex={0}
        aria-label={widget ? `${slot.name}: ${widgetKindName(widget.kind)} widget${badge ? `. ${badge}` : ''}` : readOnly ? `${slot.name}: ${hint}` : `${slot.name}: ${hint} (empty)`}
        aria-pressed={selected}
        aria-description={inPlace && !readOnly ? `Enter or double-click edits the ${inPlace.name.toLowerCase()} on the slide` : undefined}
        onMouseDown={select}
        onFocus={select}
        onDoubleClick={() => startEditingSlot(editor, slot.id, widget)}
        onDragOver={(e) => acceptFiles(e, editor)}
        onDrop={(e) => dropFiles(e, editor, slot.id)}
        onKeyDown={(e) => {
          if (e.target !== e.currentTarget) return;
          if (e.key === 'Enter' && startEditingSlot(editor, slot.id, widget)) e.preventDefault();
          else openContextMenu(editor, widget ? 'widget' : 'slot', e, e.currentTarget);
        }}
        onContextMenu={(e) => {
          select();
          openContextMenu(editor, widget ? 'widget' : 'slot', e, e.currentTarget);
        }}
        style={{ pointerEvents: takesPointer(widget) && selected && !dragging && !readOnly ? 'none' : 'auto' }}
      >
        {!widget && (
          <div className="slot-empty-hint">
            <strong>{slot.name}</strong> <span>{hint}</span>
          </div>
        )}
      </div>
      {widget && badge && <FitBadge text={badge} />}
      {widget && !readOnly && (
        <button ref={dragRef} className={handleInside ? 'widget-handle inside' : 'widget-handle'} {...listeners} {...attributes} aria-label={`Move ${widgetKindName(widget.kind)} widget`} style={{ pointerEvents: 'auto' }}>
          ⠿ {widgetKindName(widget.kind)}
        </button>
      )}
      {widget && editing && <WidgetInPlace widget={widget} deck={deck} onLeftByKey={() => overlay.current?.focus()} />}
    </>
  );
}

/** Whether another slot of the slide's layout sits directly above `slot` (a row boundary between them). */
function hasSlotAbove(slide: Slide, slot: LayoutSlot): boolean {
  const me = getLayout(slide.layoutId).slots.find((s) => s.id === slot.id)?.rect;
  if (!me) return false;
  return getLayout(slide.layoutId).slots.some(
    (s) => s.id !== slot.id && s.rect.y + s.rect.h <= me.y + 1e-6 && s.rect.x < me.x + me.w && me.x < s.rect.x + s.rect.w,
  );
}

/** A file dragged from the desktop may land here (widgets dragged inside the app use dnd-kit);
 * on a read-only deck the pointer says it may not. The drop is still the app's either way, so
 * the browser never opens the file in place of the editor. */
function acceptFiles(e: DragEvent, editor: Editor): void {
  if (![...e.dataTransfer.types].includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = editor.document.getState().readOnly ? 'none' : 'copy';
}

/** An image file dropped on a slot (or elsewhere on the slide: the first free slot) becomes a
 * picture there; anything else is refused with a message. */
function dropFiles(e: DragEvent, editor: Editor, slotId: string | null): void {
  const file = e.dataTransfer.files[0];
  if (!file) return;
  e.preventDefault();
  e.stopPropagation();
  const doc = editor.document.getState();
  if (doc.readOnly) return doc.refuseEdit();
  void placePicture(editor, file, file.name, slotId);
}

/** A right-click on a selected live widget (a map takes the pointer, so its slot's overlay lets
 * it through) opens that widget's menu, as a click on its overlay would. */
function openSelectedWidgetMenu(editor: Editor, e: ReactMouseEvent<HTMLElement>): void {
  const slotId = (e.target as HTMLElement).closest<HTMLElement>('[data-slot-id]')?.dataset.slotId;
  const overlay = slotId ? e.currentTarget.querySelector<HTMLElement>(`.slot-overlay.selected.filled[data-slot="${CSS.escape(slotId)}"]`) : null;
  if (overlay && !(e.target as HTMLElement).closest('input, textarea, [contenteditable=true]')) openContextMenu(editor, 'widget', e, overlay);
}

/** Room around the slide in the pane, in CSS px (each side). */
const PANE_PADDING = 24;

/** The skip link's target (EditorScreen): Tab from here reaches the first slot. */
export const CANVAS_ID = 'slide-canvas';

export function Canvas() {
  const editor = useEditor();
  const deck = useDocumentState((s) => s.deck);
  const currentSlideId = useUiState((s) => s.currentSlideId);
  const zoom = useUiState((s) => s.zoom);
  const pane = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 960, h: 540 });

  useEffect(() => {
    const el = pane.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => setSize({ w: el.clientWidth, h: el.clientHeight }));
    ro.observe(el);
    setSize({ w: el.clientWidth, h: el.clientHeight });
    return () => ro.disconnect();
  }, []);

  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  const fitWidth = Math.max(160, Math.min(size.w - 2 * PANE_PADDING, ((size.h - 2 * PANE_PADDING) * SLIDE_WIDTH) / SLIDE_HEIGHT));
  const fitScale = fitWidth / ACTUAL_WIDTH;
  useEffect(() => editor.ui.getState().setFitScale(fitScale), [editor, fitScale]);
  const width = Math.round(scaleOf(zoom, fitScale) * ACTUAL_WIDTH);

  // Zooming keeps the point at the centre of the pane where it was.
  const lastWidth = useRef(width);
  useLayoutEffect(() => {
    const el = pane.current;
    const before = lastWidth.current;
    lastWidth.current = width;
    if (!el || before === width) return;
    const ratio = width / before;
    el.scrollLeft = (el.scrollLeft + el.clientWidth / 2 - PANE_PADDING) * ratio + PANE_PADDING - el.clientWidth / 2;
    el.scrollTop = (el.scrollTop + el.clientHeight / 2 - PANE_PADDING) * ratio + PANE_PADDING - el.clientHeight / 2;
  }, [width]);

  return (
    <div className="canvas-area">
      <div className="canvas-pane" ref={pane} style={{ padding: PANE_PADDING }} onMouseDown={(e) => e.target === e.currentTarget && editor.ui.getState().selectSlot(null)}>
        {deck && slide ? (
          <div
            className="canvas-slide"
            data-testid="canvas"
            id={CANVAS_ID}
            tabIndex={-1}
            style={{ position: 'relative', ['--ui-scale' as string]: SLIDE_WIDTH / width }}
            onDragOver={(e) => acceptFiles(e, editor)}
            onDrop={(e) => dropFiles(e, editor, null)}
            onContextMenu={(e) => openSelectedWidgetMenu(editor, e)}
          >
            <WidgetEditProvider>
              <SlideView
                deck={deck}
                slide={slide}
                width={width}
                mode="live"
                audience="author"
                renderSlotOverlay={(slot, widgetId) => <SlotOverlay slide={slide} slot={slot} widgetId={widgetId} deck={deck} />}
                titleOverlay={<TitleOverlay slide={slide} deck={deck} />}
              />
            </WidgetEditProvider>
            <SplitHandles slide={slide} width={width} height={(width * SLIDE_HEIGHT) / SLIDE_WIDTH} />
          </div>
        ) : (
          <p className="muted">No slide selected. Add a slide to begin.</p>
        )}
      </div>
      {deck && slide && <UnplacedTray deck={deck} slide={slide} />}
      <ZoomControl />
    </div>
  );
}
