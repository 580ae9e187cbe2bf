// What one audience gets from a deck (issue #13 item 3), as one pure function every surface
// renders from: the editor (the author's view: no audience), presenting, the PDF, PowerPoint
// and the CLI. Withheld slides, widgets and notes are removed from the returned deck itself,
// so their text is not in the data a surface draws from, not merely hidden.
import { idsUsedBy } from '../deck/paste';
import type { Deck, Slide } from '../deck/schema';
import { own } from '../ids';
import { getLayout } from '../layouts';
import type { Widget } from '../widgets';
import { widgetLabel } from '../widgets/label';
import { atLeastAsRestrictive, bannerText, combineMarkings, portionText } from './combine';
import { deckScheme, portionMarking } from './deckMarking';
import { reflowSlots } from './reflow';
import { releaseTo } from './release';
import type { DeckMarking } from './schema';
import type { Audience, EffectiveMarking, MarkingScheme, PortionMarking } from './types';

/** A banner as drawn: text and colours. */
export interface Banner {
  text: string;
  background: string;
  color: string;
}

/** How one slide of the variant is marked. */
export interface SlideMarks {
  /** Top and bottom of the slide; null for an unmarked deck. */
  banner: Banner | null;
  /** Notes pages: the slide's banner combined with its notes'. */
  notesBanner: Banner | null;
  /** Portion marks ('' = none shown): before the title, before the notes, by widget id. */
  title: string;
  notes: string;
  widgets: Readonly<Record<string, string>>;
  /** Slots whose widget is withheld and that show the neutral box. */
  withheldSlots: readonly string[];
  /** Equal keys draw the same: views compare this instead of the objects. */
  key: string;
  /** The marking `banner` shows (handout pages combine several). */
  marking: EffectiveMarking | null;
}

export interface WithheldItem {
  what: 'slide' | 'widget' | 'notes';
  slideId: string;
  /** 1-based position in the author's deck. */
  slideNumber: number;
  widgetId: string | null;
  /** For the author: 'Slide 4 “Outlook”', 'the chart “Exports” on slide 3'. */
  label: string;
  reason: string;
}

export interface VariantReport {
  audience: { id: string; name: string } | null;
  /** Slides in the variant. */
  slides: number;
  slidesWithheld: number;
  widgetsWithheld: number;
  notesWithheld: number;
  items: WithheldItem[];
  /** Warnings for the author: unmarked portions the default keeps from this audience, an
   * override banner this audience cannot be shown. */
  warnings: string[];
}

export interface DeckVariant {
  /** The deck this audience gets: only included slides (in order), widgets, notes, datasets and
   * assets; the author's own deck object when nothing is withheld or selected away. */
  deck: Deck;
  audience: Audience | null;
  scheme: MarkingScheme | null;
  /** The deck's overall marking (cover, PDF metadata, file name suggestion). */
  banner: Banner | null;
  marking: EffectiveMarking | null;
  /** Marks by slide id, for the slides in `deck`. */
  slides: Readonly<Record<string, SlideMarks>>;
  report: VariantReport;
}

export interface VariantOptions {
  /** Only these slides (an export's range); all when omitted. */
  slideIds?: readonly string[];
}

export const WITHHELD_TEXT = 'Withheld for this audience';

function banner(m: EffectiveMarking, scheme: MarkingScheme): Banner {
  return { text: bannerText(m, scheme), background: m.level.background, color: m.level.text };
}

function slideLabel(slide: Slide, number: number): string {
  return `Slide ${number} “${slide.title.trim() || 'Untitled'}”`;
}

const NO_MARKS: Omit<SlideMarks, 'key'> = { banner: null, notesBanner: null, title: '', notes: '', widgets: {}, withheldSlots: [], marking: null };

function withKey(m: Omit<SlideMarks, 'key'>): SlideMarks {
  const { marking: _marking, ...drawn } = m;
  return { ...m, key: JSON.stringify(drawn) };
}

