// Pure builder for shared/countries.json (see generateCountries.ts): ISO codes and names
// from i18n-iso-countries, which detail of world-atlas has geometry, capitals from the
// team's verified country-facts dataset.
import { foldCountryName as foldName, type Country } from '../shared/countries';

export interface CountrySources {
  /** [alpha2, alpha3, numeric, iso3166-2 ref] */
  codes: [string, string, string, string][];
  /** alpha2 -> English name, or several names with the ISO short name first. */
  english: Record<string, string | string[]>;
  atlas110: AtlasTopology;
  atlas50: AtlasTopology;
  indicators: { id: string; rows: { iso_numeric?: string | null; capital?: string | null; verified?: boolean }[] }[];
}

interface AtlasTopology {
  objects: { countries: { geometries: { id?: string }[] } };
}

/** One registry row as stored in shared/countries.json (the registry's own type). */
export type CountryRow = Country;

/**
 * Briefing names where the ISO short name is long-form or political. Taiwan: ISO's
 * "Taiwan, Province of China" is a political position a US/partner briefing would not
 * take; world-countries and world-atlas use "Taiwan", so do we (decks can override).
 */
export const SHORT_NAMES: Record<string, string> = {
  TW: 'Taiwan',
  US: 'United States',
  GB: 'United Kingdom',
  CN: 'China',
  KR: 'South Korea',
  KP: 'North Korea',
  RU: 'Russia',
  IR: 'Iran',
  SY: 'Syria',
  LA: 'Laos',
  BN: 'Brunei',
  MD: 'Moldova',
  FM: 'Micronesia',
  TZ: 'Tanzania',
  CZ: 'Czechia',
  NL: 'Netherlands',
  MK: 'North Macedonia',
  PS: 'Palestinian Territories',
  CG: 'Republic of the Congo',
  CD: 'Democratic Republic of the Congo',
  CI: "Côte d'Ivoire",
  GM: 'The Gambia',
  TR: 'Türkiye',
  AE: 'United Arab Emirates',
  VA: 'Vatican City',
  FK: 'Falkland Islands',
  PN: 'Pitcairn Islands',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
  AX: 'Åland Islands',
  MF: 'Saint Martin',
  SX: 'Sint Maarten',
  BQ: 'Caribbean Netherlands',
  CC: 'Cocos (Keeling) Islands',
};

/**
 * Other names data arrives with (World Bank, UN, news style), beyond i18n-iso-countries'
 * English variants: CSV rows say "Korea, Rep." or "Burma" and must still match a partner.
 */
export const EXTRA_ALIASES: Record<string, readonly string[]> = {
  US: ['America', 'United States (US)'],
  GB: ['Britain', 'U.K.'],
  KR: ['Korea, Rep.', 'Korea (South)', 'Korea', 'ROK'],
  KP: ["Korea, Dem. People's Rep.", 'Korea (North)', 'DPRK'],
  TW: ['Chinese Taipei', 'Taiwan, China', 'Republic of China', 'ROC'],
  CN: ['PRC', 'Mainland China', 'China (mainland)'],
  MM: ['Burma', 'Burma (Myanmar)', 'Myanmar (Burma)'],
  VN: ['Viet Nam'],
  LA: ['Lao PDR'],
  IR: ['Iran, Islamic Rep.'],
  EG: ['Egypt, Arab Rep.'],
  YE: ['Yemen, Rep.'],
  VE: ['Venezuela, RB'],
  CD: ['DR Congo', 'DRC', 'Congo, Dem. Rep.', 'Congo-Kinshasa'],
  CG: ['Congo, Rep.', 'Congo-Brazzaville'],
  HK: ['Hong Kong SAR, China', 'Hong Kong SAR'],
  MO: ['Macao SAR, China', 'Macau'],
  SK: ['Slovak Republic'],
  KG: ['Kyrgyz Republic'],
  TR: ['Turkiye'],
  NL: ['Holland'],
  RU: ['Russian Fed.'],
};

function atlasIds(t: AtlasTopology): Set<string> {
  return new Set(t.objects.countries.geometries.map((g) => g.id).filter((id): id is string => typeof id === 'string'));
}

export function buildCountryTable(src: CountrySources): CountryRow[] {
  const in110 = atlasIds(src.atlas110);
  const in50 = atlasIds(src.atlas50);
  const facts = src.indicators.find((d) => d.id === 'country_facts_partners');
  const capitals = new Map<string, string>();
  for (const row of facts?.rows ?? []) {
    if (row.verified && row.iso_numeric && row.capital) capitals.set(row.iso_numeric, row.capital);
  }
  const rows = src.codes.map(([a2, a3, num]) => {
    const en = src.english[a2];
    const isoName = (Array.isArray(en) ? en[0] : en) ?? a2;
    const name = SHORT_NAMES[a2] ?? isoName;
    const variants = [...(Array.isArray(en) ? en : en ? [en] : []), ...(EXTRA_ALIASES[a2] ?? [])];
    return {
      a2,
      a3,
      num,
      name,
      isoName,
      aliases: variants,
      capital: capitals.get(num) ?? null,
      geo: in110.has(num) ? ('110m' as const) : in50.has(num) ? ('50m' as const) : null,
    };
  });
  // An alias that two countries share ("Congo") names neither; names and codes are matched anyway.
  const owners = new Map<string, Set<string>>();
  for (const r of rows) for (const a of r.aliases) owners.set(foldName(a), (owners.get(foldName(a)) ?? new Set()).add(r.a2));
  return rows
    .map((r) => {
      const own = new Set([foldName(r.name), foldName(r.isoName), r.a2.toLowerCase(), r.a3.toLowerCase()]);
      const aliases = [...new Set(r.aliases.filter((a) => owners.get(foldName(a))?.size === 1 && !own.has(foldName(a))))];
      return { ...r, aliases };
    })
    .sort((a, b) => a.num.localeCompare(b.num));
}
