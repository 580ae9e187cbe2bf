// Each widget kind's PowerPoint exporter, by kind. A typed record, so a new kind does not
// compile until it has one. This map moves into each kind's one definition object when the
// widget seam (#12) lands; until then it is the only list of exporters.
import type { PptxExporter } from '../export/pptx/context';
import { chartPptx } from './chart/pptx';
import type { WidgetKind } from './index';
import { keyFigurePptx } from './keyFigure/pptx';
import { mapPptx } from './map/pptx';
import { quotePptx } from './quote/pptx';
import { textPptx } from './text/pptx';

export const PPTX_EXPORTERS: { readonly [K in WidgetKind]: PptxExporter<K> } = {
  map: mapPptx,
  chart: chartPptx,
  quote: quotePptx,
  text: textPptx,
  keyFigure: keyFigurePptx,
};