/** Deck and slides unmarked: only the slide selection applies. */
function unmarkedVariant(deck: Deck, audience: Audience | null, selected: (id: string) => boolean): DeckVariant {
  const slideOrder = deck.slideOrder.filter(selected);
  const out = slideOrder.length === deck.slideOrder.length ? deck : pruneDeck(deck, slideOrder, Object.fromEntries(slideOrder.map((id) => [id, own(deck.slides, id)!])));
  const marks = withKey(NO_MARKS);
  return {
    deck: out,
    audience,
    scheme: null,
    banner: null,
    marking: null,
    slides: Object.fromEntries(slideOrder.map((id) => [id, marks])),
    report: { audience: null, slides: slideOrder.length, slidesWithheld: 0, widgetsWithheld: 0, notesWithheld: 0, items: [], warnings: [] },
  };
}

/**
 * What `audience` gets from `deck` (null: the author's full deck, nothing withheld). Decisions
 * per portion come from releaseTo (shared/markings/release.ts); on top of them:
 * - a slide whose title is withheld, or that the author excluded, is dropped whole;
 * - a slide that had widgets and keeps none of them is dropped too (a title over empty or
 *   "withheld" boxes tells the room nothing), except a title slide;
 * - a withheld widget leaves a neutral box, or the slide reflows (the deck's choice);
 * - notes go only to audiences that take notes, and only when their own marking allows.
 * The cover (the first slide) carries the deck's overall marking; a deck-level override
 * replaces every banner when this audience may see it, else banners show what it contains.
 */
