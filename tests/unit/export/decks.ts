// Decks for export tests and the bench, built with the real deck operations (no hand-written
// JSON): a small mixed deck with a marking, notes, a hidden slide and sources, and a
// 100-slide deck grown from the sample deck.
import { addSlide, createDeck, placeWidget, setSlideHidden, setSlideNotes } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { newId } from '../../../shared/ids';
import { defaultWidget, type Widget } from '../../../shared/widgets';
import type { Source } from '../../../shared/widgets/source';
import { markingFromClassification } from '../../../shared/markings/legacy';

export const MARKING = { label: 'OFFICIAL-SENSITIVE', color: '#b3261e' } as const;

export const SOURCE_A: Source = {
  publisher: 'Semiconductor Industry Association',
  title: 'State of the U.S. Semiconductor Industry',
  year: 2024,
  url: 'https://www.semiconductors.org/state-of-the-industry',
  accessed: null,
  note: null,
};
export const SOURCE_B: Source = { publisher: 'Geoscience Australia', title: 'Australia’s Identified Mineral Resources', year: 2023, url: 'https://www.ga.gov.au/aimr', accessed: null, note: null };

export function widget<K extends Widget['kind']>(kind: K, props: Partial<Extract<Widget, { kind: K }>['props']>, source: Source | null = null): Widget {
  const w = defaultWidget(kind, newId('w'));
  return { ...w, props: { ...w.props, ...props }, source } as Widget;
}

function put(deck: Deck, slideId: string, slotId: string, w: Widget): void {
  placeWidget(deck, slideId, slotId, w);
}

export interface MixedDeck {
  deck: Deck;
  /** Titles of the visible slides, in order. */
  titles: string[];
  quotes: string[];
  hiddenTitle: string;
}

/** Six visible slides (title, text, key figures, quote, chart, map) and one hidden slide. */
export function buildMixedDeck(): MixedDeck {
  const deck = createDeck('Supply Chain Alliance Briefing', 'Policy Planning Staff');
  deck.meta.subtitle = 'Critical minerals and semiconductors';
  deck.meta.date = '2026-11-28';
  deck.meta.marking = markingFromClassification({ ...MARKING });
  const first = deck.slideOrder[0] as string;
  deck.slides[first]!.title = 'Supply Chain Alliance Briefing';
  setSlideNotes(deck, first, 'Open with the purpose of the meeting.');

  const s2 = addSlide(deck, 'titleBody', 1, 'Why the alliance matters');
  put(deck, s2, 'body', widget('text', { heading: 'Three reasons', bullets: ['Shared exposure to **single-source** suppliers', 'Complementary capacity', 'Common standards'] }));
  setSlideNotes(deck, s2, 'Stress the single-source exposure.\nThen pause for questions.');

  const s3 = addSlide(deck, 'twoColumns', 2, 'Capacity at a glance');
  put(deck, s3, 'left', widget('keyFigure', { value: '92', unit: '%', label: 'of leading-edge logic made in Taiwan', comparison: 'vs 0% in Europe' }, SOURCE_A));
  put(deck, s3, 'right', widget('keyFigure', { value: '53', unit: '%', label: 'of world lithium mined in Australia' }, SOURCE_B));

  const s4 = addSlide(deck, 'quoteFocus', 3, 'What partners say');
  put(deck, s4, 'quote', widget('quote', { text: 'Resilient supply chains are built with partners, not alone.', speaker: 'A. Minister', role: 'Trade Minister', date: '2024-05', sourceTitle: 'Joint press conference transcript', sourceUrl: 'https://example.gov/transcript' }));

  const s5 = addSlide(deck, 'oneLarge', 4, 'Production by partner');
  put(deck, s5, 'main', widget('chart', { title: 'Share of output', unit: '%', table: { columns: ['Country', 'Share'], rows: [['Taiwan', 60], ['South Korea', 18], ['Japan', 9], ['United States', 7]] } }, SOURCE_A));

  const s6 = addSlide(deck, 'oneLarge', 5, 'Where the partners are');
  put(deck, s6, 'main', widget('map', { title: 'Alliance members', countries: [{ id: '158', role: 'partner', label: null }, { id: '392', role: 'partner', label: null }, { id: '410', role: 'partner', label: null }, { id: '036', role: 'partner', label: null }, { id: '840', role: 'focus', label: null }] }, SOURCE_B));

  const s7 = addSlide(deck, 'titleBody', 6, 'Backup: detailed tables');
  setSlideHidden(deck, s7, true);
  put(deck, s7, 'body', widget('text', { heading: 'Backup', bullets: ['Only for questions'] }));

  const slideIds = deck.slideOrder.filter((id) => !deck.slides[id]!.hidden);
  return {
    deck,
    titles: slideIds.map((id) => deck.slides[id]!.title),
    quotes: ['Resilient supply chains are built with partners, not alone.'],
    hiddenTitle: 'Backup: detailed tables',
  };
}
