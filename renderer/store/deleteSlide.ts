// Deleting a slide from the editor (the command, cut): one undo step, and the slide that takes
// its place is shown.
import * as ops from '../../shared/deck/operations';
import type { Editor } from './editor';

export function deleteSlide(editor: Editor, slideId: string, label = 'Delete slide'): void {
  const i = editor.deck?.slideOrder.indexOf(slideId) ?? -1;
  if (i < 0) return;
  editor.apply(label, (d) => ops.deleteSlide(d, slideId));
  const after = editor.deck;
  const next = after?.slideOrder[Math.min(i, after.slideOrder.length - 1)] ?? null;
  editor.ui.getState().selectSlide(next);
}

