// How a live map edits its own widget: pan/zoom and country clicks become changes through the
// surface's WidgetEditContext (../editContext.ts). Outside one a map is not interactive.
import { useContext, useMemo } from 'react';
import { toggleCountry } from '../../../shared/widgets/map/edits';
import type { Bounds } from '../../../shared/widgets/map/schema';
import { WidgetEditContext, type WidgetEdits } from '../editContext';

export interface MapEditHandlers {
  /** The user panned or zoomed a live map: store what it now shows. */
  onBoundsChange(widgetId: string, bounds: Bounds): void;
  /** The user clicked a country (ISO numeric id): add it, or remove it if already picked. */
  onCountryToggle(widgetId: string, countryId: string): void;
}

/** One undo step per gesture: a pan/zoom burst within the coalesce window is one "Move map". */
export function mapEditHandlers(edits: WidgetEdits): MapEditHandlers {
  return {
    onBoundsChange(widgetId, bounds) {
      edits.update(widgetId, 'Move map', (w) => void (w.kind === 'map' && (w.props.bounds = bounds)), `map.bounds.${widgetId}`);
    },
    onCountryToggle(widgetId, countryId) {
      edits.update(widgetId, 'Toggle country', (w) => void (w.kind === 'map' && toggleCountry(w.props, countryId)));
    },
  };
}

export function useMapEdits(): MapEditHandlers | null {
  const edits = useContext(WidgetEditContext);
  return useMemo(() => (edits ? mapEditHandlers(edits) : null), [edits]);
}