export function deckVariant(deck: Deck, audience: Audience | null, options: VariantOptions = {}): DeckVariant {
  const pick = options.slideIds ? new Set(options.slideIds) : null;
  const selected = (id: string) => (pick ? pick.has(id) : true) && own(deck.slides, id) !== undefined;
  const dm = deck.meta.marking;
  if (!dm) return unmarkedVariant(deck, null, selected);

  const scheme = deckScheme(dm);
  const eff = (p: PortionMarking | null | undefined) => portionMarking(dm, p);
  const decide = (p: PortionMarking | null | undefined, id: string | null) =>
    audience ? releaseTo(eff(p), audience, scheme, id === null ? undefined : own(audience.overrides, id)) : ({ included: true, forced: false } as const);
  const showMarks = dm.portionMarks && scheme.portionMarks;
  const mark = (m: EffectiveMarking) => (showMarks ? portionText(m, scheme) : '');

  const items: WithheldItem[] = [];
  const slides: Record<string, Slide> = {};
  const order: string[] = [];
  const perSlide: Record<string, { marking: EffectiveMarking; notes: EffectiveMarking | null; title: string; notesMark: string; widgets: Record<string, string>; withheldSlots: string[] }> = {};
  const included: EffectiveMarking[] = [];
  let unmarkedWithheld = 0;
  let changed = false;

  deck.slideOrder.forEach((slideId, i) => {
    if (!selected(slideId)) {
      changed = true;
      return;
    }
    const slide = own(deck.slides, slideId)!;
    const number = i + 1;
    const title = decide(slide.titleMarking, slide.id);
    if (!title.included) {
      if (!slide.titleMarking) unmarkedWithheld++;
      items.push({ what: 'slide', slideId, slideNumber: number, widgetId: null, label: slideLabel(slide, number), reason: title.reason });
      changed = true;
      return;
    }
    const layout = getLayout(slide.layoutId);
    const kept: { slotId: string; widget: Widget }[] = [];
    const withheld: { slotId: string; widget: Widget; reason: string }[] = [];
    for (const slot of layout.slots) {
      const widget = own(deck.widgets, own(slide.slots, slot.id) ?? '');
      if (!widget) continue;
      const d = decide(widget.marking, widget.id);
      if (d.included) kept.push({ slotId: slot.id, widget });
      else withheld.push({ slotId: slot.id, widget, reason: d.reason });
    }
    const widgetItems = withheld.map(({ widget, reason }) => ({
      what: 'widget' as const,
      slideId,
      slideNumber: number,
      widgetId: widget.id,
      label: `${widgetLabel(widget)} on slide ${number}`,
      reason,
    }));
    unmarkedWithheld += withheld.filter((w) => !w.widget.marking).length;
    if (withheld.length > 0 && kept.length === 0 && layout.showTitle) {
      items.push({ what: 'slide', slideId, slideNumber: number, widgetId: null, label: slideLabel(slide, number), reason: 'every widget on it is withheld' }, ...widgetItems);
      changed = true;
      return;
    }
    items.push(...widgetItems);

    const notesText = slide.notes.trim() !== '';
    let notesIn = notesText;
    if (notesText && audience) {
      const n = audience.includeNotes ? decide(slide.notesMarking, null) : ({ included: false, reason: `speaker notes do not go to “${audience.name}”` } as const);
      if (!n.included) {
        notesIn = false;
        if (audience.includeNotes && !slide.notesMarking) unmarkedWithheld++;
        items.push({ what: 'notes', slideId, slideNumber: number, widgetId: null, label: `the notes of slide ${number}`, reason: n.reason });
      }
    }

    const titleMarking = eff(slide.titleMarking);
    const widgetMarkings = kept.map((k) => eff(k.widget.marking));
    const notesMarking = notesIn ? eff(slide.notesMarking) : null;
    included.push(titleMarking, ...widgetMarkings, ...(notesMarking ? [notesMarking] : []));

    let out = slide;
    let withheldSlots: string[] = [];
    if (audience) {
      const placed = reflowOrBox(dm, layout.id, kept, withheld.map((w) => w.slotId));
      out = { ...slide, layoutId: placed.layoutId, slots: placed.slots, notes: notesIn ? slide.notes : '', notesMarking: notesIn ? slide.notesMarking : null };
      withheldSlots = placed.withheldSlots;
      changed = true;
    }
    perSlide[slideId] = {
      marking: combineMarkings([titleMarking, ...widgetMarkings], scheme, dm.defaultLevel),
      notes: notesMarking,
      title: mark(titleMarking),
      notesMark: notesMarking ? mark(notesMarking) : '',
      widgets: Object.fromEntries(kept.map((k, j) => [k.widget.id, mark(widgetMarkings[j]!)])),
      withheldSlots,
    };
    slides[slideId] = out;
    order.push(slideId);
  });

  const warnings: string[] = [];
  const computed = combineMarkings(included, scheme, dm.defaultLevel);
  const override = dm.override ? eff(dm.override) : null;
  let applied: EffectiveMarking | null = null;
  if (override && !atLeastAsRestrictive(override, computed, scheme)) {
    warnings.push(`The deck’s banner ${bannerText(override, scheme)} is lower than what it contains (${bannerText(computed, scheme)}), so banners show what it contains.`);
  } else if (override) {
    if (!audience || releaseTo(override, audience, scheme, undefined).included) applied = override;
    else warnings.push(`The deck’s banner ${bannerText(override, scheme)} is not for “${audience.name}”; this version’s banners show what it contains.`);
  }
  if (audience) {
    const fallback = releaseTo(eff(null), audience, scheme, undefined);
    if (!fallback.included && unmarkedWithheld > 0) {
      warnings.push(
        `${unmarkedWithheld === 1 ? '1 portion has' : `${unmarkedWithheld} portions have`} no marking and take${unmarkedWithheld === 1 ? 's' : ''} the default ${levelText(dm, scheme)}, which is withheld from “${audience.name}” (${fallback.reason}). Mark the ones this audience may see.`,
      );
    }
  }

  const deckMarking = applied ?? computed;
  const deckBanner = banner(deckMarking, scheme);
  const marks: Record<string, SlideMarks> = {};
  order.forEach((id, i) => {
    const s = perSlide[id]!;
    // The cover (first slide) and its notes page carry the whole deck's marking.
    const cover = applied !== null || i === 0;
    const shown = cover ? deckMarking : s.marking;
    const notesBanner = cover || !s.notes ? banner(shown, scheme) : banner(combineMarkings([s.marking, s.notes], scheme, dm.defaultLevel), scheme);
    marks[id] = withKey({ banner: banner(shown, scheme), notesBanner, title: s.title, notes: s.notesMark, widgets: s.widgets, withheldSlots: s.withheldSlots, marking: shown });
  });

  const variantMeta: DeckMarking = audience ? { ...dm, audiences: [], override: applied ? dm.override : null } : dm;
  const outDeck = audience || changed ? pruneDeck({ ...deck, meta: { ...deck.meta, marking: variantMeta } }, order, slides) : deck;
  return {
    deck: outDeck,
    audience,
    scheme,
    banner: deckBanner,
    marking: deckMarking,
    slides: marks,
    report: {
      audience: audience ? { id: audience.id, name: audience.name } : null,
      slides: order.length,
      slidesWithheld: items.filter((i) => i.what === 'slide').length,
      widgetsWithheld: items.filter((i) => i.what === 'widget').length,
      notesWithheld: items.filter((i) => i.what === 'notes').length,
      items,
      warnings,
    },
  };
}

