// Builds the sample deck assets/sample/supply-chain-alliance.briefdeck from the built-in
// datasets (assets/datasets/builtin.json) and the team's quotes and events
// (../shared/data/{quotes,events}.json), so numbers and sources live in one place.
// Run: npx tsx scripts/buildSampleDeck.ts [path/to/shared/data]. Ids are fixed so diffs stay small.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import builtinFile from '../assets/datasets/builtin.json';
import { datasetToTable } from '../shared/data/datasetTable';
import { parseDeckText, serializeDeck } from '../shared/deck/codec';
import { CURRENT_SCHEMA_VERSION, DECK_FORMAT, DatasetSchema, type Asset, type Dataset, type Deck, type Slide } from '../shared/deck/schema';
import { assetIdFor } from '../shared/widgets/image/assets';
import { getLayout } from '../shared/layouts';
import { tableFromDatasets } from '../shared/widgets/table/fromDatasets';
import type { ChartProps } from '../shared/widgets/chart/schema';
import { MAP_PRESETS } from '../shared/widgets/map/schema';
import type { Widget } from '../shared/widgets';
import type { DeckMarking, PortionMarkingData } from '../shared/markings/schema';
import type { Source } from '../shared/widgets/source';

interface QuoteRecord {
  id: string;
  text: string;
  speaker: string;
  role: string;
  context: string;
  date: string;
  source: { publisher: string; title: string; year: number | null; url: string | null };
  notes: string;
}
interface EventRecord {
  date: string;
  title: string;
  detail: string;
  source: { publisher: string; title: string; year: number | null };
}

const PARTNERS = ['US', 'JP', 'KR', 'TW', 'AU'];
const datasets = DatasetSchema.array().parse((builtinFile as { datasets: unknown }).datasets);

function dataset(id: string): Dataset {
  const d = datasets.find((x) => x.id === id);
  if (!d) throw new Error(`built-in dataset ${id} is missing: run scripts/buildDatasets.ts first`);
  return d;
}

function row(ds: Dataset, key: string): Record<string, string | number | null> {
  const r = ds.rows.find((x) => x.key === key);
  if (!r) throw new Error(`${ds.id} has no row ${key}`);
  return r;
}

function num(ds: Dataset, key: string, column: string): number {
  const v = row(ds, key)[column];
  if (typeof v !== 'number') throw new Error(`${ds.id} ${key}.${column} is not a number`);
  return v;
}

const fmt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(n);

function src(s: { publisher: string; title: string; year: number | null; url?: string | null }, note: string | null = null): Source {
  return { publisher: s.publisher, title: s.title, year: s.year, url: s.url ?? null, accessed: null, note };
}

