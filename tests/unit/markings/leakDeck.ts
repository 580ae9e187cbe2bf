// A deck for leak tests (issue #13 item 4): every portion that the partner audience must not
// get carries its own marker string (LEAK-…), every portion it should get carries INCLUDED-…, so
// a test searches any surface for every marker and also proves the included content is there.
import { addSlide, createDeck, placeWidget, setSlideNotes } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import type { AudienceData, PortionMarkingData } from '../../../shared/markings';
import { defaultWidget, type Widget } from '../../../shared/widgets';
import type { Source } from '../../../shared/widgets/source';

const mark = (level: string | null, caveats: string[] = [], relTo: string[] | null = null): PortionMarkingData => ({ level, caveats, relTo });

function source(tag: string): Source {
  return { publisher: `${tag}-PUBLISHER`, title: `${tag}-REPORT`, year: 2024, url: `https://example.org/${tag}-URL`, accessed: null, note: null };
}

function widget<K extends Widget['kind']>(id: string, kind: K, props: Partial<Extract<Widget, { kind: K }>['props']>, marking: PortionMarkingData | null, src: Source | null = null): Widget {
  const w = defaultWidget(kind, id);
  return { ...w, props: { ...w.props, ...props }, source: src, ...(marking ? { marking } : {}) } as Widget;
}

export const PARTNERS: AudienceData = {
  id: 'aud_partners',
  name: 'Partners (AUS, JPN)',
  maxLevel: 'S',
  foreign: ['AUS', 'JPN'],
  allowedCaveats: [],
  includeNotes: false,
  overrides: {},
};
export const INTERNAL: AudienceData = { id: 'aud_internal', name: 'Internal', maxLevel: 'TS', foreign: [], allowedCaveats: ['ORCON', 'NOFORN', 'PROPIN'], includeNotes: true, overrides: {} };

export interface LeakDeck {
  deck: Deck;
  /** Text only withheld portions carry: none may reach the partner version. */
  withheld: string[];
  /** Text of included portions: all must reach it (so a leak test can fail). */
  included: string[];
}

