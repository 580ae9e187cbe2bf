// Builds assets/datasets/builtin.json from the team's sourced data (../shared/data/indicators.json).
// Run: npx tsx scripts/buildDatasets.ts [path/to/indicators.json]. Re-runnable; the output is committed.
//
// Rules (issue 3, /work/shared/data/README.md):
// - only rows with verified:true and a non-null value; unverified projections (SIA/BCG 2030) never appear;
// - every dataset keeps its source and its caveats (secondary copies, single sources) in source.note;
// - derived columns and projections/estimates say so in their labels;
// - the IC Insights and SIA/BCG fab-share methods are separate datasets, never mixed;
// - country rows carry an ISO alpha-2 `code` column (charts highlight partners, maps do choropleth).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatasetSchema, type Dataset } from '../shared/deck/schema';

interface SourceRow {
  key: string;
  label: string;
  value: number | null;
  verified: boolean;
  derived?: boolean;
  note?: string;
  hq?: string;
  revenue_usd_m?: number;
  share_of_world_pct_derived?: number;
  [field: string]: unknown;
}
interface SourceDataset {
  id: string;
  title: string;
  unit: string;
  year: string | null;
  source: { publisher: string; title: string; year: number | null; url: string | null };
  rows: SourceRow[];
  verified: boolean;
  notes: string;
}

type Cell = string | number | null;

/** How one built-in dataset is cut from a source dataset. */
interface Spec {
  id: string;
  from: string;
  title: string;
  unit: string;
  year: string;
  /** Header of the label column (Country, Region, Company). */
  labelHeader: string;
  /** Value columns: header and how to read the number from a source row. */
  values: { key: string; label: string; read: (r: SourceRow, rows: readonly SourceRow[]) => number | null | undefined }[];
  /** Which rows to take (after the verified/non-null filter). */
  rows?: (r: SourceRow) => boolean;
  /** ISO alpha-2 code of a row that is a country; null for regions, totals and companies. */
  code?: (r: SourceRow) => string | null;
  /** HQ country of a company row (foundries), so charts can highlight partner companies. */
  hq?: boolean;
  /** Display label override. */
  label?: (r: SourceRow) => string;
  /** Caveat put before the source's own notes. */
  caveat?: string;
}

const ISO2 = /^[A-Z]{2}$/;
const countryCode = (r: SourceRow): string | null => (ISO2.test(r.key) ? r.key : null);
const regionCode = (r: SourceRow): string | null => {
  const k = r.key.split('-')[0] ?? '';
  return ISO2.test(k) ? k : null;
};
const value = (r: SourceRow) => r.value;
/** A derived share of the world total, in %, to 1 decimal from 1% up and to 2 significant
 * digits below (Malaysia's 130 t of 390,000 t is 0.033%, not "0"). */
export function roundShare(pct: number): number {
  if (pct === 0 || Math.abs(pct) >= 1) return Math.round(pct * 10) / 10;
  return Number(pct.toPrecision(2));
}

/** Share of the world total, computed here from the row's verified value and the verified
 * WORLD row (indicators.json stores it to 1 decimal, which turns small shares into 0). */
const derivedShare = (r: SourceRow, rows: readonly SourceRow[]): number | undefined => {
  const world = rows.find((w) => w.key === 'WORLD' && w.verified && typeof w.value === 'number');
  if (typeof r.share_of_world_pct_derived !== 'number' || !world || typeof r.value !== 'number') return r.share_of_world_pct_derived;
  return roundShare((r.value / (world.value as number)) * 100);
};

const SECONDARY_SIA =
  'Secondary copies: the SIA/BCG original was not available; figures come from news reports that attribute them to SIA/BCG. Check the original before quoting in print. Not comparable with IC Insights figures (different method).';
const SECONDARY_TF =
  'Secondary copies: the TrendForce original was not available; figures come from reports that attribute them to TrendForce. Check the original before quoting in print.';
const SINGLE_MCS2026 = 'Single source: one stored machine extraction of the USGS PDF, not compared with a second copy.';

