// The sample deck loads through the real codec, uses every widget kind, and every widget
// built on data carries a source; its numbers come from the built-in datasets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSources, widgetSources } from '../../../shared/data/sources';
import { parseDeckText } from '../../../shared/deck/codec';
import { WIDGET_KINDS } from '../../../shared/widgets';
import { findDataset } from '../../../shared/data/datasets';
import { deckVariant } from '../../../shared/markings/variant';
import { audienceLines } from '../../../shared/markings/audienceList';

const FILE = resolve(__dirname, '../../../assets/sample/supply-chain-alliance.briefdeck');
const deck = parseDeckText(readFileSync(FILE, 'utf8'), 'supply-chain-alliance.briefdeck');
const widgets = Object.values(deck.widgets);

describe('sample deck', () => {
  it('is the alliance briefing, about 8 slides, every widget kind, notes on every slide', () => {
    expect(deck.meta.title).toBe('Supply chain alliance: partners and leverage');
    expect(deck.slideOrder.length).toBeGreaterThanOrEqual(8);
    expect(deck.slideOrder.length).toBeLessThanOrEqual(12);
    expect(new Set(widgets.map((w) => w.kind))).toEqual(new Set(WIDGET_KINDS));
    for (const id of deck.slideOrder) expect(deck.slides[id]?.notes.length, id).toBeGreaterThan(40);
  });

  it('every widget built on data has a source', () => {
    for (const w of widgets) {
      if (w.kind === 'chart' || w.kind === 'keyFigure' || w.kind === 'quote' || w.kind === 'map') {
        expect(w.source, w.id).not.toBeNull();
        expect(w.source?.publisher.trim(), w.id).not.toBe('');
      }
      if (w.kind === 'chart') expect(w.source).toEqual(findDataset(w.props.datasetId ?? '', deck)?.source);
    }
  });

  it('chart tables are copies of verified built-in datasets', () => {
    const charts = widgets.filter((w) => w.kind === 'chart');
    expect(charts.map((c) => c.props.datasetId).sort()).toEqual([
      'fab_capacity_share_1990_siabcg',
      'fab_capacity_share_2020_siabcg',
      'foundry_share_4q20_trendforce',
      'rare_earths_production_2024_mcs2025',
    ]);
    const re = charts.find((c) => c.props.datasetId === 'rare_earths_production_2024_mcs2025');
    expect(re?.props.table.rows.find((r) => r[0] === 'Australia')?.[1]).toBe(13000);
    const fab = charts.filter((c) => c.props.datasetId?.startsWith('fab_'));
    expect(new Set(fab.map((c) => c.props.valueMax)).size).toBe(1); // compared on one scale
  });

  it('the rare-earth table copies verified rows of two built-in datasets, each column keeping its dataset', () => {
    const table = widgets.find((w) => w.kind === 'table');
    if (table?.kind !== 'table') throw new Error('the sample deck has a table');
    expect(table.props.columns.map((c) => c.datasetId)).toEqual([null, 'rare_earths_reserves_mcs2025', 'rare_earths_production_2024_mcs2025']);
    const byCode = Object.fromEntries(table.props.rows.map((r) => [r.code ?? r.cells[0], r.cells.slice(1)]));
    expect(byCode.US).toEqual([1_900_000, 45_000]);
    expect(byCode.AU).toEqual([5_700_000, 13_000]);
    expect(byCode.CN).toEqual([44_000_000, 270_000]);
    expect(table.props.highlight).toEqual(expect.arrayContaining(['US', 'AU']));
  });

  it('quotes keep speaker, role, date and source; key figures match the datasets', () => {
    const quotes = widgets.filter((w) => w.kind === 'quote');
    expect(quotes).toHaveLength(2);
    for (const q of quotes) {
      expect(q.props.speaker).not.toBe('');
      expect(q.props.role).not.toBe('');
      expect(q.props.date).toMatch(/^2021-02/);
      expect(q.source?.note).toMatch(/check the wording/i);
    }
    const kf = widgets.filter((w) => w.kind === 'keyFigure').map((w) => `${w.props.value}${w.props.unit}`);
    expect(kf).toEqual(expect.arrayContaining(['270,000t', '55.6%', '22%']));
  });

  it('the partners map frames the Indo-Pacific with partners and China as competitor', () => {
    const map = widgets.find((w) => w.kind === 'map');
    expect(map?.kind === 'map' && map.props.countries.map((c) => `${c.id}:${c.role}`)).toEqual([
      '840:partner',
      '392:partner',
      '410:partner',
      '158:partner',
      '036:partner',
      '156:competitor',
    ]);
  });

  it('lists its sources de-duplicated and numbered in slide order', () => {
    const sources = collectSources(deck, undefined, findDataset);
    expect(sources.map((s) => s.number)).toEqual(sources.map((_, i) => i + 1));
    const publishers = sources.map((s) => s.source.publisher);
    expect(publishers[0]).toBe('Natural Earth');
    expect(new Set(sources.map((s) => `${s.source.publisher}|${s.source.title}`)).size).toBe(sources.length);
    const usgs = sources.find((s) => s.source.publisher.startsWith('U.S. Geological Survey'));
    // Slide 11's table (both of its columns are MCS 2025) and its notes beside it.
    expect(usgs?.uses.map((u) => u.slideNumber)).toEqual([5, 5, 6, 11, 11]);
    const onlyQuotes = collectSources(deck, ['slide_quote_harrell', 'slide_quote_templeman']);
    expect(onlyQuotes).toHaveLength(1); // both quotes come from the same VOA report
    expect(onlyQuotes[0]?.uses.map((u) => u.slideNumber)).toEqual([7, 8]);
  });

  it('widgetSources falls back to the dataset and to a quote’s source title', () => {
    const chart = widgets.find((w) => w.kind === 'chart');
    if (chart?.kind !== 'chart') throw new Error('no chart');
    expect(widgetSources({ ...chart, source: null }, deck, findDataset)[0]?.publisher).toBe(findDataset(chart.props.datasetId ?? '', deck)?.source.publisher);
    const quote = widgets.find((w) => w.kind === 'quote');
    if (quote?.kind !== 'quote') throw new Error('no quote');
    expect(widgetSources({ ...quote, source: null }, deck)[0]?.title).toBe(quote.props.sourceTitle);
  });

  it('is marked in the US scheme, every portion, with an internal and a partner audience (issue #13 item 5)', () => {
    expect(deck.meta.marking).toMatchObject({ scheme: 'us', defaultLevel: 'U', withheld: 'box', portionMarks: true });
    for (const w of widgets) expect(w.marking?.level, w.id).toMatch(/^(U|CUI)$/);
    for (const id of deck.slideOrder) expect(deck.slides[id]?.titleMarking?.level, id).toMatch(/^(U|CUI)$/);
    expect(deck.meta.marking?.audiences.map((a) => a.name)).toEqual(['Internal', 'Partners (AUS, JPN)']);

    const author = deckVariant(deck, null);
    expect(author.banner?.text).toBe('CUI//NOFORN');
    expect(author.slides['slide_rare_earths']?.banner?.text).toBe('CUI//REL TO USA, AUS, JPN');
    expect(author.slides['slide_map']?.widgets['w_map_roles']).toBe('(CUI//NF)');
    expect(deckVariant(deck, deck.meta.marking!.audiences[0]!).report).toMatchObject({ slides: 11, slidesWithheld: 0, widgetsWithheld: 0, notesWithheld: 0 });

    const partners = deckVariant(deck, deck.meta.marking!.audiences[1]!);
    expect(partners.report).toMatchObject({ slides: 10, slidesWithheld: 1, widgetsWithheld: 1, notesWithheld: 10, warnings: [] });
    expect(partners.deck.slideOrder).not.toContain('slide_quote_templeman');
    expect(partners.deck.widgets['w_map_roles']).toBeUndefined();
    expect(partners.slides['slide_map']?.withheldSlots).toEqual(['sidebar']);
    expect(partners.banner?.text).toBe('CUI//REL TO USA, AUS, JPN');
    expect(audienceLines(deck)[1]).toBe('Partners (AUS, JPN)\tup to CUI, with AUS, JPN, no notes; withholds 1 of 11 slides and 1 widget');
  });
});
