// How a live map edits its own widget. A View has no `update` (it renders everywhere, also
// where nothing may change), so the editor provides these handlers for the slide it shows;
// maps outside a provider (audience screen, previews) are not interactive.
import { createContext, useMemo, type ReactNode } from 'react';
import * as ops from '../../../shared/deck/operations';
import type { Bounds } from '../../../shared/widgets/map/schema';
import { apply } from '../../store/documentStore';
import { toggleCountry } from '../../../shared/widgets/map/edits';

export interface MapEditHandlers {
  /** The user panned or zoomed a live map: store what it now shows. */
  onBoundsChange(widgetId: string, bounds: Bounds): void;
  /** The user clicked a country (ISO numeric id): add it, or remove it if already picked. */
  onCountryToggle(widgetId: string, countryId: string): void;
}

export const MapEditContext = createContext<MapEditHandlers | null>(null);

/** Handlers that edit the open document through apply(): one undo step per gesture (a
 * pan/zoom burst within the coalesce window merges into one "Move map" step). */
export function documentMapEditHandlers(): MapEditHandlers {
  return {
    onBoundsChange(widgetId, bounds) {
      apply(
        'Move map',
        (d) =>
          ops.updateWidget(d, widgetId, (w) => {
            if (w.kind === 'map') w.props.bounds = bounds;
          }),
        { coalesceKey: `map.bounds.${widgetId}` },
      );
    },
    onCountryToggle(widgetId, countryId) {
      apply('Toggle country', (d) =>
        ops.updateWidget(d, widgetId, (w) => {
          if (w.kind === 'map') toggleCountry(w.props, countryId);
        }),
      );
    },
  };
}

/** Wrap the editor canvas's SlideView in this to make its live maps editable. */
export function MapEditProvider({ children }: { children: ReactNode }) {
  const handlers = useMemo(documentMapEditHandlers, []);
  return <MapEditContext.Provider value={handlers}>{children}</MapEditContext.Provider>;
}