const fabRegionLabel = (r: SourceRow) => r.label.replace(/, (1990|2020)$/, '');

const SPECS: Spec[] = [
  {
    id: 'fab_capacity_share_2020_siabcg',
    from: 'semi_fab_capacity_share_by_region',
    title: 'Share of global semiconductor fab capacity by location, 2020 (SIA/BCG)',
    unit: '%',
    year: '2020',
    labelHeader: 'Region',
    values: [{ key: 'share', label: 'Share of global fab capacity, 2020 (%)', read: value }],
    rows: (r) => r.key.endsWith('-2020'),
    code: regionCode,
    label: fabRegionLabel,
    caveat: `${SECONDARY_SIA} Capacity is counted by fab location, not company HQ. The remaining 6% ("Other") is derived, not read from a source, and is left out. The 2030 projection is not verified and is left out.`,
  },
  {
    id: 'fab_capacity_share_1990_siabcg',
    from: 'semi_fab_capacity_share_by_region',
    title: 'Share of global semiconductor fab capacity by location, 1990 (SIA/BCG)',
    unit: '%',
    year: '1990',
    labelHeader: 'Region',
    values: [{ key: 'share', label: 'Share of global fab capacity, 1990 (%)', read: value }],
    rows: (r) => r.key.endsWith('-1990'),
    code: regionCode,
    label: fabRegionLabel,
    caveat: `${SECONDARY_SIA} Capacity is counted by fab location, not company HQ. The chart's data leaves out small fabs and fabs under 8-inch, which may overstate Europe's 1990 share.`,
  },
  {
    id: 'wafer_capacity_share_dec2020_icinsights',
    from: 'semi_wafer_capacity_share_icinsights_dec2020',
    title: 'Installed IC wafer capacity by location, December 2020 (IC Insights; top two only)',
    unit: '%',
    year: 'Dec 2020',
    labelHeader: 'Location',
    values: [{ key: 'share', label: 'Share of global installed monthly wafer capacity (%)', read: value }],
    code: countryCode,
    caveat: 'Comparison series: a different method from SIA/BCG; do not chart the two together.',
  },
  ...(
    [
      ['foundry_share_4q20_trendforce', 'foundry_share_4q20_trendforce', 'Foundry market share by company, 4Q20 (TrendForce projection, 7 Dec 2020)', '4Q20 (projection)', 'Foundry revenue share, 4Q20 (%) (projection)', true],
      ['foundry_share_2q21_trendforce', 'foundry_share_2q21_trendforce', 'Foundry market share by company, 2Q21 (TrendForce; top three with published shares)', '2Q21', 'Foundry revenue share, 2Q21 (%)', true],
      ['foundry_share_3q21_trendforce', 'foundry_share_3q21_trendforce', 'Foundry market share, TSMC and Samsung, 3Q21 (TrendForce)', '3Q21', 'Foundry revenue share, 3Q21 (%)', true],
      ['foundry_share_2020_trendforce', 'foundry_share_2020_annual_trendforce', 'Foundry market share, full-year 2020 (TrendForce estimate, Dec 2020; rounded)', '2020 (estimate)', 'Foundry revenue share, 2020 (%) (estimate)', false],
    ] as const
  ).map(
    ([id, from, title, year, header, revenue]): Spec => ({
      id,
      from,
      title,
      unit: '%',
      year,
      labelHeader: 'Company',
      values: [
        { key: 'share', label: header, read: value },
        ...(revenue ? [{ key: 'revenue', label: 'Revenue (US$ m)', read: (r: SourceRow) => r.revenue_usd_m }] : []),
      ],
      code: () => null,
      hq: true,
      caveat:
        id === 'foundry_share_2q21_trendforce'
          ? `${SECONDARY_TF} GlobalFoundries and SMIC shares were not found and are left out (their revenues, US$1.52bn and US$1.34bn, were).`
          : SECONDARY_TF,
    }),
  ),
  ...(
    [
      ['rare_earths_production_2024_mcs2025', 'rare_earths_mine_production_2024_mcs2025', 'Rare-earth mine production by country, 2024 (USGS MCS 2025)', '2024', 'Mine production, 2024 (t REO equivalent)', 'Known trap: Australia 2024 is 13,000 t (not 113,000 t: a footnote number fused with the value in a text copy of the PDF).'],
      ['rare_earths_production_2025e_mcs2026', 'rare_earths_mine_production_2025e_mcs2026', 'Rare-earth mine production by country, 2025 estimate (USGS MCS 2026)', '2025 (estimate)', 'Mine production, 2025 (t REO equivalent) (estimate)', SINGLE_MCS2026],
      ['rare_earths_production_2020_mcs2021', 'rare_earths_mine_production_2020_mcs2021', 'Rare-earth mine production, 2020 (USGS MCS 2021) — partial table', '2020', 'Mine production, 2020 (t REO equivalent)', 'Partial: Burma and Australia were not found and are left out; do not read the missing rows as zero.'],
      ['rare_earths_reserves_mcs2025', 'rare_earths_reserves_mcs2025', 'Rare-earth reserves by country (USGS MCS 2025)', 'Jan 2025', 'Reserves (t REO equivalent)', 'World total is a lower bound (more than 90 million t), so derived shares are upper bounds.'],
      ['lithium_production_2025e_mcs2026', 'lithium_mine_production_2025e_mcs2026', 'Lithium mine production by country, 2025 estimate (USGS MCS 2026)', '2025 (estimate)', 'Mine production, 2025 (t lithium content) (estimate)', `${SINGLE_MCS2026} US output is withheld by USGS and left out; the world total excludes it.`],
      ['cobalt_production_2025e_mcs2026', 'cobalt_mine_production_2025e_mcs2026', 'Cobalt mine production by country, 2025 estimate (USGS MCS 2026)', '2025 (estimate)', 'Mine production, 2025 (t cobalt content) (estimate)', SINGLE_MCS2026],
      ['graphite_production_2025e_mcs2026', 'graphite_natural_mine_production_2025e_mcs2026', 'Natural graphite mine production by country, 2025 estimate (USGS MCS 2026)', '2025 (estimate)', 'Mine production, 2025 (t) (estimate)', SINGLE_MCS2026],
    ] as const
  ).map(
    ([id, from, title, year, header, caveat]): Spec => ({
      id,
      from,
      title,
      unit: 't',
      year,
      labelHeader: 'Country',
      values: [
        { key: 'tonnes', label: header, read: value },
        { key: 'share_derived', label: 'Share of world total (%) (derived)', read: derivedShare },
      ],
      code: countryCode,
      caveat,
    }),
  ),
  {
    id: 'population_2023_worldbank',
    from: 'country_facts_partners',
    title: 'Population of partner and comparison countries, 2023 (World Bank)',
    unit: 'persons',
    year: '2023',
    labelHeader: 'Country',
    values: [{ key: 'population', label: 'Population, 2023', read: (r) => r.population_2023 as number | null }],
    code: (r) => (typeof r.iso_alpha2 === 'string' ? r.iso_alpha2 : null),
    caveat: 'Taiwan is not in the World Bank data and is left out (a different publisher, e.g. DGBAS, is needed). The EU row is the World Bank aggregate EUU, not a country: do not add it to its members.',
  },
  {
    id: 'gdp_2023_worldbank',
    from: 'country_facts_partners',
    title: 'GDP of partner and comparison countries, 2023 (current US$, World Bank)',
    unit: 'US$',
    year: '2023',
    labelHeader: 'Country',
    values: [{ key: 'gdp', label: 'GDP, 2023 (current US$)', read: (r) => r.gdp_current_usd_2023 as number | null }],
    code: (r) => (typeof r.iso_alpha2 === 'string' ? r.iso_alpha2 : null),
    caveat: 'Taiwan is not in the World Bank data and is left out (a different publisher, e.g. DGBAS, is needed). The EU row is the World Bank aggregate EUU, not a country: do not add it to its members.',
  },
];

