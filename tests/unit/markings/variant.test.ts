// The one function every surface renders from: what an audience gets, its banners and the
// report of what was withheld and why.
import { describe, expect, it } from 'vitest';
import { DeckSchema, type Asset, type Deck } from '../../../shared/deck/schema';
import { addSlide, createDeck, insertWidget } from '../../../shared/deck/operations';
import type { WidgetOf } from '../../../shared/widgets';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';
import { exportVariant } from '../../../shared/export/exportVariant';
import { addAudience, deckVariant, setBannerOverride, setDeckScheme, updateAudience, type Audience } from '../../../shared/markings';
import { buildLeakDeck, INTERNAL, PARTNERS } from './leakDeck';

const audience = (deck: Deck, name: string): Audience => deck.meta.marking!.audiences.find((a) => a.name === name)!;

function partnersOf(deck: Deck) {
  return deckVariant(deck, audience(deck, PARTNERS.name));
}

describe('the author view', () => {
  it('withholds nothing and returns the deck itself, with banners from every portion', () => {
    const { deck } = buildLeakDeck();
    const v = deckVariant(deck, null);
    expect(v.deck).toBe(deck);
    expect(v.report.items).toEqual([]);
    const [cover, trade, ts, region, excluded, numbers] = deck.slideOrder.map((id) => v.slides[id]!);
    // The deck's marking: TOP SECRET (slide 3's title) with NOFORN (slide 2) dominating any release.
    expect(v.banner?.text).toBe('TOP SECRET//NOFORN');
    expect(cover!.banner?.text).toBe('TOP SECRET//NOFORN');
    expect(trade!.banner?.text).toBe('SECRET//NOFORN');
    expect(ts!.banner?.text).toBe('TOP SECRET');
    // Map REL TO USA, AUS, JPN and quote REL TO USA, AUS intersect.
    expect(region!.banner?.text).toBe('SECRET//REL TO USA, AUS');
    expect(excluded!.banner).toEqual({ text: 'UNCLASSIFIED', background: '#007a33', color: '#ffffff' });
    expect(numbers!.banner?.text).toBe('UNCLASSIFIED');
    expect(trade!.widgets).toEqual({ w_text_ok: '(U)', w_noforn: '(S//NF)' });
    expect(region!.widgets).toEqual({ w_map_rel: '(C//REL TO USA, AUS, JPN)', w_quote_aus: '(S//REL TO USA, AUS)' });
    expect(ts!.title).toBe('(TS)');
    expect(excluded!.title).toBe('(U)');
  });

  it('portion marks can be switched off; banners stay', () => {
    const { deck } = buildLeakDeck();
    deck.meta.marking!.portionMarks = false;
    const v = deckVariant(deck, null);
    const trade = v.slides[deck.slideOrder[1]!]!;
    expect(trade.widgets).toEqual({ w_text_ok: '', w_noforn: '' });
    expect(trade.banner?.text).toBe('SECRET//NOFORN');
  });
});

