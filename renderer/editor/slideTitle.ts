// The slide title's one edit, shared by the inspector's field and the title edited on the slide,
// so typing in either is the same undo step (one per word, as the coalesce key merges keys).
import * as ops from '../../shared/deck/operations';
import type { Editor } from '../store/editor';

export function editSlideTitle(editor: Editor, slideId: string, title: string): void {
  editor.apply('Edit slide title', (d) => ops.setSlideTitle(d, slideId, title), { coalesceKey: `title.${slideId}` });
}
