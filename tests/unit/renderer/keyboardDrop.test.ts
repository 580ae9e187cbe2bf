// Keyboard dragging jumps between drop targets. An arrow pressed before dnd-kit has measured the
// targets (right after Space, on a busy machine: the CI failure of stop 19) still moves to the
// nearest target, measured from the page, instead of doing nothing.
import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { jumpBetweenDroppables } from '../../../renderer/editor/keyboardDrop';

type Args = Parameters<KeyboardCoordinateGetter>[1];
type Box = { left: number; top: number; width: number; height: number };

const rect = (b: Box) => ({ ...b, right: b.left + b.width, bottom: b.top + b.height });
const PALETTE_ITEM = rect({ left: 1000, top: 100, width: 100, height: 40 });
const TARGETS: Record<string, Box> = {
  right: { left: 600, top: 20, width: 300, height: 200 },
  farLeft: { left: 100, top: 50, width: 300, height: 200 },
  below: { left: 600, top: 400, width: 300, height: 200 },
};

function args(measured: boolean): Args {
  const containers = Object.entries(TARGETS).map(([id, box]) => ({
    id,
    node: { current: { getBoundingClientRect: () => rect(box) } },
  }));
  const droppableRects = new Map(measured ? Object.entries(TARGETS).map(([id, box]) => [id, rect(box)]) : []);
  return {
    active: 'palette-chart',
    currentCoordinates: { x: 1050, y: 120 },
    context: {
      active: { id: 'palette-chart' },
      collisionRect: PALETTE_ITEM,
      droppableRects,
      droppableContainers: { getEnabled: () => containers },
    },
  } as unknown as Args;
}

const press = (code: string) => ({ code, preventDefault: () => undefined }) as KeyboardEvent;

describe('keyboard drop: arrows jump to the nearest target in that direction', () => {
  for (const measured of [true, false]) {
    it(`ArrowLeft from the palette lands on the nearest target to the left (targets ${measured ? 'measured' : 'not yet measured'})`, () => {
      // The centre of "right" is (750, 120), level with the item's centre (1050, 120).
      expect(jumpBetweenDroppables(press(KeyboardCode.Left), args(measured))).toEqual({ x: 750, y: 120 });
    });
  }

  it('ArrowDown from the palette item goes to the target below it, not the one level with it', () => {
    expect(jumpBetweenDroppables(press(KeyboardCode.Down), args(false))).toEqual({ x: 750, y: 500 });
  });

  it('with nothing in that direction the drag stays where it is; other keys are not handled', () => {
    expect(jumpBetweenDroppables(press(KeyboardCode.Right), args(true))).toEqual({ x: 1050, y: 120 });
    expect(jumpBetweenDroppables(press('KeyA'), args(true))).toBeUndefined();
  });
});