describe('an audience variant', () => {
  it('removes withheld slides, widgets, notes and datasets from the data itself', () => {
    const { deck, withheld, included } = buildLeakDeck();
    const v = partnersOf(deck);
    expect(DeckSchema.safeParse(v.deck).success).toBe(true);
    const json = JSON.stringify(v.deck);
    for (const marker of withheld) expect(json, marker).not.toContain(marker);
    for (const marker of included) expect(json, marker).toContain(marker);
    expect(v.deck.slideOrder.map((id) => v.deck.slides[id]!.title)).toEqual(['INCLUDED-DECK-TITLE', 'INCLUDED-TRADE-TITLE', 'INCLUDED-REGION-TITLE', 'INCLUDED-NUMBERS-TITLE']);
    expect(Object.keys(v.deck.datasets)).toEqual([]);
    // The variant names no other audience and no override it cannot see.
    expect(v.deck.meta.marking?.audiences).toEqual([]);
  });

  it('reports what was withheld and why, in the author’s numbering', () => {
    const { deck } = buildLeakDeck();
    const v = partnersOf(deck);
    expect(v.report).toMatchObject({ audience: { name: 'Partners (AUS, JPN)' }, slides: 4, slidesWithheld: 2, widgetsWithheld: 3, notesWithheld: 2 });
    const reasons = v.report.items.map((i) => `${i.what} ${i.slideNumber} ${i.reason}`);
    expect(reasons).toEqual([
      'notes 1 speaker notes do not go to “Partners (AUS, JPN)”',
      'widget 2 NOFORN is not released to “Partners (AUS, JPN)”',
      'notes 2 speaker notes do not go to “Partners (AUS, JPN)”',
      'slide 3 TOP SECRET is above SECRET',
      'widget 4 not released to JPN',
      'slide 5 excluded for “Partners (AUS, JPN)” by the author',
      'widget 6 excluded for “Partners (AUS, JPN)” by the author',
    ]);
  });

  it('a withheld widget leaves a neutral box in its slot; banners come from what is included', () => {
    const { deck } = buildLeakDeck();
    const v = partnersOf(deck);
    const [cover, trade, region, numbers] = v.deck.slideOrder.map((id) => v.slides[id]!);
    const tradeSlide = v.deck.slides[v.deck.slideOrder[1]!]!;
    expect(tradeSlide.slots).toEqual({ left: 'w_text_ok', right: null });
    expect(trade!.withheldSlots).toEqual(['right']);
    expect(trade!.banner?.text).toBe('UNCLASSIFIED');
    expect(region!.banner?.text).toBe('CONFIDENTIAL//REL TO USA, AUS, JPN');
    expect(region!.withheldSlots).toEqual(['sidebar']);
    expect(numbers!.withheldSlots).toEqual(['right']);
    // The cover carries the most restrictive of everything this audience gets.
    expect(v.banner?.text).toBe('CONFIDENTIAL//REL TO USA, AUS, JPN');
    expect(cover!.banner?.text).toBe('CONFIDENTIAL//REL TO USA, AUS, JPN');
  });

  it('reflow: the widgets left take a layout with as many slots', () => {
    const { deck } = buildLeakDeck();
    deck.meta.marking!.withheld = 'reflow';
    const v = partnersOf(deck);
    const trade = v.deck.slides[v.deck.slideOrder[1]!]!;
    expect(trade.layoutId).toBe('oneLarge');
    expect(trade.slots).toEqual({ main: 'w_text_ok' });
    expect(v.slides[trade.id]!.withheldSlots).toEqual([]);
  });

  it('a slide whose every widget is withheld goes too, except a title slide', () => {
    const { deck } = buildLeakDeck();
    const numbers = deck.slideOrder[5]!;
    audience(deck, PARTNERS.name).overrides = { ...audience(deck, PARTNERS.name).overrides, w_chart_ok: 'exclude' };
    const v = partnersOf(deck);
    expect(v.deck.slideOrder).not.toContain(numbers);
    expect(v.report.items.find((i) => i.slideId === numbers && i.what === 'slide')?.reason).toBe('every widget on it is withheld');
    audience(deck, PARTNERS.name).overrides = { w_subtitle: 'exclude' };
    expect(partnersOf(deck).deck.slideOrder[0]).toBe(deck.slideOrder[0]);
  });

  it('the internal audience keeps everything, notes included', () => {
    const { deck } = buildLeakDeck();
    const v = deckVariant(deck, audience(deck, INTERNAL.name));
    expect(v.report.items).toEqual([]);
    expect(v.deck.slideOrder).toEqual(deck.slideOrder);
    expect(v.deck.slides[deck.slideOrder[1]!]!.notes).toBe('LEAK-TRADE-NOTES');
  });

  it('notes marked above an audience are withheld even when it takes notes', () => {
    const { deck } = buildLeakDeck();
    const s2 = deck.slideOrder[1]!;
    deck.slides[s2]!.notesMarking = { level: 'S', caveats: ['NOFORN'], relTo: null };
    updateAudience(deck, audience(deck, PARTNERS.name).id, { includeNotes: true });
    const v = partnersOf(deck);
    expect(v.deck.slides[s2]!.notes).toBe('');
    expect(v.report.items.find((i) => i.what === 'notes' && i.slideId === s2)?.reason).toBe('NOFORN is not released to “Partners (AUS, JPN)”');
  });

  it('warns when unmarked portions take a default this audience may not see', () => {
    const { deck } = buildLeakDeck();
    deck.meta.marking!.defaultLevel = 'TS';
    const v = partnersOf(deck);
    expect(v.report.warnings.join(' ')).toMatch(/^\d+ portions have no marking and take the default TOP SECRET, which is withheld from “Partners \(AUS, JPN\)” \(TOP SECRET is above SECRET\)/);
    deck.meta.marking!.defaultLevel = 'U';
    expect(partnersOf(deck).report.warnings).toEqual([]);
  });

  it('only the selected slides, as an export range asks', () => {
    const { deck } = buildLeakDeck();
    const v = deckVariant(deck, null, { slideIds: [deck.slideOrder[1]!] });
    expect(v.deck.slideOrder).toEqual([deck.slideOrder[1]]);
    expect(v.banner?.text).toBe('SECRET//NOFORN');
    expect(Object.keys(v.deck.widgets).sort()).toEqual(['w_noforn', 'w_text_ok']);
  });
});

