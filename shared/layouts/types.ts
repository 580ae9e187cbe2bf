import type { SlotRole } from '../widgets/definition';

/** A rectangle in slide fractions (0..1), so layouts are independent of slide size. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LayoutSlot {
  id: string;
  /** Human name shown in an empty slot ("Left column"). */
  name: string;
  rect: Rect;
  /** A special slot's role (a subtitle line): it then takes only the kinds whose definition
   * fills that role (shared/widgets slotTakes). Absent: the slot takes any widget. */
  role?: SlotRole;
}

export interface Layout {
  id: string;
  name: string;
  /** Whether the slide title is drawn as a heading band (false for title slides). */
  showTitle: boolean;
  slots: readonly LayoutSlot[];
  /** Whether a slide may move the splits between its columns and rows (shared/layouts/splits.ts). */
  adjustable?: boolean;
}
