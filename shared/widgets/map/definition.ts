// Map widget: countries by role or shaded by data, framed by stored geographic bounds. Its
// definition: schema, defaults, the dataset a choropleth reads, alt text, PowerPoint.
import type { WidgetDefinition } from '../definition';
import { describeMap } from './describe';
import { mapPptx } from './pptx';
import { MapPropsSchema, defaultMapProps, type MapProps } from './schema';
import { mapTextFields } from './textFields';

/** The dataset the map is shaded by, when it is a choropleth. */
const shadedBy = (p: MapProps) => (p.mode === 'choropleth' ? p.choropleth?.datasetId : undefined);

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const mapDefinition: WidgetDefinition<'map', typeof MapPropsSchema> = {
  kind: 'map',
  name: 'Map',
  props: MapPropsSchema,
  defaults: defaultMapProps,
  sourcing: 'fact',
  // Copied even while the map shows roles, so switching back to shading keeps its data.
  datasetIds: (p) => (p.choropleth ? [p.choropleth.datasetId] : []),
  impliedSources: (w, { findDataset }) => {
    const id = shadedBy(w.props);
    const ds = id ? findDataset(id) : undefined;
    return ds ? [ds.source] : [];
  },
  caption: (p) => p.title,
  describe: (w, { deck, findDataset }) => {
    const id = shadedBy(w.props);
    return describeMap(w.props, deck, id ? findDataset(id) : undefined);
  },
  textFields: mapTextFields,
  pptx: mapPptx,
};
