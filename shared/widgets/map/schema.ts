// Map widget props: which countries are highlighted, in what role, and the framing.
// Used by the live MapLibre view and the static SVG renderer alike.
import { z } from 'zod';
import type { KindWidget } from '../definition';
import { IdSchema, safeKey } from '../../deck/idSchema';

export const COUNTRY_ROLES = ['partner', 'focus', 'competitor', 'other'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

/** Web Mercator's latitude limit (85.0511°), rounded up: a fully zoomed-out view stores it. */
export const MAX_BOUNDS_LATITUDE = 85.06;

/** Geographic bounds [west, south, east, north] in degrees. east may exceed 180 for
 * Pacific-centred frames (e.g. 100..290), so a frame never needs to wrap. */
export const BoundsSchema = z
  .tuple([
    z.number().min(-540).max(540),
    z.number().min(-MAX_BOUNDS_LATITUDE).max(MAX_BOUNDS_LATITUDE),
    z.number().min(-540).max(540),
    z.number().min(-MAX_BOUNDS_LATITUDE).max(MAX_BOUNDS_LATITUDE),
  ])
  .refine(([w, s, e, n]) => e > w && n > s && e - w <= 360, {
    message: 'bounds must be [west, south, east, north] with east > west and north > south',
  });
export type Bounds = z.infer<typeof BoundsSchema>;

export const MapCountrySchema = z.object({
  // ISO 3166 numeric code as in world-atlas ("158" Taiwan); the geometry key.
  id: z.string().regex(/^\d{3}$/),
  // How the country is coloured: the theme maps each role to a colour.
  role: z.enum(COUNTRY_ROLES),
  // Optional label drawn on the map; null shows no label for this country.
  label: z.string().max(200).nullable().default(null),
});
export type MapCountry = z.infer<typeof MapCountrySchema>;

export const MapPropsSchema = z.object({
  // Heading drawn above the map inside the widget; empty for none.
  title: z.string().max(300).default(''),
  // The framing, stored as bounds so both renderers frame identically.
  bounds: BoundsSchema,
  // Highlighted countries in picking order.
  countries: z.array(MapCountrySchema).max(300).default([]),
  // 'roles' colours by role; 'choropleth' colours by a dataset column.
  mode: z.enum(['roles', 'choropleth']).default('roles'),
  // Dataset and value column for choropleth mode; rows are matched by ISO alpha-2 key.
  choropleth: z
    .object({
      // Built-in dataset id or deck dataset id.
      datasetId: IdSchema,
      // Column holding the numbers.
      column: safeKey(0, 200),
    })
    .nullable()
    .default(null),
  // Whether country labels are drawn.
  showLabels: z.boolean().default(true),
});
export type MapProps = z.infer<typeof MapPropsSchema>;
/** A map widget as stored in a deck. */
export type MapWidget = KindWidget<'map', MapProps>;

export const MAP_PRESETS = {
  world: { name: 'World (Pacific-centred)', bounds: [-10, -60, 350, 80] },
  indoPacific: { name: 'Indo-Pacific', bounds: [60, -48, 190, 55] },
  eastAsia: { name: 'East Asia', bounds: [95, 5, 155, 52] },
  taiwanStrait: { name: 'Taiwan Strait', bounds: [115, 20, 126, 28] },
  koreanPeninsula: { name: 'Korean Peninsula', bounds: [123, 33, 132, 43.5] },
} as const satisfies Record<string, { name: string; bounds: Bounds }>;
export type MapPresetId = keyof typeof MAP_PRESETS;

export function defaultMapProps(): MapProps {
  return {
    title: '',
    bounds: [...MAP_PRESETS.indoPacific.bounds],
    countries: [],
    mode: 'roles',
    choropleth: null,
    showLabels: true,
  };
}
