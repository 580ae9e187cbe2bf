// What the editor's commands do: undo/redo, slides, widgets, clipboard, save, zoom (declared in
// shared/commands). Each editor builds its own table over itself (editor.handlers); the
// editor screen registers it while it is open, so toolbar, keyboard, palette and the app menu
// all run these, and a test runs them with editor.run(id).
import { LAYOUTS, getLayout } from '../../shared/layouts';
import * as ops from '../../shared/deck/operations';
import { addLayoutCommandId } from '../../shared/commands/commands';
import type { Handler, HandlerTable } from '../commands/registry';
import { own } from '../../shared/ids';
import type { Editor } from './editor';
import { copyToClipboard, pasteFromClipboard } from './clipboardCommands';
import { currentSelection } from './selection';
import { deleteSlide } from './deleteSlide';
import { zoomIn, zoomOut } from './zoom';
import { duplicateSelectedWidget } from './widgetCommands';

function currentIndex(editor: Editor): number {
  const { deck, slide } = currentSelection(editor);
  return deck && slide ? deck.slideOrder.indexOf(slide.id) : -1;
}

function addSlideAfterCurrent(editor: Editor, layoutId: string): void {
  const at = currentIndex(editor) + 1;
  const layout = getLayout(layoutId);
  const id = editor.apply(`Add ${layout.name} slide`, (d) => ops.addSlide(d, layoutId, at, ''));
  if (id) editor.ui.getState().selectSlide(id);
}

/** Whether slide `index` exists and is not the last of `count`. */
const isBefore = (index: number, count: number): boolean => index >= 0 && index < count - 1;

function selectByOffset(editor: Editor, delta: number): void {
  const { deck } = currentSelection(editor);
  if (!deck) return;
  const i = Math.max(0, Math.min(deck.slideOrder.length - 1, currentIndex(editor) + delta));
  const id = deck.slideOrder[i];
  if (id) editor.ui.getState().selectSlide(id);
}

function moveCurrent(editor: Editor, delta: number): void {
  const { slide } = currentSelection(editor);
  if (!slide) return;
  const to = currentIndex(editor) + delta;
  editor.apply('Move slide', (d) => ops.moveSlide(d, slide.id, to));
}

/** Undo or redo, then show the slide it changed: a slide it brings back (undoing a delete,
 * redoing a paste) is selected; if it removed the current slide, the one now in its place is. */
function undoOrRedo(editor: Editor, which: 'undo' | 'redo'): string | null {
  const before = editor.deck?.slideOrder ?? [];
  const index = currentIndex(editor);
  const label = editor[which]();
  const { deck } = editor;
  const { currentSlideId, selectSlide } = editor.ui.getState();
  if (!deck) return label;
  const back = deck.slideOrder.find((id) => !before.includes(id));
  if (back) selectSlide(back);
  else if (currentSlideId === null || !own(deck.slides, currentSlideId)) selectSlide(deck.slideOrder[Math.max(0, Math.min(index, deck.slideOrder.length - 1))] ?? null);
  return label;
}

/** The editor's own handlers (editor.handlers); the editor screen registers them with the ones
 * beside the editor (editor/extras.tsx). */
export function editorHandlers(editor: Editor): HandlerTable {
  const ui = () => editor.ui.getState();
  const say = (label: string | null, verb: string): void => {
    if (label) ui().say(`${verb}: ${label}`);
  };
  const inCanvasWithWidget: Handler['enabled'] = () => {
    const { widgetId, focus } = currentSelection(editor);
    return widgetId !== null && focus === 'canvas';
  };
  return {
    'edit.undo': { run: () => say(undoOrRedo(editor, 'undo'), 'Undone') },
    'edit.redo': { run: () => say(undoOrRedo(editor, 'redo'), 'Redone') },
    'edit.copy': { run: (ctx) => copyToClipboard(editor, false, ctx) },
    'edit.cut': { run: (ctx) => copyToClipboard(editor, true, ctx) },
    'edit.paste': { run: (ctx) => pasteFromClipboard(editor, ctx) },
    'edit.find': { run: () => ui().openFind('find') },
    'edit.replace': { run: () => ui().openFind('replace') },
    // Said even when nothing had changed: a person pressing Ctrl+S wants to know it is on disk.
    'deck.save': {
      run: async () => {
        if (await editor.saving.saveNow()) ui().say(`Saved to ${editor.saving.state.getState().fileName || 'the library'}`);
      },
    },
    'deck.close': {
      run: async () => {
        await editor.saving.saveNow();
        editor.host.navigate({ name: 'home' });
      },
    },
    ...Object.fromEntries(LAYOUTS.map((l) => [addLayoutCommandId(l.id), { run: () => addSlideAfterCurrent(editor, l.id) }])),
    'slide.add': { run: () => addSlideAfterCurrent(editor, 'oneLarge') },
    'slide.duplicate': {
      run: () => {
        const { slide } = currentSelection(editor);
        if (!slide) return;
        const id = editor.apply('Duplicate slide', (d) => ops.duplicateSlide(d, slide.id));
        if (id) ui().selectSlide(id);
      },
    },
    'slide.delete': {
      run: () => {
        const { slide } = currentSelection(editor);
        if (slide) deleteSlide(editor, slide.id);
      },
    },
    // Disabled at the ends, so the context menu and the palette say there is nowhere to go.
    'slide.moveUp': { enabled: () => currentIndex(editor) > 0, run: () => moveCurrent(editor, -1) },
    'slide.moveDown': { enabled: () => isBefore(currentIndex(editor), editor.deck?.slideOrder.length ?? 0), run: () => moveCurrent(editor, 1) },
    'slide.next': { run: () => selectByOffset(editor, 1) },
    'slide.previous': { run: () => selectByOffset(editor, -1) },
    'slide.toggleHidden': {
      run: () => {
        const { slide } = currentSelection(editor);
        if (slide) editor.apply(slide.hidden ? 'Show slide' : 'Hide slide', (d) => ops.setSlideHidden(d, slide.id, !slide.hidden));
      },
    },
    'widget.delete': {
      enabled: inCanvasWithWidget,
      run: () => {
        const { slide, slotId } = currentSelection(editor);
        if (slide && slotId) editor.apply('Delete widget', (d) => ops.deleteWidgetAt(d, slide.id, slotId));
      },
    },
    'widget.duplicate': { enabled: inCanvasWithWidget, run: () => duplicateSelectedWidget(editor) },
    'view.zoomIn': { run: () => ui().setZoom(zoomIn(ui().zoom, ui().fitScale)) },
    'view.zoomOut': { run: () => ui().setZoom(zoomOut(ui().zoom, ui().fitScale)) },
    'view.zoomFit': { run: () => ui().setZoom('fit') },
  };
}
