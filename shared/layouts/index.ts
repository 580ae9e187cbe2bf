// All built-in layouts, in the order the layout picker shows them.
import { grid2x2Layout } from './grid2x2';
import { mainSidebarLayout } from './mainSidebar';
import { oneLargeLayout } from './oneLarge';
import { quoteFocusLayout } from './quoteFocus';
import { threeColumnsLayout } from './threeColumns';
import { titleLayout } from './title';
import { titleBodyLayout } from './titleBody';
import { twoColumnsLayout } from './twoColumns';
import type { Layout } from './types';

export type { Layout, LayoutSlot, Rect } from './types';

export const LAYOUTS: readonly Layout[] = [
  titleLayout,
  titleBodyLayout,
  oneLargeLayout,
  twoColumnsLayout,
  threeColumnsLayout,
  mainSidebarLayout,
  grid2x2Layout,
  quoteFocusLayout,
];

const byId = new Map(LAYOUTS.map((l) => [l.id, l]));

export function findLayout(id: string): Layout | undefined {
  return byId.get(id);
}

/** The layout for a slide; an unknown id (from a newer build) falls back to one large widget. */
export function getLayout(id: string): Layout {
  return byId.get(id) ?? oneLargeLayout;
}
