// "Reflow" for withheld widgets (the deck's choice instead of a neutral box): the widgets an
// audience keeps move into the everyday layout with as many slots, in reading order, so the
// slide closes the gap instead of showing a hole.
import { findLayout, type Layout } from '../layouts';
import { slotTakes, type Widget } from '../widgets';

const BY_COUNT: Readonly<Record<number, string>> = { 1: 'oneLarge', 2: 'twoColumns', 3: 'threeColumns' };

/** Slots for `kept` in a layout with that many slots; null when none fits (a title slide, a
 * kind the target's slots do not take), and the slide keeps its layout. */
export function reflowSlots(layout: Layout, kept: readonly { slotId: string; widget: Widget }[]): { layoutId: string; slots: Record<string, string | null> } | null {
  if (!layout.showTitle || kept.length === 0) return null;
  const target = findLayout(BY_COUNT[kept.length] ?? '');
  if (!target || target.slots.length !== kept.length) return null;
  const slots: Record<string, string | null> = {};
  for (const [i, slot] of target.slots.entries()) {
    const { widget } = kept[i]!;
    if (!slotTakes(slot, widget.kind)) return null;
    slots[slot.id] = widget.id;
  }
  return { layoutId: target.id, slots };
}
