// The renderer's one list of widget kinds, in the order of shared/widgets' definitions. A new
// kind is its two folders plus one line here and one in shared/widgets/index.ts
// (docs/widget-kinds.md). Callers ask these helpers what a kind can do; none tests a kind.
import type { Deck } from '../../shared/deck/schema';
import { WIDGET_KINDS, type Widget, type WidgetKind } from '../../shared/widgets';
import { chartWidget } from './chart';
import { imageWidget } from './image';
import { keyFigureWidget } from './keyFigure';
import { mapWidget } from './map';
import { quoteWidget } from './quote';
import { tableWidget } from './table';
import { textWidget } from './text';
import type { WidgetModule } from './types';

const MODULES = [mapWidget, chartWidget, quoteWidget, textWidget, keyFigureWidget, imageWidget, tableWidget] as const;

// A fixed table of loaded code, built once from MODULES and never changed.
const byKind = new Map<WidgetKind, WidgetModule>(MODULES.map((m) => [m.kind, m as unknown as WidgetModule]));

/** Every module, in the definitions' order (the widget palette). */
export const WIDGET_MODULES: readonly WidgetModule[] = WIDGET_KINDS.map(widgetModule);

export function widgetModule(kind: WidgetKind): WidgetModule {
  const m = byKind.get(kind);
  if (!m) throw new Error(`no widget module for ${kind}`);
  return m;
}

/** Whether the widget draws differently (and interactively) in mode 'live'. */
export function hasLiveView(widget: Widget | undefined): boolean {
  return widget !== undefined && widgetModule(widget.kind).live !== undefined;
}

/** Whether, selected on the editor's canvas, the widget takes the pointer itself. */
export function takesPointer(widget: Widget | undefined): boolean {
  return widget !== undefined && widgetModule(widget.kind).live?.takesPointer === true;
}

/** The deck's widgets grouped by module, for capabilities that work per kind. */
export function modulesInDeck(deck: Deck): { module: WidgetModule; widgets: Widget[] }[] {
  const groups = new Map<WidgetKind, Widget[]>();
  for (const w of Object.values(deck.widgets)) {
    const list = groups.get(w.kind);
    if (list) list.push(w);
    else groups.set(w.kind, [w]);
  }
  return [...groups].map(([kind, widgets]) => ({ module: widgetModule(kind), widgets }));
}