function chart(id: string, ds: Dataset, over: Partial<ChartProps> = {}): Widget {
  return {
    id,
    kind: 'chart',
    source: { ...ds.source },
    showSource: true,
    alt: null,
    props: {
      type: 'column',
      title: ds.title,
      unit: ds.unit,
      asOf: ds.year,
      datasetId: ds.id,
      table: datasetToTable(ds),
      showValues: true,
      highlight: [...PARTNERS],
      ...over,
    },
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d ? `${Number(d)} ` : ''}${MONTHS[Number(m) - 1] ?? ''} ${y}`.trim();
};

// Markings (issue #13 item 5), so a new user sees portion marks, computed banners and audience
// versions at once. US scheme, every portion marked as government documents do. The sources are
// all public: the levels are illustrative and the first slide's notes say so. Two portions show
// what withholding does for the partner audience: the Taiwan partnership slide is internal
// (NOFORN: the whole slide is dropped) and the reported-plan sidebar on the map slide is NOFORN
// (a box keeps its place); the rare-earth numbers are released to the partners (REL TO), so
// slide 5's banner shows a release.
const U: PortionMarkingData = { level: 'U', caveats: [], relTo: null };
const INTERNAL: PortionMarkingData = { level: 'CUI', caveats: ['NOFORN'], relTo: null };
const REL_PARTNERS: PortionMarkingData = { level: 'CUI', caveats: [], relTo: ['USA', 'AUS', 'JPN'] };
const SAMPLE_MARKING: DeckMarking = {
  scheme: 'us',
  custom: null,
  defaultLevel: 'U',
  override: null,
  audiences: [
    { id: 'aud_internal', name: 'Internal', maxLevel: 'CUI', foreign: [], allowedCaveats: ['NOFORN'], includeNotes: true, overrides: {} },
    { id: 'aud_partners', name: 'Partners (AUS, JPN)', maxLevel: 'CUI', foreign: ['AUS', 'JPN'], allowedCaveats: [], includeNotes: false, overrides: {} },
  ],
  withheld: 'box',
  portionMarks: true,
};
/** Portions marked other than UNCLASSIFIED, by widget or slide id (a slide id marks its title). */
const MARKED: Readonly<Record<string, PortionMarkingData>> = {
  w_map_roles: INTERNAL,
  w_rare_earths_notes: REL_PARTNERS,
  slide_quote_templeman: INTERNAL,
  'w_quote_templeman-2021-02': INTERNAL,
  'w_quote_ctx_templeman-2021-02': INTERNAL,
};

export function buildSampleDeck(quotes: QuoteRecord[], events: EventRecord[]): Deck {
  const fab1990 = dataset('fab_capacity_share_1990_siabcg');
  const fab2020 = dataset('fab_capacity_share_2020_siabcg');
  const foundry = dataset('foundry_share_4q20_trendforce');
  const re2024 = dataset('rare_earths_production_2024_mcs2025');
  const [templeman, harrell] = [quotes.find((q) => q.id === 'templeman-2021-02'), quotes.find((q) => q.id === 'harrell-2021-02-24')];
  if (!templeman || !harrell) throw new Error('quotes.json lacks the two sample quotes');
  const nikkei = events.find((e) => e.source.publisher.startsWith('Nikkei'));
  if (!nikkei) throw new Error('events.json lacks the Nikkei report');

  const widgets: Record<string, Widget> = {};
  const slides: Slide[] = [];
  const add = (w: Widget) => {
    widgets[w.id] = w;
    return w.id;
  };
  const slide = (id: string, layoutId: string, title: string, slots: Record<string, string>, notes: string) => {
    const layout = getLayout(layoutId);
    for (const slotId of Object.keys(slots)) if (!layout.slots.some((s) => s.id === slotId)) throw new Error(`${layoutId} has no slot ${slotId}`);
    slides.push({ id, layoutId, title, slots, notes, hidden: false, splits: {} });
  };
  const text = (id: string, heading: string, bullets: string[], source: Source | null, bulleted = true): Widget => ({
    id,
    kind: 'text',
    source,
    showSource: source !== null,
    alt: null,
    props: { heading, bullets, bulleted },
  });

  // 1. Title
  slide(
    'slide_title',
    'title',
    'Supply chain alliance: partners and leverage',
    { subtitle: add(text('w_title_sub', '', ['Semiconductors and rare earths with Japan, South Korea, Taiwan and Australia', 'Sample briefing: every figure carries its source'], null, false)) },
    'Purpose: show where the US and its partners stand in two supply chains the 2021 review singled out, semiconductors and rare earths, and where China holds leverage. Every number on the following slides comes from a verified source row; check the notes on each source before quoting in print. The markings are illustrative (every source here is public): export or present “For Partners (AUS, JPN)” to see what that version withholds.',
  );

  // 2. Partners map
  const natural = src({ publisher: 'Natural Earth', title: 'Admin 0 countries, 1:110m/1:50m (via world-atlas 2.0.2)', year: null }, 'Public domain. Boundaries are illustrative.');
  slide(
    'slide_map',
    'mainSidebar',
    'Partners in the Indo-Pacific',
    {
      main: add({
        id: 'w_map',
        kind: 'map',
        source: natural,
        showSource: true,
        alt: null,
        props: {
          title: '',
          bounds: [...MAP_PRESETS.indoPacific.bounds],
          countries: [
            { id: '840', role: 'partner', label: 'United States' },
            { id: '392', role: 'partner', label: 'Japan' },
            { id: '410', role: 'partner', label: 'South Korea' },
            { id: '158', role: 'partner', label: 'Taiwan' },
            { id: '036', role: 'partner', label: 'Australia' },
            { id: '156', role: 'competitor', label: 'China' },
          ],
          mode: 'roles',
          choropleth: null,
          showLabels: true,
        },
      }),
      sidebar: add(
        text(
          'w_map_roles',
          'Roles',
          ['**Partners:** United States, Japan, South Korea, Taiwan, Australia', '**Competitor:** China', `${nikkei.detail}`],
          src(nikkei.source, 'Reported plan, not an agreement.'),
        ),
      ),
    },
    `Blue: the partners named in the reported US plan; red: China. ${nikkei.title} (${longDate(nikkei.date)}). The United States lies outside this frame; it is listed in the sidebar.`,
  );

  // 3. Fab capacity 1990 vs 2020 (two SIA/BCG charts on one scale; never mixed with IC Insights)
  const fabMax = Math.ceil(Math.max(...[fab1990, fab2020].flatMap((d) => d.rows.map((r) => r.share as number))) / 10) * 10;
  slide(
    'slide_fabs',
    'twoColumns',
    'Where chips are made: fab capacity by location',
    {
      left: add(chart('w_fab_1990', fab1990, { title: 'Share of global fab capacity, 1990', valueMax: fabMax })),
      right: add(chart('w_fab_2020', fab2020, { title: 'Share of global fab capacity, 2020', valueMax: fabMax })),
    },
    `In 1990 the United States held ${num(fab1990, 'US-1990', 'share')}% of global fab capacity and Europe ${num(fab1990, 'EUR-1990', 'share')}%; by 2020 Taiwan (${num(fab2020, 'TW-2020', 'share')}%) and South Korea (${num(fab2020, 'KR-2020', 'share')}%) led, with the US at ${num(fab2020, 'US-2020', 'share')}%. Counted by fab location, not company HQ. SIA/BCG figures from secondary copies; the remaining 6% in 2020 ("Other") and the 2030 projection are not verified and are not shown. Both charts share one scale.`,
  );

  // 4. Foundry share 4Q20
  slide(
    'slide_foundry',
    'oneLarge',
    'Foundry market share: TSMC leads',
    { main: add(chart('w_foundry', foundry, { type: 'bar', title: 'Foundry revenue share by company, 4Q20 (projection)' })) },
    `TrendForce projected TSMC at ${num(foundry, 'TSMC', 'share')}% of foundry revenue in 4Q20, Samsung ${num(foundry, 'Samsung', 'share')}%, UMC ${num(foundry, 'UMC', 'share')}%, GlobalFoundries ${num(foundry, 'GlobalFoundries', 'share')}% and SMIC ${num(foundry, 'SMIC', 'share')}%. Companies are coloured by HQ country: partners in blue, SMIC (China) muted. A projection published 7 December 2020, read from secondary copies.`,
  );

  // 5. Rare-earth production 2024
  const cn = num(re2024, 'CN', 'tonnes');
  const world = num(re2024, 'WORLD', 'tonnes');
  slide(
    'slide_rare_earths',
    'mainSidebar',
    'Rare earths: China dominates mine output',
    {
      main: add(chart('w_rare_earths', re2024, { type: 'bar', title: 'Rare-earth mine production, 2024 (t REO equivalent)' })),
      sidebar: add(
        text(
          'w_rare_earths_notes',
          '2024 in numbers',
          [
            `**China:** ${fmt(cn)} t of ${fmt(world)} t world output`,
            `**United States:** ${fmt(num(re2024, 'US', 'tonnes'))} t`,
            `**Australia:** ${fmt(num(re2024, 'AU', 'tonnes'))} t`,
            '_USGS estimates, published January 2025_',
          ],
          { ...re2024.source },
        ),
      ),
    },
    `China mined about ${fmt(cn)} t of the ${fmt(world)} t world total in 2024 (USGS MCS 2025). Australia: ${fmt(num(re2024, 'AU', 'tonnes'))} t, not 113,000 t as one misread text copy has it. MCS 2026 later revised several 2024 figures; this slide uses the January 2025 edition throughout.`,
  );

  // 6. Key figures
  const kf = (id: string, value: string, unit: string, label: string, comparison: string, source: Source): Widget => ({
    id,
    kind: 'keyFigure',
    source,
    showSource: true,
    alt: null,
    props: { value, unit, label, comparison, trend: 'none' },
  });
  slide(
    'slide_key_figures',
    'threeColumns',
    'Key figures',
    {
      left: add(kf('w_kf_china_re', fmt(cn), 't', 'China’s rare-earth mine output, 2024', `of ${fmt(world)} t world total`, { ...re2024.source })),
      middle: add(kf('w_kf_tsmc', fmt(num(foundry, 'TSMC', 'share')), '%', 'TSMC share of foundry revenue, 4Q20 (projection)', `Samsung ${fmt(num(foundry, 'Samsung', 'share'))}%`, { ...foundry.source })),
      right: add(kf('w_kf_taiwan_fabs', fmt(num(fab2020, 'TW-2020', 'share')), '%', 'Taiwan’s share of world fab capacity, 2020', `South Korea ${fmt(num(fab2020, 'KR-2020', 'share'))}%`, { ...fab2020.source })),
    },
    'Three numbers to remember: China’s weight in rare-earth mining, TSMC’s weight in contract chipmaking, and Taiwan’s weight in fab capacity. Each figure carries its source line.',
  );

  // 7–8. Quotes
  const quoteSlide = (slideId: string, q: QuoteRecord, title: string) => {
    const source = src(q.source, q.notes);
    slide(
      slideId,
      'quoteFocus',
      title,
      {
        quote: add({
          id: `w_quote_${q.id}`,
          kind: 'quote',
          source,
          // The attribution line already names the source on the slide.
          showSource: false,
          alt: null,
          props: { text: q.text, speaker: q.speaker, role: q.role, date: q.date, sourceTitle: `${q.source.publisher}: ${q.source.title}`, sourceUrl: q.source.url ?? '' },
        }),
        context: add(text(`w_quote_ctx_${q.id}`, '', [`**Context:** ${q.context}.`], null, false)),
      },
      `${q.context}. ${q.notes}`,
    );
  };
  quoteSlide('slide_quote_templeman', templeman, 'Could Taiwan join a formal partnership?');
  quoteSlide('slide_quote_harrell', harrell, 'The White House on Taiwan');

  // 9. Timeline 2020–2021, one column per event so each keeps its own source. A long detail
  // loses its parenthetical lists on the slide (no new words); the notes keep it whole.
  const onSlide = (detail: string) => (detail.length > 200 ? detail.replace(/\s*\([^)]*\)/g, '') : detail);
  const timeline = [...events].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 3);
  const columns = ['left', 'middle', 'right'] as const;
  slide(
    'slide_timeline',
    'threeColumns',
    'Timeline, 2020–2021',
    Object.fromEntries(timeline.map((e, i) => [columns[i], add(text(`w_event_${i + 1}`, longDate(e.date), [`**${e.title}**`, onSlide(e.detail)], src(e.source)))])),
    timeline.map((e) => `${longDate(e.date)}: ${e.title}. ${e.detail}`).join('\n\n'),
  );

  // 10. A picture: a self-made drawing of a wafer (assets/images/README.md: CC0), beside the
  // point it illustrates.
  const waferBytes = readFileSync(fileURLToPath(new URL('../assets/images/wafer.svg', import.meta.url)));
  const wafer: Asset = {
    id: assetIdFor(createHash('sha256').update(waferBytes).digest('hex')),
    name: 'wafer.svg',
    mime: 'image/svg+xml',
    data: waferBytes.toString('base64'),
    source: null,
  };
  add({
    id: 'w_wafer_picture',
    kind: 'image',
    props: { assetId: wafer.id, fit: 'contain', focus: { x: 0.5, y: 0.5 }, caption: 'A silicon wafer: each square is one chip, cut apart after processing (drawing).' },
    source: { publisher: 'Briefdeck team', title: 'Wafer (drawing, CC0)', year: 2026, url: null, accessed: null, note: null },
    showSource: true,
    alt: 'Drawing of a round silicon wafer covered in a grid of square chips.',
  });
  slide(
    'slide_wafer_picture',
    'twoColumns',
    'What a fab makes',
    {
      left: 'w_wafer_picture',
      right: add(text('w_wafer_point', 'Why fabs matter', ['Every advanced chip starts as one square on a wafer like this.', 'Fab capacity, the shares on the chart slides, is counted in wafers.'], null, false)),
    },
    'A picture the room can hold on to: the wafer is what the fab-capacity shares on the earlier slides count. The drawing is ours (CC0); the numbers are on the chart slides.',
  );

  // 11. A table: the partners' rare-earth reserves and mine production beside China's and the
  // world's, each number column keeping its built-in dataset (verified rows only), so the
  // source line and the Sources page name the USGS edition.
  const reserves = dataset('rare_earths_reserves_mcs2025');
  const partnerRows = ['US', 'AU'].filter((code) => reserves.rows.some((r) => r.code === code) && re2024.rows.some((r) => r.code === code));
  const absent = PARTNERS.filter((code) => !partnerRows.includes(code));
  add({
    id: 'w_rare_earths_table',
    kind: 'table',
    // Both columns are from MCS 2025 (one source line); the Sources page lists each column's dataset.
    source: { ...reserves.source },
    showSource: true,
    alt: null,
    props: {
      title: 'Rare earths: partners, China and the world',
      ...tableFromDatasets(
        [
          { dataset: reserves, column: 'tonnes', header: `Reserves, ${reserves.year}` },
          { dataset: re2024, column: 'tonnes', header: `Mine production, ${re2024.year}` },
        ],
        { rows: [...partnerRows, 'CN', 'WORLD'] },
      ),
      headerRow: true,
      striped: true,
      highlight: [...PARTNERS],
    },
  });
  slide(
    'slide_rare_earths_table',
    'mainSidebar',
    'Rare earths: what the partners hold',
    {
      main: 'w_rare_earths_table',
      sidebar: add(
        text(
          'w_rare_earths_table_notes',
          'Reading the table',
          [
            `**${absent.map((c) => (c === 'TW' ? 'Taiwan' : c === 'JP' ? 'Japan' : c === 'KR' ? 'South Korea' : c)).join(', ')}:** no mine production or reserves listed by USGS`,
            '**World reserves** are a lower bound (more than 90 million t)',
            '_USGS MCS 2025: reserves as of January 2025, production 2024 estimates_',
          ],
          { ...reserves.source },
        ),
      ),
    },
    `Of the partners only the United States (${fmt(num(reserves, 'US', 'tonnes'))} t reserves, ${fmt(num(re2024, 'US', 'tonnes'))} t mined in 2024) and Australia (${fmt(num(reserves, 'AU', 'tonnes'))} t, ${fmt(num(re2024, 'AU', 'tonnes'))} t) appear in the USGS tables; China holds ${fmt(num(reserves, 'CN', 'tonnes'))} t of reserves and mined ${fmt(cn)} t. World reserves are given as more than 90 million t, so shares of it are upper bounds. Both columns come from MCS 2025.`,
  );

  for (const w of Object.values(widgets)) w.marking = MARKED[w.id] ?? U;
  for (const s of slides) {
    s.titleMarking = MARKED[s.id] ?? U;
    s.notesMarking = MARKED[s.id] ?? U;
  }

  const deck: Deck = {
    format: DECK_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: 'deck_sample_supply_chain_alliance',
    meta: {
      title: 'Supply chain alliance: partners and leverage',
      subtitle: 'Semiconductors and rare earths with Japan, South Korea, Taiwan and Australia',
      author: 'Briefdeck sample',
      organisation: '',
      slideNumbers: false,
      date: '',
      marking: SAMPLE_MARKING,
      // Display name chosen on purpose (ISO 3166 says "Taiwan, Province of China").
      countryNames: { '158': 'Taiwan' },
      transition: 'none',
      language: 'en-US',
    },
    themeId: 'briefing',
    organisationTheme: null,
    slideOrder: slides.map((s) => s.id),
    slides: Object.fromEntries(slides.map((s) => [s.id, s])),
    widgets,
    datasets: {},
    assets: { [wafer.id]: wafer },
  };
  // Round-trip through the codec so the file is exactly what the app reads.
  return parseDeckText(serializeDeck(deck), 'supply-chain-alliance.briefdeck');
}

function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const dataDir = resolve(process.argv[2] ?? resolve(here, '../../shared/data'));
  const quotes = JSON.parse(readFileSync(resolve(dataDir, 'quotes.json'), 'utf8')) as QuoteRecord[];
  const events = JSON.parse(readFileSync(resolve(dataDir, 'events.json'), 'utf8')) as EventRecord[];
  const deck = buildSampleDeck(quotes, events);
  const out = resolve(here, '../assets/sample/supply-chain-alliance.briefdeck');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, serializeDeck(deck));
  console.log(`wrote ${deck.slideOrder.length} slides, ${Object.keys(deck.widgets).length} widgets to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
