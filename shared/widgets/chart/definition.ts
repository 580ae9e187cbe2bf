// Chart widget: bar, column, line and pie charts from a built-in dataset, a deck dataset (CSV
// import) or a small table typed in place. Its definition: schema, defaults, sources, alt text, PowerPoint.
import type { WidgetDefinition } from '../definition';
import { describeChart } from './chartData';
import { chartPptx } from './pptx';
import { ChartPropsSchema, defaultChartProps } from './schema';
import { chartTextFields } from './textFields';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const chartDefinition: WidgetDefinition<'chart', typeof ChartPropsSchema> = {
  kind: 'chart',
  name: 'Chart',
  props: ChartPropsSchema,
  defaults: defaultChartProps,
  exampleProps: ['title', 'table'],
  sourcing: 'fact',
  datasetIds: (p) => (p.datasetId ? [p.datasetId] : []),
  // A chart with a source of its own cites that instead of the dataset it started from.
  impliedSources: (w, { findDataset }) => {
    const ds = w.source || !w.props.datasetId ? undefined : findDataset(w.props.datasetId);
    return ds ? [ds.source] : [];
  },
  caption: (p) => p.title,
  describe: (w, { deck }) => describeChart(w.props, deck.meta.language),
  textFields: chartTextFields,
  pptx: chartPptx,
};
