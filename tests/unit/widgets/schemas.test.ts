// Every widget kind's props schema: the defaults are valid (and survive a parse unchanged),
// and typical bad props are rejected. Chart and quote have their own fuller files
// (tests/unit/chart/schema.test.ts, tests/unit/quote/fitText.test.ts); this covers all five.
import { describe, expect, it } from 'vitest';
import { WIDGET_KINDS, WidgetSchema, defaultWidget } from '../../../shared/widgets';
import { widgetDefinition } from '../../../shared/widgets';
import { ChartPropsSchema, defaultChartProps } from '../../../shared/widgets/chart/schema';
import { KeyFigurePropsSchema, defaultKeyFigureProps } from '../../../shared/widgets/keyFigure/schema';
import { MapPropsSchema, defaultMapProps } from '../../../shared/widgets/map/schema';
import { QuotePropsSchema, defaultQuoteProps } from '../../../shared/widgets/quote/schema';
import { TextPropsSchema, defaultTextProps } from '../../../shared/widgets/text/schema';

const PROPS = {
  map: [MapPropsSchema, defaultMapProps],
  chart: [ChartPropsSchema, defaultChartProps],
  quote: [QuotePropsSchema, defaultQuoteProps],
  text: [TextPropsSchema, defaultTextProps],
  keyFigure: [KeyFigurePropsSchema, defaultKeyFigureProps],
} as const;

describe('widget schemas: defaults', () => {
  it.each(WIDGET_KINDS)('%s: default props and the default widget are valid and parse unchanged', (kind) => {
    const { props: schema, defaults } = widgetDefinition(kind);
    expect(schema.parse(defaults())).toEqual(defaults());
    const w = defaultWidget(kind, 'w1');
    expect(WidgetSchema.parse(w)).toEqual(w);
  });

  it('rejects an unknown kind, a missing id and props of another kind', () => {
    expect(WidgetSchema.safeParse({ ...defaultWidget('text', 'x'), kind: 'video' }).success).toBe(false);
    expect(WidgetSchema.safeParse({ ...defaultWidget('text', 'x'), id: '' }).success).toBe(false);
    expect(WidgetSchema.safeParse({ ...defaultWidget('keyFigure', 'x'), props: defaultMapProps() }).success).toBe(false);
  });
});

describe('widget schemas: bad props rejected', () => {
  const bad = (kind: keyof typeof PROPS, patch: Record<string, unknown>) => {
    const [schema, defaults] = PROPS[kind];
    return schema.safeParse({ ...defaults(), ...patch }).success;
  };

  it('map', () => {
    expect(bad('map', { bounds: [10, 0, 5, 1] })).toBe(false); // east < west
    expect(bad('map', { bounds: [0, 10, 20, 5] })).toBe(false); // north < south
    expect(bad('map', { bounds: [0, -90, 20, 5] })).toBe(false); // beyond Web Mercator
    expect(bad('map', { bounds: [0, 0, 400, 10] })).toBe(false); // wider than the world
    expect(bad('map', { bounds: [0, 0, 10] })).toBe(false);
    expect(bad('map', { countries: [{ id: 'TW', role: 'partner', label: null }] })).toBe(false); // not ISO numeric
    expect(bad('map', { countries: [{ id: '158', role: 'ally', label: null }] })).toBe(false);
    expect(bad('map', { mode: 'heatmap' })).toBe(false);
    expect(bad('map', { choropleth: { datasetId: 'x' } })).toBe(false);
    expect(bad('map', { showLabels: 'yes' })).toBe(false);
    // Pacific-centred frames may run past 180° east.
    expect(bad('map', { bounds: [100, -50, 290, 60] })).toBe(true);
  });

  it('chart', () => {
    expect(bad('chart', { type: 'radar' })).toBe(false);
    expect(bad('chart', { table: { columns: [], rows: [] } })).toBe(false);
    expect(bad('chart', { showValues: 1 })).toBe(false);
  });

  it('quote', () => {
    expect(bad('quote', { text: 5 })).toBe(false);
    expect(bad('quote', { text: 'x'.repeat(5001) })).toBe(false);
    expect(bad('quote', { speaker: null })).toBe(false);
  });

  it('text', () => {
    expect(bad('text', { bullets: 'one line' })).toBe(false);
    expect(bad('text', { bullets: [1, 2] })).toBe(false);
    expect(bad('text', { bullets: Array.from({ length: 101 }, () => 'x') })).toBe(false);
    expect(bad('text', { heading: 'x'.repeat(501) })).toBe(false);
    expect(bad('text', { bulleted: 'no' })).toBe(false);
  });

  it('key figure', () => {
    expect(bad('keyFigure', { value: 92 })).toBe(false); // a string, so "92%" or "1,2" stays as typed
    expect(bad('keyFigure', { trend: 'sideways' })).toBe(false);
    expect(bad('keyFigure', { unit: 'x'.repeat(51) })).toBe(false);
    expect(bad('keyFigure', { label: null })).toBe(false);
  });
});
