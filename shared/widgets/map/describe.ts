// Alt text drafted from a map's props: "Map of the Indo-Pacific highlighting United States,
// Japan, South Korea, Taiwan and Australia (partners) and China (competitor)".
import { displayName, type CountryNameSource } from '../../countries';
import type { Dataset } from '../../deck/schema';
import { COUNTRY_ROLES, MAP_PRESETS, type Bounds, type CountryRole, type MapProps } from './schema';

const PRESET_PHRASES: Record<keyof typeof MAP_PRESETS, string> = {
  world: 'the world',
  indoPacific: 'the Indo-Pacific',
  eastAsia: 'East Asia',
  taiwanStrait: 'the Taiwan Strait',
  koreanPeninsula: 'the Korean Peninsula',
};

const ROLE_PLURALS: Record<CountryRole, [string, string]> = {
  partner: ['partner', 'partners'],
  focus: ['focus', 'focus'],
  competitor: ['competitor', 'competitors'],
  other: ['other', 'other'],
};

/** "A", "A and B", "A, B and C". */
export function listAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function sameFrame(a: Bounds, b: readonly number[]): boolean {
  return a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 1.5);
}

function deg(v: number, pos: string, neg: string): string {
  return `${Math.abs(Math.round(v))}°${v >= 0 ? pos : neg}`;
}

/** "the Indo-Pacific", or "the area around 24°N 121°E" for custom frames. */
export function framePhrase(bounds: Bounds): string {
  for (const [id, preset] of Object.entries(MAP_PRESETS)) {
    if (sameFrame(bounds, preset.bounds)) return PRESET_PHRASES[id as keyof typeof MAP_PRESETS];
  }
  const [w, s, e, n] = bounds;
  if (e - w >= 300) return 'the world';
  let lon = (w + e) / 2;
  lon = lon - 360 * Math.round(lon / 360);
  return `the area around ${deg((s + n) / 2, 'N', 'S')} ${deg(lon, 'E', 'W')}`;
}

export function describeMap(props: MapProps, deck: CountryNameSource, dataset?: Dataset): string {
  const where = `Map of ${framePhrase(props.bounds)}`;
  if (props.mode === 'choropleth') {
    const col = dataset?.columns.find((c) => c.key === props.choropleth?.column);
    const what = col ? `${col.label}${dataset ? ` (${dataset.title})` : ''}` : 'a dataset';
    return `${where} shading countries by ${what}`;
  }
  const groups = COUNTRY_ROLES.map((role) => {
    const names = props.countries.filter((c) => c.role === role).map((c) => displayName(c.id, deck));
    if (names.length === 0) return null;
    const [one, many] = ROLE_PLURALS[role];
    return `${listAnd(names)} (${names.length === 1 ? one : many})`;
  }).filter((g): g is string => g !== null);
  if (groups.length === 0) return where;
  return `${where} highlighting ${listAnd(groups)}`;
}