function levelText(dm: DeckMarking, scheme: MarkingScheme): string {
  return scheme.levels.find((l) => l.id === dm.defaultLevel)?.label ?? dm.defaultLevel;
}

function reflowOrBox(dm: DeckMarking, layoutId: string, kept: { slotId: string; widget: Widget }[], withheldSlots: string[]) {
  const layout = getLayout(layoutId);
  if (dm.withheld === 'reflow' && withheldSlots.length > 0) {
    const reflowed = reflowSlots(layout, kept);
    if (reflowed) return { ...reflowed, withheldSlots: [] };
  }
  const slots: Record<string, string | null> = {};
  for (const slot of layout.slots) slots[slot.id] = kept.find((k) => k.slotId === slot.id)?.widget.id ?? null;
  // Reflow with no layout to take the rest (a title slide) leaves the slot empty, no box.
  return { layoutId, slots, withheldSlots: dm.withheld === 'box' ? withheldSlots : [] };
}

/** The deck with only `order`'s slides (as given), the widgets they place, and the datasets and
 * assets those widgets name. */
function pruneDeck(deck: Deck, order: readonly string[], slides: Record<string, Slide>): Deck {
  const widgets: Deck['widgets'] = {};
  for (const id of order) {
    for (const w of Object.values(slides[id]!.slots)) {
      const widget = w === null ? undefined : own(deck.widgets, w);
      if (widget) widgets[widget.id] = widget;
    }
  }
  // Each kind's definition names the datasets and pictures it uses; the organisation theme's
  // logo stays with the deck (drawn on its slides), as it does in the file.
  const kept = Object.values(widgets);
  const datasetIds = idsUsedBy(kept, 'datasetIds');
  const assetIds = idsUsedBy(kept, 'assetIds');
  const logo = deck.organisationTheme?.logoAssetId;
  if (logo) assetIds.add(logo);
  const keep = <T>(record: Readonly<Record<string, T>>, ids: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([id]) => ids.has(id)));
  const slideRecord: Deck['slides'] = {};
  for (const id of order) slideRecord[id] = slides[id]!;
  return { ...deck, slideOrder: [...order], slides: slideRecord, widgets, datasets: keep(deck.datasets, datasetIds), assets: keep(deck.assets, assetIds) };
}

/** The banner of a page showing several slides (a handout page): their banners combined. */
export function combinedBanner(v: DeckVariant, slideIds: readonly string[]): Banner | null {
  if (!v.scheme || !v.marking) return null;
  const ms = slideIds.map((id) => own(v.slides, id)?.marking).filter((m): m is EffectiveMarking => m !== null && m !== undefined);
  return ms.length === 0 ? v.banner : banner(combineMarkings(ms, v.scheme, ms[0]!.level.id), v.scheme);
}
