// The slide inspector's split fields: column widths (and row heights for 2x2) typed as "60/40",
// checked when committed. Only adjustable layouts have them.
import type { Slide } from '../../shared/deck/schema';
import { getLayout } from '../../shared/layouts';
import { formatShares, parseShares, splitOf } from '../../shared/layouts/splits';
import { useEditor } from '../store/EditorContext';
import { CommittedField } from '../ui/CommittedField';
import { setSplit } from './slideSplit';

export function SplitFields({ slide }: { slide: Slide }) {
  const editor = useEditor();
  const layout = getLayout(slide.layoutId);
  if (!layout.adjustable) return null;
  const split = splitOf(layout, slide.splits);
  const field = (axis: 'cols' | 'rows', label: string) =>
    split[axis].length > 1 && (
      <CommittedField
        label={label}
        data-testid={`split-${axis}`}
        value={split[axis]}
        format={formatShares}
        parse={(text) => parseShares(text, split[axis].length)}
        onCommit={(shares) => setSplit(editor, slide, axis, shares)}
        hint="In percent, e.g. 60/40; or drag the splitters between the slots on the slide."
      />
    );
  return (
    <>
      {field('cols', 'Column widths')}
      {field('rows', 'Row heights')}
    </>
  );
}
