// One widget kind, defined once (issue #12): what the deck file holds for it and everything
// pure that other code needs to know about it. Each kind's folder exports one of these and
// shared/widgets/index.ts lists them; the kind list, the union schema and defaultWidget are
// derived from that list, so nothing outside the kind's folders names a kind.
import { z } from 'zod';
import type { Dataset, Deck } from '../deck/schema';
import type { PptxExporter } from '../export/pptx/context';
import { PortionMarkingSchema } from '../markings/schema';
import { SourceSchema, type Source } from './source';

/** The fields every widget has, whatever its kind. */
export const commonWidgetFields = {
  // Stable key referenced by slide slots.
  id: z.string().min(1).max(100),
  // Source shown under the widget; for widgets built on a dataset it is the dataset's.
  source: SourceSchema.nullable().default(null),
  // Whether the source line is drawn on the slide (the Sources page lists it anyway).
  showSource: z.boolean().default(true),
  // Alt text for the tagged PDF and screen readers; null = drafted from the data.
  alt: z.string().max(2000).nullable().default(null),
  // Handling marking of this portion; absent = the deck's default level.
  marking: PortionMarkingSchema.nullish(),
};

/** A widget of one kind, typed from its own definition (the union is derived in index.ts). */
export type KindWidget<K extends string, P> = z.output<z.ZodObject<typeof commonWidgetFields>> & { kind: K; props: P };

/** A special slot's role. Slots without one take any widget; a special slot takes only the
 * kinds whose definition says they fill it ('line': a title slide's subtitle, a quote's
 * context line: a few words or one figure). */
export type SlotRole = 'line';

/** What describing and sourcing a widget may look up: the deck and its datasets. */
export interface WidgetLookups {
  deck: Deck;
  /** A deck or built-in dataset by id. */
  findDataset(id: string): Dataset | undefined;
}

/**
 * How a kind rests on sources, for the export preflight:
 * - 'fact': states facts a reader should be able to check (a missing source is named);
 * - 'publication': words someone said, which should say where they were published;
 * - 'optional': the author's own words.
 */
export type Sourcing = 'fact' | 'publication' | 'optional';

/** One piece of text the author wrote in a widget ("Bullet 2"), as find and replace sees it. */
export interface TextField {
  /** Names the field within its widget for `write` ("bullet.1"); stable while the props are. */
  key: string;
  /** Where it is, for the find bar ("Bullet 2", "Row 3, Country"). */
  label: string;
  value: string;
}

/** The text a kind lets find and replace search and change (issue #17 item 5): declared in the
 * kind's own folder, so nothing else needs to know which props hold words. */
export interface WidgetTextFields<P> {
  /** Its searchable text in reading order (empty fields may be left out). */
  read(props: P): TextField[];
  /** The props with field `key` holding `value` (the schema is checked by the caller). */
  write(props: P, key: string, value: string): P;
}

export interface WidgetDefinition<K extends string, S extends z.ZodType> {
  kind: K;
  /** "Key figure": menus, labels, messages. */
  name: string;
  /** The props stored in the deck file. */
  props: S;
  /** Props of a new widget of this kind. */
  defaults(): z.output<S>;
  sourcing: Sourcing;
  /** The props whose defaults are example content for the author to replace (a new chart's
   * numbers, a quote's “Type the quotation here.”): the export preflight names a widget that
   * still shows any of them, so made-up content never goes out unnoticed. */
  exampleProps?: readonly (keyof z.output<S>)[];
  /** Datasets (deck or built-in) the widget draws from; copied with it between decks. */
  datasetIds?(props: z.output<S>): string[];
  /** Deck assets (pictures) it shows; copied with it between decks, and what keeps an asset in the file. */
  assetIds?(props: z.output<S>): string[];
  /** The sources it rests on besides its own `source`; default: its datasets' sources. */
  impliedSources?(widget: KindWidget<K, z.output<S>>, lookups: WidgetLookups): Source[];
  /** The few words that identify it to its author ("Rare earths production"), or ''. */
  caption(props: z.output<S>): string;
  /** Alt text drafted from the data, used when widget.alt is null. */
  describe(widget: KindWidget<K, z.output<S>>, lookups: WidgetLookups): string;
  /** 'required': nothing worth reading can be drafted from its content (a picture's pixels), so
   * the author writes the alt text: the inspector's label says so and the export preflight asks
   * for it. Default 'drafted': `describe` stands in while the author has written none. */
  altText?: 'drafted' | 'required';
  /** Special slots it may fill besides ordinary ones. */
  slotRoles?: readonly SlotRole[];
  /** The text find and replace searches; absent: it has none (a picture without words). */
  textFields?: WidgetTextFields<z.output<S>>;
  /** Its PowerPoint shapes. */
  pptx: PptxExporter<KindWidget<K, z.output<S>>>;
}
