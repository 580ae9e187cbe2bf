// The splitters between an adjustable layout's columns and rows on the canvas (WAI-ARIA window
// splitter: a focusable separator with a value). Drag one, snapping to quarters, thirds and
// halves (Alt held: no snapping), or focus it and use the arrow keys (1%; Shift: 5%), Home and
// End. A drag or a run of keys is one undo step.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Slide } from '../../shared/deck/schema';
import { getLayout, type Layout } from '../../shared/layouts';
import { boundaryAt, layoutAxes, MIN_SHARE, moveBoundary, shareAtPointer, splitOf } from '../../shared/layouts/splits';
import { useDocumentState, useEditor } from '../store/EditorContext';
import { setSplit } from './slideSplit';

/** Names of the slots on either side of a boundary, for the splitter's label. */
function neighbours(layout: Layout, axis: 'cols' | 'rows', index: number): [string, string] {
  const at = (k: 'x' | 'y', i: number) => {
    const starts = [...new Set(layout.slots.map((s) => Math.round(s.rect[k] * 1e6)))].sort((a, b) => a - b);
    return layout.slots.find((s) => Math.round(s.rect[k] * 1e6) === starts[i])?.name ?? `part ${i + 1}`;
  };
  const k = axis === 'cols' ? 'x' : 'y';
  // In a grid a slot names a cell, not a column: say which column or row.
  const grid = splitOf(layout, {}).cols.length > 1 && splitOf(layout, {}).rows.length > 1;
  const word = axis === 'cols' ? 'column' : 'row';
  if (grid) return [`${word} ${index + 1}`, `${word} ${index + 2}`];
  return [at(k, index), at(k, index + 1)];
}

function Splitter({ slide, layout, axis, index, width, height }: { slide: Slide; layout: Layout; axis: 'cols' | 'rows'; index: number; width: number; height: number }) {
  const editor = useEditor();
  const dragKey = useRef<string | null>(null);
  const axes = layoutAxes(layout);
  const along = axis === 'cols' ? axes.x : axes.y;
  const across = axis === 'cols' ? axes.y : axes.x;
  const shares = splitOf(layout, slide.splits)[axis];
  const pos = boundaryAt(along, shares, index);
  const before = shares.slice(0, index + 1).reduce((a, b) => a + b, 0);
  const [a, b] = neighbours(layout, axis, index);
  const percent = Math.round(before * 100);
  const vertical = axis === 'cols';
  const size = vertical ? width : height;
  const HIT = 14;

  const moveTo = (at: number, snap: boolean, key: string) => {
    const now = splitOf(getLayout(slide.layoutId), editor.deck?.slides[slide.id]?.splits)[axis];
    setSplit(editor, slide, axis, moveBoundary(now, index, at, snap), key);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    dragKey.current = `split.${slide.id}.${axis}.${index}.${e.timeStamp}`;
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragKey.current) return;
    const frame = e.currentTarget.parentElement!.getBoundingClientRect();
    const p = vertical ? (e.clientX - frame.left) / frame.width : (e.clientY - frame.top) / frame.height;
    moveTo(shareAtPointer(along, shares.length, index, p), !e.altKey, dragKey.current);
  };
  const onPointerUp = () => {
    dragKey.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.05 : 0.01;
    const dec = vertical ? 'ArrowLeft' : 'ArrowUp';
    const inc = vertical ? 'ArrowRight' : 'ArrowDown';
    const prior = shares.slice(0, index).reduce((x, y) => x + y, 0);
    const target =
      e.key === dec ? before - step : e.key === inc ? before + step : e.key === 'Home' ? prior + MIN_SHARE : e.key === 'End' ? prior + shares[index]! + shares[index + 1]! - MIN_SHARE : null;
    if (target === null) return;
    e.preventDefault();
    e.stopPropagation();
    moveTo(target, false, `split.${slide.id}.${axis}.${index}.keys`);
  };

  const style = vertical
    ? { left: pos * size - HIT / 2, top: across.start * height, width: HIT, height: (across.end - across.start) * height, cursor: 'col-resize' }
    : { top: pos * size - HIT / 2, left: across.start * width, height: HIT, width: (across.end - across.start) * width, cursor: 'row-resize' };
  return (
    <div
      className={`splitter ${vertical ? 'splitter-v' : 'splitter-h'}`}
      data-testid={`splitter-${axis}-${index}`}
      role="separator"
      tabIndex={0}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={`Split between ${a} and ${b}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${a} ${Math.round(shares[index]! * 100)}%, ${b} ${Math.round(shares[index + 1]! * 100)}%`}
      style={{ position: 'absolute', ...style }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

/** Every splitter of the slide's layout, over the canvas slide (`width` x `height` CSS px). */
export function SplitHandles({ slide, width, height }: { slide: Slide; width: number; height: number }) {
  const layout = getLayout(slide.layoutId);
  // A read-only deck's splits cannot move: no handle is offered to grab.
  const readOnly = useDocumentState((s) => s.readOnly);
  if (!layout.adjustable || readOnly) return null;
  const split = splitOf(layout, slide.splits);
  const handles = (axis: 'cols' | 'rows') =>
    split[axis].slice(1).map((_, i) => <Splitter key={`${axis}${i}`} slide={slide} layout={layout} axis={axis} index={i} width={width} height={height} />);
  return (
    <>
      {handles('cols')}
      {handles('rows')}
    </>
  );
}
