// The widget kinds (issue #12): one definition per kind, listed once here. The kind list, the
// union schema and defaultWidget are derived from this list; a new kind is its folder here,
// its folder under renderer/widgets, and one line in each registry (docs/widget-kinds.md).
import { z } from 'zod';
import { chartDefinition } from './chart/definition';
import { imageDefinition } from './image/definition';
import type { PptxExporter } from '../export/pptx/context';
import { commonWidgetFields, type SlotRole, type Sourcing, type WidgetDefinition, type WidgetLookups, type WidgetTextFields } from './definition';
import { keyFigureDefinition } from './keyFigure/definition';
import { mapDefinition } from './map/definition';
import { quoteDefinition } from './quote/definition';
import { tableDefinition } from './table/definition';
import type { Source } from './source';
import { textDefinition } from './text/definition';

export type { KindWidget, SlotRole, Sourcing, TextField, WidgetLookups, WidgetTextFields } from './definition';

/** Every widget kind, in the order the widget palette shows them. */
export const WIDGET_DEFINITIONS = [mapDefinition, chartDefinition, quoteDefinition, textDefinition, keyFigureDefinition, imageDefinition, tableDefinition] as const;

type Definitions = typeof WIDGET_DEFINITIONS;
export type WidgetKind = Definitions[number]['kind'];
type DefinitionOf<K extends WidgetKind> = Extract<Definitions[number], { kind: K }>;

export const WIDGET_KINDS = WIDGET_DEFINITIONS.map((d) => d.kind) as readonly WidgetKind[];

/** Each kind's stored shape: the common fields, its kind and its props. */
type Flat<T> = { [P in keyof T]: T[P] };
type WidgetObject<D> = D extends WidgetDefinition<infer K, infer S> ? z.ZodObject<Flat<typeof commonWidgetFields & { kind: z.ZodLiteral<K>; props: S }>> : never;
type WidgetObjects<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R] ? [WidgetObject<H>, ...WidgetObjects<R>] : [];

export const WidgetSchema = z.discriminatedUnion(
  'kind',
  WIDGET_DEFINITIONS.map((d) => z.object({ ...commonWidgetFields, kind: z.literal(d.kind), props: d.props })) as unknown as WidgetObjects<Definitions>,
);
export type Widget = z.infer<typeof WidgetSchema>;
export type WidgetOf<K extends WidgetKind> = Extract<Widget, { kind: K }>;

/** A kind's definition with its functions typed for the whole union (the list pairs each kind
 * with its own widget type; TypeScript cannot follow that through a lookup by kind). */
export interface AnyWidgetDefinition {
  kind: WidgetKind;
  name: string;
  sourcing: Sourcing;
  /** The props stored in the deck file. */
  props: z.ZodType<Widget['props']>;
  defaults(): Widget['props'];
  exampleProps?: readonly string[];
  datasetIds?(props: Widget['props']): string[];
  assetIds?(props: Widget['props']): string[];
  impliedSources?(widget: Widget, lookups: WidgetLookups): Source[];
  caption(props: Widget['props']): string;
  describe(widget: Widget, lookups: WidgetLookups): string;
  altText?: 'drafted' | 'required';
  slotRoles?: readonly SlotRole[];
  textFields?: WidgetTextFields<Widget['props']>;
  pptx: PptxExporter<Widget>;
}

const byKind = new Map<string, AnyWidgetDefinition>(WIDGET_DEFINITIONS.map((d) => [d.kind, d as unknown as AnyWidgetDefinition]));

export function isWidgetKind(kind: string): kind is WidgetKind {
  return byKind.has(kind);
}

/** The definition of a kind (throws for a kind no definition lists: a programming error). */
export function widgetDefinition(kind: WidgetKind): AnyWidgetDefinition {
  const d = byKind.get(kind);
  if (!d) throw new Error(`no widget definition for ${kind}`);
  return d;
}

export function widgetKindName(kind: WidgetKind): string {
  return widgetDefinition(kind).name;
}

export function defaultWidget<K extends WidgetKind>(kind: K, id: string): WidgetOf<K> {
  const props = widgetDefinition(kind).defaults() as PropsOf<K>;
  return { id, source: null, showSource: true, alt: null, kind, props } as unknown as WidgetOf<K>;
}
type PropsOf<K extends WidgetKind> = ReturnType<DefinitionOf<K>['defaults']>;

/** Whether a slot takes a kind: any widget, unless the slot has a special role the kind does not fill. */
export function slotTakes(slot: { role?: SlotRole }, kind: WidgetKind): boolean {
  return slot.role === undefined || (widgetDefinition(kind).slotRoles?.includes(slot.role) ?? false);
}

/** The kinds a slot takes, for hints ("Drop text, key figure"). */
export function kindsForSlot(slot: { role?: SlotRole }): WidgetKind[] {
  return WIDGET_KINDS.filter((k) => slotTakes(slot, k));
}

/** Its alt text: the author's, else drafted from the data. */
export function altText(widget: Widget, lookups: WidgetLookups): string {
  return widget.alt ?? widgetDefinition(widget.kind).describe(widget, lookups);
}
