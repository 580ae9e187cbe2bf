// The editor's commands: undo/redo, slides, widgets, clipboard, save, zoom. Registered
// while the editor is open; toolbar, keyboard, palette and the app menu all run these.
import { LAYOUTS, getLayout } from '../../shared/layouts';
import * as ops from '../../shared/deck/operations';
import { addMissingDatasets, bundleSlide, datasetsUsedBy, pasteSlides, type SlideBundle } from '../../shared/deck/paste';
import type { Command } from '../commands/registry';
import { apply, useDocument } from '../store/documentStore';
import { saveNow } from '../store/saveStore';
import { useUi } from '../store/uiStore';
import { navigate } from '../router';
import { readClip, writeClip } from './clipboard';

const inEditor = (ctx: { screen: string }) => ctx.screen === 'editor';

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

export function editorCommands(): Command[] {
  const say = (label: string | null, verb: string): void => {
    if (label) useUi.getState().say(`${verb}: ${label}`);
  };
  return [
    { id: 'edit.undo', title: 'Undo', group: 'Edit', shortcut: 'Mod+Z', when: inEditor, run: () => say(useDocument.getState().undo(), 'Undone') },
    { id: 'edit.redo', title: 'Redo', group: 'Edit', shortcut: ['Shift+Mod+Z', 'Mod+Y'], when: inEditor, run: () => say(useDocument.getState().redo(), 'Redone') },
    { id: 'edit.copy', title: 'Copy', group: 'Edit', shortcut: 'Mod+C', when: inEditor, run: () => copy(false) },
    { id: 'edit.cut', title: 'Cut', group: 'Edit', shortcut: 'Mod+X', when: inEditor, run: () => copy(true) },
    { id: 'edit.paste', title: 'Paste', group: 'Edit', shortcut: 'Mod+V', when: inEditor, run: paste },
    { id: 'deck.save', title: 'Save now', group: 'File', shortcut: 'Mod+S', when: inEditor, run: async () => void (await saveNow()) },
    { id: 'deck.close', title: 'Close deck (back to library)', group: 'File', shortcut: 'Mod+W', when: inEditor, run: () => navigate('#/') },
    ...LAYOUTS.map(
      (l): Command => ({ id: `slide.add.${l.id}`, title: `Add slide: ${l.name}`, group: 'Slide', when: inEditor, run: () => addSlideAfterCurrent(l.id) }),
    ),
    { id: 'slide.add', title: 'Add slide', group: 'Slide', shortcut: 'Mod+M', when: inEditor, run: () => addSlideAfterCurrent('oneLarge') },
    {
      id: 'slide.duplicate',
      title: 'Duplicate slide',
      group: 'Slide',
      shortcut: 'Mod+D',
      when: inEditor,
      run: () => {
        const { slide } = current();
        if (!slide) return;
        const id = apply('Duplicate slide', (d) => ops.duplicateSlide(d, slide.id));
        if (id) useUi.getState().selectSlide(id);
      },
    },
    { id: 'slide.delete', title: 'Delete slide', group: 'Slide', when: inEditor, run: deleteCurrentSlide },
    { id: 'slide.moveUp', title: 'Move slide up', group: 'Slide', shortcut: 'Alt+ArrowUp', when: inEditor, run: () => moveCurrent(-1) },
    { id: 'slide.moveDown', title: 'Move slide down', group: 'Slide', shortcut: 'Alt+ArrowDown', when: inEditor, run: () => moveCurrent(1) },
    { id: 'slide.next', title: 'Next slide', group: 'Slide', shortcut: 'PageDown', when: inEditor, run: () => selectByOffset(1) },
    { id: 'slide.previous', title: 'Previous slide', group: 'Slide', shortcut: 'PageUp', when: inEditor, run: () => selectByOffset(-1) },
    {
      id: 'slide.toggleHidden',
      title: 'Hide or show slide in presentation',
      group: 'Slide',
      when: inEditor,
      run: () => {
        const { slide } = current();
        if (slide) apply(slide.hidden ? 'Show slide' : 'Hide slide', (d) => ops.setSlideHidden(d, slide.id, !slide.hidden));
      },
    },
    {
      id: 'widget.delete',
      title: 'Delete widget',
      group: 'Widget',
      shortcut: ['Delete', 'Backspace'],
      when: (ctx) => inEditor(ctx) && current().widgetId !== null && current().focus === 'canvas',
      run: () => {
        const { slide, slotId } = current();
        if (slide && slotId) apply('Delete widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId));
      },
    },
    { id: 'view.zoomIn', title: 'Zoom in', group: 'View', shortcut: ['Mod+=', 'Mod++'], when: inEditor, run: () => useUi.getState().setZoom(useUi.getState().zoom * 1.25) },
    { id: 'view.zoomOut', title: 'Zoom out', group: 'View', shortcut: 'Mod+-', when: inEditor, run: () => useUi.getState().setZoom(useUi.getState().zoom / 1.25) },
    { id: 'view.zoomFit', title: 'Zoom to fit', group: 'View', shortcut: 'Mod+0', when: inEditor, run: () => useUi.getState().setZoom(1) },
  ];
}
