// Map widget: countries by role or by data, framed by stored geographic bounds.
// View = live MapLibre in mode 'live', vector SVG elsewhere; Inspector edits props via update.
import type { WidgetModule } from '../types';
import { MapInspector } from './MapInspector';
import { loadMapLibre } from './maplibreLoader';
import { MapView } from './MapView';
import { preloadMapGeometry } from './preloadGeometry';

const icon = (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
    <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
    <path d="M2 10h16M10 1.5c-3 3-3 14 0 17M10 1.5c3 3 3 14 0 17" fill="none" stroke="currentColor" strokeWidth="1.2" />
  </svg>
);

export const mapWidget: WidgetModule<'map'> = {
  kind: 'map',
  description: 'Countries by role (partners, competitors) or shaded by data, framed on a region',
  icon,
  View: MapView,
  Inspector: MapInspector,
  figure: true,
  // MapLibre/WebGL on the editor's current slide and the audience screen; it pans there.
  live: { prepare: loadMapLibre, takesPointer: true },
  preload: (_maps, deck) => preloadMapGeometry(deck),
};