describe('the deck banner override', () => {
  it('a higher banner replaces every banner; a lower one is refused with a message', () => {
    const { deck } = buildLeakDeck();
    expect(setBannerOverride(deck, { level: 'S', caveats: [], relTo: null })).toBe(
      'SECRET is lower than what the deck contains (TOP SECRET//NOFORN). The banner can only be raised; lower the portions’ markings instead.',
    );
    expect(deck.meta.marking!.override).toBeNull();
    expect(setBannerOverride(deck, { level: 'TS', caveats: ['NOFORN', 'ORCON'], relTo: null })).toBeNull();
    const v = deckVariant(deck, null);
    expect(deck.slideOrder.map((id) => v.slides[id]!.banner?.text)).toEqual(Array(6).fill('TOP SECRET//ORCON/NOFORN'));
  });

  it('is not shown to an audience it is above; that version’s banners follow its content', () => {
    const { deck } = buildLeakDeck();
    setBannerOverride(deck, { level: 'TS', caveats: ['NOFORN'], relTo: null });
    const v = partnersOf(deck);
    expect(v.banner?.text).toBe('CONFIDENTIAL//REL TO USA, AUS, JPN');
    expect(v.report.warnings).toContain('The deck’s banner TOP SECRET//NOFORN is not for “Partners (AUS, JPN)”; this version’s banners show what it contains.');
    expect(v.deck.meta.marking?.override).toBeNull();
  });
});

describe('exports', () => {
  it('an unknown audience is named with the ones the deck has', () => {
    const { deck } = buildLeakDeck();
    const r = exportVariant(deck, { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', audience: 'Press' });
    expect(r).toEqual({ ok: false, message: 'No audience “Press” in this deck. Its audiences: “Internal”, “Partners (AUS, JPN)”.' });
  });

  it('an audience is found by name, ignoring case', () => {
    const { deck } = buildLeakDeck();
    const r = exportVariant(deck, { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', audience: ' partners (aus, jpn) ' });
    expect(r.ok && r.variant.audience?.id).toBe('aud_partners');
  });

  it('nothing left for an audience is a clear refusal', () => {
    const { deck } = buildLeakDeck();
    const r = exportVariant(deck, { range: [{ from: 3, to: 3 }], includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter', audience: 'aud_partners' });
    expect(r).toEqual({ ok: false, message: 'Nothing to export for “Partners (AUS, JPN)”: every selected slide is withheld from this audience.' });
  });
});

describe('a version’s data and pictures', () => {
  it('keeps the datasets and pictures its widgets use, by their definitions, and the theme’s logo', () => {
    const deck = createDeck('Pictures');
    const photo = (n: number): Asset => ({ id: `img_${String(n).repeat(40)}`, name: `${n}.jpg`, mime: 'image/jpeg', data: bytesToBase64(new Uint8Array([0xff, 0xd8, n, 0xff, 0xd9])), source: null });
    const [a, b, logo] = [photo(1), photo(2), photo(3)];
    for (const p of [a, b, logo]) deck.assets[p.id] = p;
    const slides = [a, b].map((p, i) => {
      const slideId = addSlide(deck, 'twoColumns', i + 1, `Photo ${i + 1}`);
      const w = deck.widgets[insertWidget(deck, slideId, 'left', 'image')!] as WidgetOf<'image'>;
      w.props.assetId = p.id;
      return slideId;
    });
    // Another widget's caption naming a picture's id does not keep it: only what a widget shows.
    const text = deck.widgets[insertWidget(deck, slides[0]!, 'right', 'text')!] as WidgetOf<'text'>;
    text.props.heading = b.id;
    deck.organisationTheme = { logoAssetId: logo.id } as Deck['organisationTheme'];
    const assetsOf = (slideIds: string[]) => Object.keys(deckVariant(deck, null, { slideIds }).deck.assets).sort();
    expect(assetsOf([slides[0]!])).toEqual([a.id, logo.id].sort());
    expect(assetsOf([slides[1]!])).toEqual([b.id, logo.id].sort());
  });
});

describe('changing the scheme', () => {
  it('carries levels over by label and counts the ones the new scheme lacks', () => {
    const { deck } = buildLeakDeck();
    // UK has SECRET and TOP SECRET; it has no UNCLASSIFIED or CONFIDENTIAL.
    const unknown = setDeckScheme(deck, 'uk');
    expect(unknown).toBe(4);
    expect(deck.widgets.w_noforn!.marking?.level).toBe('S');
    expect(deck.slides[deck.slideOrder[2]!]!.titleMarking?.level).toBe('TS');
    expect(deck.meta.marking).toMatchObject({ scheme: 'uk', defaultLevel: 'O' });
    expect(deck.meta.marking!.audiences.map((a) => a.maxLevel)).toEqual(['TS', 'S']);
  });

  it('a new audience may see everything until narrowed', () => {
    const { deck } = buildLeakDeck();
    const id = addAudience(deck, 'Internal');
    const a = deck.meta.marking!.audiences.find((x) => x.id === id)!;
    expect(a).toMatchObject({ name: 'Internal 2', maxLevel: 'TS', foreign: [], includeNotes: true });
    expect(deckVariant(deck, a).report.items).toEqual([]);
  });
});
