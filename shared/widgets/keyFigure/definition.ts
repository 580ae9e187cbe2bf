// Key-figure widget: one big number with unit, label and comparison. Its definition: schema,
// defaults, alt text, PowerPoint; it may stand as a subtitle or a quote's context line.
import type { WidgetDefinition } from '../definition';
import { formatSourceLine } from '../source';
import { keyFigurePptx } from './pptx';
import { KeyFigurePropsSchema, defaultKeyFigureProps } from './schema';
import { plainTextFields } from '../textFields';
import { keyFigureValue } from './value';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const keyFigureDefinition: WidgetDefinition<'keyFigure', typeof KeyFigurePropsSchema> = {
  kind: 'keyFigure',
  name: 'Key figure',
  props: KeyFigurePropsSchema,
  defaults: defaultKeyFigureProps,
  exampleProps: ['value', 'label'],
  sourcing: 'fact',
  caption: (p) => [`${p.value}${p.unit ? ` ${p.unit}` : ''}`, p.label].filter((s) => s.trim() !== '').join(' '),
  describe: (w, { deck }) =>
    [`${keyFigureValue(w.props.value, deck.meta.language)}${w.props.unit ? ` ${w.props.unit}` : ''}`, w.props.label, w.props.comparison, w.source ? formatSourceLine(w.source) : '']
      .filter(Boolean)
      .join(', '),
  slotRoles: ['line'],
  textFields: plainTextFields([['value', 'Value'], ['unit', 'Unit'], ['label', 'Label'], ['comparison', 'Comparison']]),
  pptx: keyFigurePptx,
};
