// The one list of widget kinds the renderer knows. Adding a kind = one folder + one line.
import type { WidgetKind } from '../../shared/widgets';
import { chartWidget } from './chart';
import { keyFigureWidget } from './keyFigure';
import { mapWidget } from './map';
import { quoteWidget } from './quote';
import { textWidget } from './text';
import type { WidgetModule } from './types';

export const WIDGET_MODULES = [mapWidget, chartWidget, quoteWidget, textWidget, keyFigureWidget] as const;

const byKind = new Map<WidgetKind, WidgetModule>(WIDGET_MODULES.map((m) => [m.kind, m as unknown as WidgetModule]));

export function widgetModule(kind: WidgetKind): WidgetModule {
  const m = byKind.get(kind);
  if (!m) throw new Error(`no widget module for ${kind}`);
  return m;
}