export function buildLeakDeck(): LeakDeck {
  const deck = createDeck('INCLUDED-DECK-TITLE', 'Policy unit');
  deck.meta.marking = { scheme: 'us', custom: null, defaultLevel: 'U', override: null, audiences: [], withheld: 'box', portionMarks: true };
  deck.meta.date = '2026-12-01';
  const cover = deck.slideOrder[0]!;
  placeWidget(deck, cover, 'subtitle', widget('w_subtitle', 'text', { heading: '', bullets: ['INCLUDED-SUBTITLE'], bulleted: false }, null));
  setSlideNotes(deck, cover, 'LEAK-COVER-NOTES (internal only)');

  // Slide 2: one releasable widget, one NOFORN widget with its own source; notes for internal.
  const s2 = addSlide(deck, 'twoColumns', 1, 'INCLUDED-TRADE-TITLE');
  placeWidget(deck, s2, 'left', widget('w_text_ok', 'text', { heading: 'INCLUDED-TEXT-HEADING', bullets: ['INCLUDED-TEXT-BULLET'] }, mark('U'), source('INCLUDED-SRC-A')));
  placeWidget(deck, s2, 'right', widget('w_noforn', 'text', { heading: 'LEAK-NOFORN-HEADING', bullets: ['LEAK-NOFORN-BULLET'] }, mark('S', ['NOFORN']), source('LEAK-SRC-NOFORN')));
  setSlideNotes(deck, s2, 'LEAK-TRADE-NOTES');

  // Slide 3: a TOP SECRET title drops the slide, with its chart and the chart's dataset.
  const s3 = addSlide(deck, 'oneLarge', 2, 'LEAK-TS-TITLE');
  deck.slides[s3]!.titleMarking = mark('TS');
  deck.datasets.ds_leak = {
    id: 'ds_leak',
    title: 'LEAK-DATASET-TITLE',
    unit: '',
    year: '2024',
    source: source('LEAK-SRC-DATASET'),
    columns: [
      { key: 'c', label: 'Country', type: 'string' },
      { key: 'v', label: 'LEAK-DATASET-COLUMN', type: 'number' },
    ],
    rows: [{ c: 'LEAK-DATASET-ROW', v: 1 }],
  };
  placeWidget(
    deck,
    s3,
    'main',
    widget('w_chart_ts', 'chart', { title: 'LEAK-CHART-TITLE', datasetId: 'ds_leak', table: { columns: ['Country', 'LEAK-CHART-COLUMN'], rows: [['LEAK-CHART-ROW', 3]] } }, null, source('LEAK-SRC-CHART')),
  );

  // Slide 4: a map released to both partners stays; a quote released to Australia only goes.
  const s4 = addSlide(deck, 'mainSidebar', 3, 'INCLUDED-REGION-TITLE');
  placeWidget(
    deck,
    s4,
    'main',
    { ...widget('w_map_rel', 'map', { title: 'INCLUDED-MAP-TITLE', countries: [{ id: '036', role: 'partner', label: null }, { id: '392', role: 'partner', label: null }] }, mark('C', [], ['USA', 'AUS', 'JPN']), source('INCLUDED-SRC-MAP')), alt: 'INCLUDED-MAP-ALT' } as Widget,
  );
  placeWidget(
    deck,
    s4,
    'sidebar',
    widget('w_quote_aus', 'quote', { text: 'LEAK-QUOTE-TEXT', speaker: 'LEAK-QUOTE-SPEAKER', role: 'LEAK-QUOTE-ROLE', sourceTitle: 'LEAK-QUOTE-SOURCE', sourceUrl: 'https://example.org/LEAK-QUOTE-URL' }, mark('S', [], ['USA', 'AUS'])),
  );

  // Slide 5: excluded for partners by the author although unclassified.
  const s5 = addSlide(deck, 'titleBody', 4, 'LEAK-EXCLUDED-SLIDE-TITLE');
  placeWidget(deck, s5, 'body', widget('w_excluded_body', 'text', { heading: 'LEAK-EXCLUDED-SLIDE-BODY', bullets: [] }, null));

  // Slide 6: an included chart and a key figure the author excludes by hand.
  const s6 = addSlide(deck, 'twoColumns', 5, 'INCLUDED-NUMBERS-TITLE');
  placeWidget(deck, s6, 'left', widget('w_chart_ok', 'chart', { title: 'INCLUDED-CHART-TITLE', table: { columns: ['Country', 'INCLUDED-CHART-COLUMN'], rows: [['INCLUDED-CHART-ROW', 4]] } }, mark('U'), source('INCLUDED-SRC-CHART')));
  placeWidget(deck, s6, 'right', widget('w_kf_excluded', 'keyFigure', { value: '42', unit: '%', label: 'LEAK-KEYFIGURE-LABEL' }, mark('U'), source('LEAK-SRC-KEYFIGURE')));

  const partners: AudienceData = { ...PARTNERS, overrides: { [s5]: 'exclude', w_kf_excluded: 'exclude' } };
  deck.meta.marking.audiences = [{ ...INTERNAL, overrides: {} }, { ...partners }];
  return {
    deck,
    withheld: [
      'LEAK-COVER-NOTES',
      'LEAK-NOFORN-HEADING',
      'LEAK-NOFORN-BULLET',
      'LEAK-SRC-NOFORN',
      'LEAK-TRADE-NOTES',
      'LEAK-TS-TITLE',
      'LEAK-DATASET-TITLE',
      'LEAK-DATASET-COLUMN',
      'LEAK-DATASET-ROW',
      'LEAK-SRC-DATASET',
      'LEAK-CHART-TITLE',
      'LEAK-CHART-COLUMN',
      'LEAK-CHART-ROW',
      'LEAK-SRC-CHART',
      'LEAK-QUOTE-TEXT',
      'LEAK-QUOTE-SPEAKER',
      'LEAK-QUOTE-ROLE',
      'LEAK-QUOTE-SOURCE',
      'LEAK-QUOTE-URL',
      'LEAK-EXCLUDED-SLIDE-TITLE',
      'LEAK-EXCLUDED-SLIDE-BODY',
      'LEAK-KEYFIGURE-LABEL',
      'LEAK-SRC-KEYFIGURE',
    ],
    included: [
      'INCLUDED-DECK-TITLE',
      'INCLUDED-SUBTITLE',
      'INCLUDED-TRADE-TITLE',
      'INCLUDED-TEXT-HEADING',
      'INCLUDED-TEXT-BULLET',
      'INCLUDED-SRC-A',
      'INCLUDED-REGION-TITLE',
      'INCLUDED-MAP-TITLE',
      'INCLUDED-SRC-MAP',
      'INCLUDED-NUMBERS-TITLE',
      'INCLUDED-CHART-TITLE',
      'INCLUDED-SRC-CHART',
    ],
  };
}
