// The live map's MapLibre style: ONE GeoJSON source, no glyphs, no sprite, no tiles, so the
// map makes no network request. Labels are HTML overlays (MapLabels.tsx), not symbol layers.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryFeatureProps } from '../../../shared/geo/world';
import type { Theme } from '../../../shared/theme';

export const SOURCE_ID = 'countries';
export const FILL_LAYER = 'countries-fill';
export const BORDER_LAYER = 'countries-border';
export const WATER_LAYER = 'water';

/** Data-driven fill: the paint's colour per ISO numeric id, land colour otherwise. */
export function fillColorExpression(fills: Map<string, string>, land: string): ExpressionSpecification | string {
  if (fills.size === 0) return land;
  const pairs = [...fills].flatMap(([id, color]) => [id, color]);
  return ['match', ['coalesce', ['get', 'id'], ''], ...pairs, land] as unknown as ExpressionSpecification;
}

export function liveStyle(
  data: FeatureCollection<Polygon | MultiPolygon, CountryFeatureProps>,
  theme: Theme,
  fills: Map<string, string>,
): StyleSpecification {
  return {
    version: 8,
    sources: { [SOURCE_ID]: { type: 'geojson', data, tolerance: 0.3 } },
    layers: [
      { id: WATER_LAYER, type: 'background', paint: { 'background-color': theme.colors.water } },
      { id: FILL_LAYER, type: 'fill', source: SOURCE_ID, paint: { 'fill-color': fillColorExpression(fills, theme.colors.land) } },
      { id: BORDER_LAYER, type: 'line', source: SOURCE_ID, paint: { 'line-color': theme.colors.border, 'line-width': 0.8 } },
    ],
  };
}
