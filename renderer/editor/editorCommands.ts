// What the editor's commands do: undo/redo, slides, widgets, clipboard, save, zoom (declared in
// shared/commands). Registered while the editor is open; toolbar, keyboard, palette and the
// app menu all run these.
import { LAYOUTS, getLayout } from '../../shared/layouts';
import * as ops from '../../shared/deck/operations';
import { addMissingDatasets, bundleSlide, datasetsUsedBy, pasteSlides, type SlideBundle } from '../../shared/deck/paste';
import { addLayoutCommandId } from '../../shared/commands/commands';
import type { Handler, HandlerTable } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { saveNow } from '../store/saveStore';
import { useUi } from '../store/uiStore';
import { navigate } from '../router';
import { readClip, writeClip } from './clipboard';

function current() {
  const { deck } = useDocument.getState();
  const { currentSlideId, selectedSlotId, focus } = useUi.getState();
  const slide = deck && currentSlideId ? deck.slides[currentSlideId] : undefined;
  const widgetId = slide && selectedSlotId ? (slide.slots[selectedSlotId] ?? null) : null;
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

function copy(cut: boolean): void {
  const { deck, slide, slotId, widgetId, focus } = current();
  if (!deck || !slide) return;
  if (focus === 'canvas' && widgetId && slotId) {
    const widget = deck.widgets[widgetId];
    if (!widget) return;
    writeClip({ type: 'widget', widget, datasets: datasetsUsedBy(deck, [widget]) });
    if (cut) apply('Cut widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId));
    useUi.getState().say(cut ? 'Widget cut' : 'Widget copied');
    return;
  }
  const bundle = bundleSlide(deck, slide.id);
  if (!bundle) return;
  writeClip({ type: 'slides', slides: [bundle], datasets: datasetsUsedBy(deck, bundle.widgets) });
  if (cut) deleteCurrentSlide();
  useUi.getState().say(cut ? 'Slide cut' : 'Slide copied');
}

function paste(): void {
  const clip = readClip();
  const { deck, slide, slotId } = current();
  if (!clip || !deck) return;
  if (clip.type === 'slides') {
    const ids = apply('Paste slide', (d) => {
      addMissingDatasets(d, clip.datasets);
      return pasteSlides(d, clip.slides as SlideBundle[], currentIndex() + 1);
    });
    if (ids?.[0]) useUi.getState().selectSlide(ids[0]);
    return;
  }
  if (!slide) return;
  const layout = getLayout(slide.layoutId);
  const target =
    layout.slots.find((s) => s.id === slotId && s.accepts.includes(clip.widget.kind)) ??
    layout.slots.find((s) => (slide.slots[s.id] ?? null) === null && s.accepts.includes(clip.widget.kind));
  if (!target) {
    useUi.getState().say(`This slide has no free slot that takes a ${clip.widget.kind} widget`);
    return;
  }
  apply('Paste widget', (d) => {
    addMissingDatasets(d, clip.datasets);
    return ops.placeWidget(d, slide.id, target.id, clip.widget);
  });
  useUi.getState().selectSlot(target.id);
}

const inCanvasWithWidget: Handler['enabled'] = () => current().widgetId !== null && current().focus === 'canvas';

/** The editor's own handlers; EditorScreen registers them with the ones beside the editor (extras.tsx). */
export function editorHandlers(): HandlerTable {
  const say = (label: string | null, verb: string): void => {
    if (label) useUi.getState().say(`${verb}: ${label}`);
  };
  return {
    'edit.undo': { run: () => say(useDocument.getState().undo(), 'Undone') },
    'edit.redo': { run: () => say(useDocument.getState().redo(), 'Redone') },
    'edit.copy': { run: () => copy(false) },
    'edit.cut': { run: () => copy(true) },
    'edit.paste': { run: paste },
    'deck.save': { run: async () => void (await saveNow()) },
    'deck.close': {
      run: async () => {
        await saveNow();
        navigate('#/');
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
    'view.zoomIn': { run: () => useUi.getState().setZoom(useUi.getState().zoom * 1.25) },
    'view.zoomOut': { run: () => useUi.getState().setZoom(useUi.getState().zoom / 1.25) },
    'view.zoomFit': { run: () => useUi.getState().setZoom(1) },
  };
}
