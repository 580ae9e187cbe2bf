// The widget kinds, as one discriminated union. Adding a kind = one folder under
// shared/widgets/<kind> + one entry here + one renderer folder (DESIGN.md §3).
import { z } from 'zod';
import { ChartPropsSchema, defaultChartProps } from './chart/schema';
import { KeyFigurePropsSchema, defaultKeyFigureProps } from './keyFigure/schema';
import { MapPropsSchema, defaultMapProps } from './map/schema';
import { QuotePropsSchema, defaultQuoteProps } from './quote/schema';
import { SourceSchema } from './source';
import { PortionMarkingSchema } from '../markings/schema';
import { TextPropsSchema, defaultTextProps } from './text/schema';

export const WIDGET_KINDS = ['map', 'chart', 'quote', 'text', 'keyFigure'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

export const WIDGET_KIND_NAMES: Record<WidgetKind, string> = {
  map: 'Map',
  chart: 'Chart',
  quote: 'Quote',
  text: 'Text',
  keyFigure: 'Key figure',
};

const common = {
  // Stable key referenced by slide slots.
  id: z.string().min(1).max(100),
  // Source shown under the widget; for charts built on a dataset it is the dataset's.
  source: SourceSchema.nullable().default(null),
  // Whether the source line is drawn on the slide (the Sources page lists it anyway).
  showSource: z.boolean().default(true),
  // Alt text for the tagged PDF and screen readers; null = drafted from the data.
  alt: z.string().max(2000).nullable().default(null),
  // Handling marking of this portion; absent = the deck's default level.
  marking: PortionMarkingSchema.nullish(),
};

export const WidgetSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('map'), props: MapPropsSchema }),
  z.object({ ...common, kind: z.literal('chart'), props: ChartPropsSchema }),
  z.object({ ...common, kind: z.literal('quote'), props: QuotePropsSchema }),
  z.object({ ...common, kind: z.literal('text'), props: TextPropsSchema }),
  z.object({ ...common, kind: z.literal('keyFigure'), props: KeyFigurePropsSchema }),
]);
export type Widget = z.infer<typeof WidgetSchema>;
export type WidgetOf<K extends WidgetKind> = Extract<Widget, { kind: K }>;

export function defaultWidget(kind: WidgetKind, id: string): Widget {
  const base = { id, source: null, showSource: true, alt: null };
  switch (kind) {
    case 'map':
      return { ...base, kind, props: defaultMapProps() };
    case 'chart':
      return { ...base, kind, props: defaultChartProps() };
    case 'quote':
      return { ...base, kind, props: defaultQuoteProps() };
    case 'text':
      return { ...base, kind, props: defaultTextProps() };
    case 'keyFigure':
      return { ...base, kind, props: defaultKeyFigureProps() };
    default: {
      const never: never = kind;
      throw new Error(`unknown widget kind ${String(never)}`);
    }
  }
}