/** Converts one spec; returns null when no verified row remains. */
export function convert(spec: Spec, src: SourceDataset): Dataset | null {
  const primary = spec.values[0];
  if (!primary) throw new Error(`${spec.id}: no value column`);
  const rows = src.rows.filter((r) => r.verified === true && typeof primary.read(r, src.rows) === 'number' && (spec.rows?.(r) ?? true));
  if (rows.length === 0) return null;
  const columns: Dataset['columns'] = [
    { key: 'key', label: 'Source row', type: 'string' },
    { key: 'code', label: 'ISO alpha-2', type: 'string' },
    ...(spec.hq ? [{ key: 'hq', label: 'HQ country (ISO alpha-2)', type: 'string' as const }] : []),
    { key: 'label', label: spec.labelHeader, type: 'string' },
    ...spec.values.map((v) => ({ key: v.key, label: v.label, type: 'number' as const })),
    { key: 'note', label: 'Note', type: 'string' },
  ];
  // A value column is kept only if every row has a number in it (nothing null is charted).
  const keptValues = spec.values.filter((v) => rows.every((r) => typeof v.read(r, src.rows) === 'number' || r.key === 'WORLD'));
  const out = rows.map((r) => {
    const row: Record<string, Cell> = {
      key: r.key,
      code: spec.code ? spec.code(r) : null,
      label: spec.label ? spec.label(r) : r.label,
    };
    if (spec.hq) row.hq = typeof r.hq === 'string' ? r.hq : null;
    for (const v of keptValues) {
      const n = v.read(r, src.rows);
      if (typeof n === 'number') row[v.key] = n;
    }
    row.note = r.note ?? null;
    return row;
  });
  const note = [spec.caveat, src.notes].filter((s): s is string => !!s && s.trim() !== '').join(' ');
  return DatasetSchema.parse({
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    year: spec.year,
    source: { ...src.source, accessed: null, note },
    columns: columns.filter((c) => c.type === 'string' || keptValues.some((v) => v.key === c.key)),
    rows: out,
  });
}

