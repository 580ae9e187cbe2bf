// The one edit of a slide's split (the canvas's splitters and the slide inspector's fields), so a
// drag, arrow keys and a typed "60/40" are the same undoable step.
import * as ops from '../../shared/deck/operations';
import type { Slide } from '../../shared/deck/schema';
import { getLayout } from '../../shared/layouts';
import { splitOf, type Split } from '../../shared/layouts/splits';
import type { Editor } from '../store/editor';

/** Sets one axis of the slide's split in its layout; `coalesceKey` merges a drag or held key into one step. */
export function setSplit(editor: Editor, slide: Slide, axis: 'cols' | 'rows', shares: number[], coalesceKey?: string): void {
  const layout = getLayout(slide.layoutId);
  const next: Split = { ...splitOf(layout, slide.splits), [axis]: shares };
  editor.apply(axis === 'cols' ? 'Resize columns' : 'Resize rows', (d) => ops.setSlideSplit(d, slide.id, layout.id, next), coalesceKey ? { coalesceKey } : undefined);
}
