// Text widget: a heading and bullets with **bold** and _italic_ markers. Its definition:
// schema, defaults, alt text, PowerPoint; it may stand as a title slide's subtitle.
import type { WidgetDefinition } from '../definition';
import { textPptx } from './pptx';
import { TextPropsSchema, defaultTextProps } from './schema';
import { textTextFields } from './textFields';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const textDefinition: WidgetDefinition<'text', typeof TextPropsSchema> = {
  kind: 'text',
  name: 'Text',
  props: TextPropsSchema,
  defaults: defaultTextProps,
  exampleProps: ['heading', 'bullets'],
  sourcing: 'optional',
  caption: (p) => p.heading || (p.bullets.find((b) => b.trim() !== '') ?? ''),
  describe: (w) => [w.props.heading, ...w.props.bullets].filter(Boolean).join('. '),
  slotRoles: ['line'],
  textFields: textTextFields,
  pptx: textPptx,
};
