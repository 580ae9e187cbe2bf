// How a live map edits its own widget. A View has no `update` (it renders everywhere, also
// where nothing may change), so the editor provides these handlers for the slide it shows;
// maps outside a provider (audience screen, previews) are not interactive. The editor's
// provider, which edits the document, is renderer/editor/MapEditProvider.tsx.
import { createContext } from 'react';
import type { Bounds } from '../../../shared/widgets/map/schema';

export interface MapEditHandlers {
  /** The user panned or zoomed a live map: store what it now shows. */
  onBoundsChange(widgetId: string, bounds: Bounds): void;
  /** The user clicked a country (ISO numeric id): add it, or remove it if already picked. */
  onCountryToggle(widgetId: string, countryId: string): void;
}

export const MapEditContext = createContext<MapEditHandlers | null>(null);
