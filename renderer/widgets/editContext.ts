// How a view edits its own widget while it is on screen (a live map panned on the canvas).
// A View has no `update` (it draws everywhere, also where nothing may change), so the surface
// that shows it provides this: the editor records each change as an undo step; the audience
// screen lets a view be moved for questions and records nothing; elsewhere views are not
// interactive (no provider).
import { createContext } from 'react';
import type { Widget } from '../../shared/widgets';

export interface WidgetEdits {
  /** One recorded change to a widget; a coalesceKey merges a gesture's steps into one. */
  update(widgetId: string, label: string, change: (w: Widget) => void, coalesceKey?: string): void;
}

export const WidgetEditContext = createContext<WidgetEdits | null>(null);

/** Interactive, but nothing is recorded (the audience screen). */
export const VIEW_ONLY_EDITS: WidgetEdits = { update: () => undefined };
