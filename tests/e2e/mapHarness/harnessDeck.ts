// The decks the map harness and map e2e test draw: the partners map (Indo-Pacific), the
// Pacific-centred world, a zoomed Taiwan Strait frame, a choropleth, a 2x2 grid.
import * as ops from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { MAP_PRESETS, type MapProps } from '../../../shared/widgets/map/schema';

const PARTNERS: MapProps['countries'] = [
  { id: '840', role: 'partner', label: null },
  { id: '392', role: 'partner', label: null },
  { id: '410', role: 'partner', label: null },
  { id: '158', role: 'partner', label: null },
  { id: '036', role: 'partner', label: null },
  { id: '156', role: 'competitor', label: null },
];

function mapSlide(deck: Deck, title: string, layout: string, slot: string, props: Partial<MapProps>): string {
  const slideId = ops.addSlide(deck, layout, deck.slideOrder.length, title);
  const widgetId = ops.insertWidget(deck, slideId, slot, 'map')!;
  ops.updateWidget(deck, widgetId, (w) => {
    if (w.kind === 'map') Object.assign(w.props, props);
  });
  return slideId;
}

/** @param copies extra Indo-Pacific map slides (WebGL context test) */
export function harnessDeck(copies = 0): Deck {
  const deck = ops.createDeck('Map harness');
  deck.slideOrder = [];
  deck.slides = {};
  mapSlide(deck, 'Partners in the Indo-Pacific', 'oneLarge', 'main', { title: 'Semiconductor partners and competitor', bounds: [...MAP_PRESETS.indoPacific.bounds], countries: PARTNERS });
  mapSlide(deck, 'A Pacific-centred world', 'oneLarge', 'main', { bounds: [...MAP_PRESETS.world.bounds], countries: [...PARTNERS, { id: '643', role: 'other', label: null }, { id: '242', role: 'focus', label: 'Fiji' }] });
  mapSlide(deck, 'Taiwan Strait', 'twoColumns', 'left', { bounds: [...MAP_PRESETS.taiwanStrait.bounds], countries: PARTNERS });
  mapSlide(deck, 'Rare earths, 2024', 'oneLarge', 'main', {
    bounds: [...MAP_PRESETS.world.bounds],
    mode: 'choropleth',
    choropleth: { datasetId: 'rare_earths_production_2024_mcs2025', column: 'tonnes' },
    countries: [{ id: '156', role: 'competitor', label: null }, { id: '840', role: 'partner', label: null }, { id: '036', role: 'partner', label: null }],
  });
  const grid = ops.addSlide(deck, 'grid2x2', deck.slideOrder.length, 'Four frames');
  (['topLeft', 'topRight', 'bottomLeft', 'bottomRight'] as const).forEach((slot, i) => {
    const id = ops.insertWidget(deck, grid, slot, 'map')!;
    const preset = [MAP_PRESETS.eastAsia, MAP_PRESETS.koreanPeninsula, MAP_PRESETS.indoPacific, MAP_PRESETS.world][i]!;
    ops.updateWidget(deck, id, (w) => {
      if (w.kind === 'map') Object.assign(w.props, { bounds: [...preset.bounds], countries: PARTNERS, title: preset.name });
    });
  });
  for (let i = 0; i < copies; i++) mapSlide(deck, `Copy ${i + 1}`, 'oneLarge', 'main', { bounds: [...MAP_PRESETS.indoPacific.bounds], countries: PARTNERS });
  return deck;
}
