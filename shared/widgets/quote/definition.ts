// Quote widget: an attributed statement, its attribution always shown. Its definition:
// schema, defaults, the publication as a source, alt text, PowerPoint.
import type { WidgetDefinition } from '../definition';
import { attributionLine } from './fitText';
import { quotePptx } from './pptx';
import { QuotePropsSchema, defaultQuoteProps } from './schema';
import { plainTextFields } from '../textFields';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const quoteDefinition: WidgetDefinition<'quote', typeof QuotePropsSchema> = {
  kind: 'quote',
  name: 'Quote',
  props: QuotePropsSchema,
  defaults: defaultQuoteProps,
  exampleProps: ['text', 'speaker'],
  sourcing: 'publication',
  // Where it was published stands as its source until the author gives one.
  impliedSources: (w) =>
    !w.source && w.props.sourceTitle.trim() !== ''
      ? [{ publisher: '', title: w.props.sourceTitle, year: null, url: w.props.sourceUrl.trim() === '' ? null : w.props.sourceUrl, accessed: null, note: null }]
      : [],
  caption: (p) => p.text,
  describe: (w, { deck }) => `Quote: “${w.props.text.trim()}” ${attributionLine(w.props, deck.meta.language)}`,
  textFields: plainTextFields([['text', 'Quotation'], ['speaker', 'Speaker'], ['role', 'Role'], ['sourceTitle', 'Published in']]),
  pptx: quotePptx,
};
