// Table widget: a comparison table (partner by partner: capacity, reserves, agreements, dates)
// from built-in or deck datasets, pasted spreadsheet cells, or typed in the inspector's grid.
// Its definition: schema, defaults, the datasets its columns came from, alt text, PowerPoint.
import type { WidgetDefinition } from '../definition';
import { describeTable } from './describe';
import { tableDatasetIds } from './fromDatasets';
import { tablePptx } from './pptx';
import { TablePropsSchema, defaultTableProps } from './schema';
import { tableTextFields } from './textFields';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const tableDefinition: WidgetDefinition<'table', typeof TablePropsSchema> = {
  kind: 'table',
  name: 'Table',
  props: TablePropsSchema,
  defaults: defaultTableProps,
  // Numbers a reader should be able to check: the preflight asks for a source when no column has one.
  sourcing: 'fact',
  datasetIds: tableDatasetIds,
  caption: (p) => p.title,
  describe: (w, { deck }) => describeTable(w.props, deck.meta.language),
  textFields: tableTextFields,
  pptx: tablePptx,
};
