// Checks a change to an open deck against the deck format before the editor keeps it. A change
// the format refuses (a CSV of 100 columns in a chart, a 600-character title) was kept on screen
// and then refused by every save after it, so nothing more of the author's work was saved. Only
// what the change touched is checked (the entities its patch paths name), so typing stays cheap.
import type { z } from 'zod';
import { widgetKindName, WidgetSchema } from '../widgets';
import { own } from '../ids';
import { AssetSchema, DatasetSchema, DeckSchema, SlideSchema, type Deck } from './schema';

type Path = readonly (string | number)[];

/** Records of entities keyed by id, each checked on its own. */
const ENTITIES = { slides: SlideSchema, widgets: WidgetSchema, datasets: DatasetSchema, assets: AssetSchema } as const;
type EntityKey = keyof typeof ENTITIES;
type DeckField = keyof typeof DeckSchema.shape;

function isEntityKey(key: string | number | undefined): key is EntityKey {
  return typeof key === 'string' && Object.hasOwn(ENTITIES, key);
}

/** What the change touched: [record, id] for entities (null id: the whole record), or a deck field. */
function touched(paths: readonly Path[]): Array<{ record: EntityKey; id: string | null } | { field: DeckField }> {
  const seen = new Set<string>();
  const out: Array<{ record: EntityKey; id: string | null } | { field: DeckField }> = [];
  for (const path of paths) {
    const top = path[0];
    if (isEntityKey(top)) {
      const id = path.length > 1 ? String(path[1]) : null;
      const key = `${top}/${id ?? '*'}`;
      if (!seen.has(key)) out.push({ record: top, id });
      seen.add(key);
    } else if (typeof top === 'string' && Object.hasOwn(DeckSchema.shape, top) && !seen.has(top)) {
      seen.add(top);
      out.push({ field: top as DeckField });
    }
  }
  return out;
}

/** Who owns the problem, in words: "the chart widget", "slide 3", "the deck". */
function owner(deck: Deck, record: EntityKey | null, id: string | null): string {
  if (record === 'widgets' && id) {
    const w = own(deck.widgets, id);
    return w ? `the ${widgetKindName(w.kind).toLowerCase()} widget` : 'a widget';
  }
  if (record === 'slides' && id) {
    const n = deck.slideOrder.indexOf(id);
    return n >= 0 ? `slide ${n + 1}` : 'a slide';
  }
  if (record === 'datasets') return 'the data table';
  if (record === 'assets') return 'the picture';
  return 'the deck';
}

/** The field's name in words: ['props','table','columns'] -> “Table columns”. */
function fieldWords(path: readonly PropertyKey[]): string {
  const words = path
    .filter((p): p is string => typeof p === 'string' && p !== 'props')
    .map((p) => p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ');
  return words === '' ? 'content' : `“${words[0]!.toUpperCase()}${words.slice(1)}”`;
}

/** `field`: the deck field checked, which names the problem when the issue is the whole field's. */
function describe(issue: z.core.$ZodIssue, who: string, field?: string): string {
  const what = `${who}’s ${fieldWords(issue.path.length === 0 && field ? [field] : issue.path)}`;
  const inOne = typeof issue.path[issue.path.length - 1] === 'number' ? 'one of ' : '';
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum).toLocaleString('en-US');
    if (issue.origin === 'string') return `${inOne}${what} would be longer than ${max} characters, the most a deck holds there`;
    if (issue.origin === 'array' || issue.origin === 'set') return `${inOne}${what} would hold more than ${max} items, the most a deck holds there`;
    return `${inOne}${what} would be above ${max}, the most a deck allows there`;
  }
  if (issue.code === 'too_small') return `${inOne}${what} would be below the least a deck allows there`;
  return `${inOne}${what} would not be valid in a deck file (${issue.message})`;
}

/**
 * Null when every entity and field the change touched still fits the deck format; otherwise the
 * first problem in words, for "That change was not made: …". `paths` are the change's patch paths
 * (immer's), `next` the deck after the change.
 */
export function changeProblem(next: Deck, paths: readonly Path[]): string | null {
  for (const t of touched(paths)) {
    if ('field' in t) {
      const r = DeckSchema.shape[t.field].safeParse(next[t.field]);
      if (!r.success && r.error.issues[0]) return describe(r.error.issues[0], owner(next, null, null), t.field);
      continue;
    }
    const record = next[t.record] as Record<string, unknown>;
    const ids = t.id === null ? Object.keys(record) : [t.id];
    for (const id of ids) {
      // Removed by the change: nothing left to check.
      if (!Object.hasOwn(record, id)) continue;
      const r = (ENTITIES[t.record] as z.ZodType).safeParse(record[id]);
      if (!r.success && r.error.issues[0]) return describe(r.error.issues[0], owner(next, t.record, id));
    }
  }
  return null;
}
