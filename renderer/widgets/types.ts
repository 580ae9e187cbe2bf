// The widget plug-in shape (DESIGN.md §3). Each kind is one folder under
// renderer/widgets/<kind> exporting a WidgetModule; registry.ts lists them.
import type { ComponentType, ReactNode } from 'react';
import type { Deck } from '../../shared/deck/schema';
import type { Theme } from '../../shared/theme';
import type { WidgetKind, WidgetOf } from '../../shared/widgets';

/**
 * How a view is drawn:
 * - 'live': the one interactive rendering (editor's selected slide, audience screen);
 *   maps use MapLibre/WebGL here and only here.
 * - 'static': thumbnails and previews; no WebGL, no animation.
 * - 'print': like static, and the print route awaits readiness.
 */
export type RenderMode = 'live' | 'static' | 'print';

export interface WidgetViewProps<K extends WidgetKind = WidgetKind> {
  widget: WidgetOf<K>;
  deck: Deck;
  theme: Theme;
  /** The slot's size in logical slide pixels (fixed; no ResponsiveContainer). */
  width: number;
  height: number;
  mode: RenderMode;
  /** Readiness key; unique per rendering of this widget (slide + slot + mode). */
  readyKey: string;
  /** "Slide 3 “Title”, chart" — used when a widget does not become ready. */
  readyLabel: string;
}

export interface InspectorProps<K extends WidgetKind = WidgetKind> {
  widget: WidgetOf<K>;
  deck: Deck;
  /** The only way an inspector changes the deck: one recorded, undoable step. Pass a
   * coalesceKey for typing so a word is one undo step, not one per key. */
  update(label: string, change: (w: WidgetOf<K>) => void, coalesceKey?: string): void;
}

export interface WidgetModule<K extends WidgetKind = WidgetKind> {
  kind: K;
  name: string;
  /** A short description for the palette tooltip. */
  description: string;
  icon: ReactNode;
  View: ComponentType<WidgetViewProps<K>>;
  Inspector: ComponentType<InspectorProps<K>>;
  /** Alt text drafted from the data, used when widget.alt is null. */
  describe(widget: WidgetOf<K>, deck: Deck): string;
}
