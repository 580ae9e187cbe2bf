// Keyboard dragging between drop targets: with dnd-kit's KeyboardSensor, Space picks up,
// arrow keys jump to the nearest droppable in that direction (rather than nudging by
// pixels), Space drops and Escape cancels.
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

export const jumpBetweenDroppables: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const dir = { [KeyboardCode.Right]: [1, 0], [KeyboardCode.Left]: [-1, 0], [KeyboardCode.Down]: [0, 1], [KeyboardCode.Up]: [0, -1] }[event.code];
  if (!dir) return undefined;
  event.preventDefault();
  const { active, droppableRects, droppableContainers, collisionRect } = context;
  if (!active || !collisionRect) return undefined;
  const cx = collisionRect.left + collisionRect.width / 2;
  const cy = collisionRect.top + collisionRect.height / 2;
  let best: { x: number; y: number; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    if (container.id === active.id) continue;
    // dnd-kit measures the drop targets just after the pick-up; an arrow pressed before that
    // (a quick hand, a busy machine) measures the target here rather than doing nothing.
    const rect = droppableRects.get(container.id) ?? container.node.current?.getBoundingClientRect();
    if (!rect) continue;
    const tx = rect.left + rect.width / 2;
    const ty = rect.top + rect.height / 2;
    const dx = tx - cx;
    const dy = ty - cy;
    const along = dx * dir[0]! + dy * dir[1]!;
    if (along <= 4) continue;
    const across = Math.abs(dx * dir[1]! - dy * dir[0]!);
    const score = along + across * 2;
    if (!best || score < best.score) best = { x: tx, y: ty, score };
  }
  if (!best) return currentCoordinates;
  return {
    x: currentCoordinates.x + (best.x - cx),
    y: currentCoordinates.y + (best.y - cy),
  };
};
