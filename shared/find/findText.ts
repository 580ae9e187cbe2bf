// Find and replace over a deck (issue #17 item 5): slide titles, each widget's text fields (as
// its kind declares them, shared/widgets textFields) and speaker notes, in reading order, hidden
// slides included. Pure: the editor's find bar shows the matches and applies replacements
// through one undo step.
import type { Deck, Slide } from '../deck/schema';
import { own } from '../ids';
import { findLayout } from '../layouts';
import { widgetDefinition, type Widget } from '../widgets';

export interface FindOptions {
  matchCase: boolean;
  /** Only whole words: the match has no letter, digit or underscore either side. */
  wholeWord: boolean;
}

/** Which text a match is in. */
export type FindPlace =
  | { slideId: string; part: 'title' }
  | { slideId: string; part: 'notes' }
  | { slideId: string; part: 'widget'; slotId: string; widgetId: string; field: string }
  | { slideId: string; part: 'alt'; slotId: string; widgetId: string };

export interface FindMatch {
  place: FindPlace;
  /** 1-based position of its slide in the deck. */
  slideNumber: number;
  /** On a slide hidden from presenting (still searched; the find bar says so). */
  hidden: boolean;
  /** Where, in words: "Slide title", "Notes", "Chart: Row 3, Country". */
  where: string;
  /** The whole text of its field, and the match's range in it. */
  text: string;
  start: number;
  end: number;
}

/** One searchable text with where it is; `write` puts a changed text back (false: refused). */
interface Located {
  place: FindPlace;
  where: string;
  text: string;
  write(draft: Deck, value: string): boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern for a query; null for an empty query. */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  if (query === '') return null;
  const body = escapeRegExp(query);
  const word = options.wholeWord ? `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])` : body;
  return new RegExp(word, options.matchCase ? 'gu' : 'giu');
}

/** The slide's slots in the layout's reading order (slots the layout no longer has last). */
function slotsInOrder(slide: Slide): string[] {
  const layoutSlots = findLayout(slide.layoutId)?.slots.map((s) => s.id) ?? [];
  return [...layoutSlots.filter((id) => own(slide.slots, id) !== undefined), ...Object.keys(slide.slots).filter((id) => !layoutSlots.includes(id))];
}

function widgetTexts(slide: Slide, slotId: string, widget: Widget): Located[] {
  const def = widgetDefinition(widget.kind);
  const base = { slideId: slide.id, slotId, widgetId: widget.id };
  const fields = (def.textFields?.read(widget.props) ?? []).map(
    (f): Located => ({
      place: { ...base, part: 'widget', field: f.key },
      where: `${def.name}: ${f.label}`,
      text: f.value,
      write: (draft, value) => {
        const w = own(draft.widgets, widget.id);
        if (!w || !def.textFields) return false;
        const parsed = def.props.safeParse(def.textFields.write(w.props, f.key, value));
        if (!parsed.success) return false;
        w.props = parsed.data;
        return true;
      },
    }),
  );
  // Alt text the author wrote is their words too (a drafted one is derived, never stored).
  if (widget.alt === null) return fields;
  const alt: Located = {
    place: { ...base, part: 'alt' },
    where: `${def.name}: Alt text`,
    text: widget.alt,
    write: (draft, value) => {
      const w = own(draft.widgets, widget.id);
      if (!w || value.length > 2000) return false;
      w.alt = value;
      return true;
    },
  };
  return [...fields, alt];
}

/** Every searchable text of the deck, in reading order: per slide its title, its widgets by
 * slot, its notes. */
function deckTexts(deck: Deck): Array<Located & { slideNumber: number; hidden: boolean }> {
  return deck.slideOrder.flatMap((slideId, i) => {
    const slide = own(deck.slides, slideId);
    if (!slide) return [];
    const title: Located = {
      place: { slideId, part: 'title' },
      where: 'Slide title',
      text: slide.title,
      write: (draft, value) => setSlideText(draft, slideId, 'title', value, 500),
    };
    const widgets = slotsInOrder(slide).flatMap((slotId) => {
      const widget = own(deck.widgets, own(slide.slots, slotId) ?? '');
      return widget ? widgetTexts(slide, slotId, widget) : [];
    });
    const notes: Located = {
      place: { slideId, part: 'notes' },
      where: 'Notes',
      text: slide.notes,
      write: (draft, value) => setSlideText(draft, slideId, 'notes', value, 50000),
    };
    return [title, ...widgets, notes].map((t) => ({ ...t, slideNumber: i + 1, hidden: slide.hidden }));
  });
}

function setSlideText(draft: Deck, slideId: string, part: 'title' | 'notes', value: string, max: number): boolean {
  const slide = own(draft.slides, slideId);
  if (!slide || value.length > max) return false;
  slide[part] = value;
  return true;
}

/** A deck's searchable texts in reading order, as find sees them (the library's search reads
 * them too, shared/library/deckSearch.ts). */
export function searchableTexts(deck: Deck): Array<{ slideNumber: number; hidden: boolean; where: string; text: string }> {
  return deckTexts(deck).map(({ slideNumber, hidden, where, text }) => ({ slideNumber, hidden, where, text }));
}

/** Every match of `query` in the deck, in reading order. */
export function findMatches(deck: Deck, query: string, options: FindOptions): FindMatch[] {
  const pattern = findPattern(query, options);
  if (!pattern) return [];
  return deckTexts(deck).flatMap(({ place, where, text, slideNumber, hidden }) =>
    [...text.matchAll(pattern)].map((m) => ({ place, slideNumber, hidden, where, text, start: m.index, end: m.index + m[0].length })),
  );
}

export function samePlace(a: FindPlace, b: FindPlace): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What replacing changed: how many matches, and the fields that refused the new text (too long
 * for the field: named, never cut). */
export interface ReplaceResult {
  replaced: number;
  refused: string[];
}

/** Replaces one match (found in the deck as it is now) in a draft of the deck. */
export function replaceMatch(draft: Deck, match: FindMatch, replacement: string): ReplaceResult {
  const target = deckTexts(draft).find((t) => samePlace(t.place, match.place));
  // The text changed since the match was found: replace nothing rather than the wrong words.
  if (!target || target.text !== match.text) return { replaced: 0, refused: [] };
  const value = target.text.slice(0, match.start) + replacement + target.text.slice(match.end);
  return target.write(draft, value) ? { replaced: 1, refused: [] } : { replaced: 0, refused: [placeName(target, match.slideNumber)] };
}

/** Replaces every match in a draft of the deck (the editor applies it as one undo step). */
export function replaceAll(draft: Deck, query: string, options: FindOptions, replacement: string): ReplaceResult {
  const pattern = findPattern(query, options);
  const result: ReplaceResult = { replaced: 0, refused: [] };
  if (!pattern) return result;
  for (const t of deckTexts(draft)) {
    const count = [...t.text.matchAll(pattern)].length;
    if (count === 0) continue;
    // A function, so "$&" or "$1" in the replacement stay literal text.
    const value = t.text.replace(pattern, () => replacement);
    if (t.write(draft, value)) result.replaced += count;
    else result.refused.push(placeName(t, t.slideNumber));
  }
  return result;
}

function placeName(t: Located, slideNumber: number): string {
  return `slide ${slideNumber}, ${t.where}`;
}
