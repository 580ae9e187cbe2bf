// What the editor's commands do: undo/redo, slides, widgets, clipboard, save, zoom (declared in
// shared/commands). Registered while the editor is open; toolbar, keyboard, palette and the
// app menu all run these.
import { LAYOUTS, getLayout } from '../../shared/layouts';
import * as ops from '../../shared/deck/operations';
import { addLayoutCommandId } from '../../shared/commands/commands';
import type { Handler, HandlerTable } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { saveNow } from '../store/saveStore';
import { useUi } from '../store/uiStore';
import { zoomIn, zoomOut } from './zoom';
import { navigate } from '../router';
import { copyToClipboard, pasteFromClipboard } from './clipboardCommands';
import { own } from '../../shared/ids';

function current() {
  const { deck } = useDocument.getState();
  const { currentSlideId, selectedSlotId, focus } = useUi.getState();
  const slide = deck && currentSlideId ? own(deck.slides, currentSlideId) : undefined;
  const widgetId = slide && selectedSlotId ? (own(slide.slots, selectedSlotId) ?? null) : null;
  return { deck, slide, slotId: selectedSlotId, widgetId, focus };
}

function currentIndex(): number {
  const { deck, slide } = current();
  return deck && slide ? deck.slideOrder.indexOf(slide.id) : -1;
}

export function addSlideAfterCurrent(layoutId: string): void {
  const at = currentIndex() + 1;
  const layout = getLayout(layoutId);
  const id = apply(`Add ${layout.name} slide`, (d) => ops.addSlide(d, layoutId, at, ''));
  if (id) useUi.getState().selectSlide(id);
}

function selectByOffset(delta: number): void {
  const { deck } = current();
  if (!deck) return;
  const i = Math.max(0, Math.min(deck.slideOrder.length - 1, currentIndex() + delta));
  const id = deck.slideOrder[i];
  if (id) useUi.getState().selectSlide(id);
}

function moveCurrent(delta: number): void {
  const { slide } = current();
  if (!slide) return;
  const to = currentIndex() + delta;
  apply('Move slide', (d) => ops.moveSlide(d, slide.id, to));
}

function deleteCurrentSlide(): void {
  const { deck, slide } = current();
  if (!deck || !slide) return;
  const i = currentIndex();
  apply('Delete slide', (d) => ops.deleteSlide(d, slide.id));
  const after = useDocument.getState().deck;
  const next = after?.slideOrder[Math.min(i, after.slideOrder.length - 1)] ?? null;
  useUi.getState().selectSlide(next);
}

/** Undo or redo, then show the slide it changed: a slide it brings back (undoing a delete,
 * redoing a paste) is selected; if it removed the current slide, the one now in its place is. */
function undoOrRedo(which: 'undo' | 'redo'): string | null {
  const before = useDocument.getState().deck?.slideOrder ?? [];
  const index = currentIndex();
  const label = useDocument.getState()[which]();
  const { deck } = useDocument.getState();
  const { currentSlideId, selectSlide } = useUi.getState();
  if (!deck) return label;
  const back = deck.slideOrder.find((id) => !before.includes(id));
  if (back) selectSlide(back);
  else if (currentSlideId === null || !own(deck.slides, currentSlideId)) selectSlide(deck.slideOrder[Math.max(0, Math.min(index, deck.slideOrder.length - 1))] ?? null);
  return label;
}

const inCanvasWithWidget: Handler['enabled'] = () => current().widgetId !== null && current().focus === 'canvas';

/** The editor's own handlers; EditorScreen registers them with the ones beside the editor (extras.tsx). */
export function editorHandlers(): HandlerTable {
  const say = (label: string | null, verb: string): void => {
    if (label) useUi.getState().say(`${verb}: ${label}`);
  };
  return {
    'edit.undo': { run: () => say(undoOrRedo('undo'), 'Undone') },
    'edit.redo': { run: () => say(undoOrRedo('redo'), 'Redone') },
    'edit.copy': { run: (ctx) => copyToClipboard(false, ctx) },
    'edit.cut': { run: (ctx) => copyToClipboard(true, ctx) },
    'edit.paste': { run: pasteFromClipboard },
    'deck.save': { run: async () => void (await saveNow()) },
    'deck.close': {
      run: async () => {
        await saveNow();
        navigate({ name: 'home' });
      },
    },
    ...Object.fromEntries(LAYOUTS.map((l) => [addLayoutCommandId(l.id), { run: () => addSlideAfterCurrent(l.id) }])),
    'slide.add': { run: () => addSlideAfterCurrent('oneLarge') },
    'slide.duplicate': {
      run: () => {
        const { slide } = current();
        if (!slide) return;
        const id = apply('Duplicate slide', (d) => ops.duplicateSlide(d, slide.id));
        if (id) useUi.getState().selectSlide(id);
      },
    },
    'slide.delete': { run: deleteCurrentSlide },
    'slide.moveUp': { run: () => moveCurrent(-1) },
    'slide.moveDown': { run: () => moveCurrent(1) },
    'slide.next': { run: () => selectByOffset(1) },
    'slide.previous': { run: () => selectByOffset(-1) },
    'slide.toggleHidden': {
      run: () => {
        const { slide } = current();
        if (slide) apply(slide.hidden ? 'Show slide' : 'Hide slide', (d) => ops.setSlideHidden(d, slide.id, !slide.hidden));
      },
    },
    'widget.delete': {
      enabled: inCanvasWithWidget,
      run: () => {
        const { slide, slotId } = current();
        if (slide && slotId) apply('Delete widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId));
      },
    },
    'view.zoomIn': { run: () => useUi.getState().setZoom(zoomIn(useUi.getState().zoom, useUi.getState().fitScale)) },
    'view.zoomOut': { run: () => useUi.getState().setZoom(zoomOut(useUi.getState().zoom, useUi.getState().fitScale)) },
    'view.zoomFit': { run: () => useUi.getState().setZoom('fit') },
  };
}
