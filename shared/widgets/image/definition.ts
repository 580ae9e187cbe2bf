// Image widget: a picture stored in the deck (JPEG, PNG or SVG; WebP and GIF become one of
// those on insert), fit to its slot, with caption, credit and source. Its definition.
import type { WidgetDefinition } from '../definition';
import { imagePptx } from './pptx';
import { ImagePropsSchema, defaultImageProps } from './schema';
import { plainTextFields } from '../textFields';

// Typed, not inferred: the deck's type is derived from this list, so inferring would be circular.
export const imageDefinition: WidgetDefinition<'image', typeof ImagePropsSchema> = {
  kind: 'image',
  name: 'Image',
  props: ImagePropsSchema,
  defaults: defaultImageProps,
  // A picture of a fab or a signing is a fact: say whose picture it is.
  sourcing: 'fact',
  assetIds: (p) => (p.assetId ? [p.assetId] : []),
  caption: (p) => p.caption,
  // Nothing can be drafted from pixels: the author writes alt text (the preflight asks for it).
  describe: (w) => (w.props.caption.trim() === '' ? 'Picture' : `Picture: ${w.props.caption.trim()}`),
  altText: 'required',
  textFields: plainTextFields([['caption', 'Caption']]),
  pptx: imagePptx,
};