export function buildBuiltins(sources: SourceDataset[]): { datasets: Dataset[]; origin: Record<string, string>; skipped: string[] } {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const datasets: Dataset[] = [];
  const origin: Record<string, string> = {};
  for (const spec of SPECS) {
    const src = byId.get(spec.from);
    if (!src) throw new Error(`indicators.json has no dataset "${spec.from}" (needed for ${spec.id})`);
    const ds = convert(spec, src);
    if (ds) {
      datasets.push(ds);
      origin[ds.id] = spec.from;
    }
  }
  const used = new Set(SPECS.map((s) => s.from));
  const skipped = sources.filter((s) => !used.has(s.id) || !s.rows.some((r) => r.verified && r.value !== null)).map((s) => s.id);
  return { datasets, origin, skipped: skipped.filter((id) => !Object.values(origin).includes(id)) };
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const input = resolve(process.argv[2] ?? resolve(here, '../../shared/data/indicators.json'));
  const sources = JSON.parse(readFileSync(input, 'utf8')) as SourceDataset[];
  const { datasets, origin, skipped } = buildBuiltins(sources);
  // Australia 2024 must be 13,000 t: guard the known PDF-to-text trap (113,000).
  const re2024 = datasets.find((d) => d.id === 'rare_earths_production_2024_mcs2025');
  if (re2024?.rows.find((r) => r.code === 'AU')?.tonnes !== 13000) throw new Error('Australia 2024 rare-earth output is not 13,000 t: check the input');
  const out = resolve(here, '../assets/datasets/builtin.json');
  mkdirSync(dirname(out), { recursive: true });
  const doc = {
    // Provenance for people reading the file; the app reads `datasets` only.
    generatedBy: 'scripts/buildDatasets.ts',
    generatedFrom: 'shared/data/indicators.json (verified rows only)',
    // Built-in dataset id -> indicators.json dataset id; the integrity test checks each row against it.
    origin,
    skipped,
    datasets,
  };
  writeFileSync(out, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`wrote ${datasets.length} datasets (${datasets.reduce((n, d) => n + d.rows.length, 0)} rows) to ${out}; skipped: ${skipped.join(', ') || 'none'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
