// Image widget props: a picture stored in the deck (an asset, content-addressed), how it fills
// its slot, and its caption. Credit and source are the widget's common `source`.
import { z } from 'zod';
import { IdSchema } from '../../deck/idSchema';
import type { KindWidget } from '../definition';

export const ImagePropsSchema = z.object({
  // The picture: an asset of this deck, keyed by its content (a picture used twice is stored
  // once); null until one is chosen.
  assetId: IdSchema.nullable().default(null),
  // 'contain' shows the whole picture inside the slot; 'cover' fills the slot, cropping
  // around the focal point.
  fit: z.enum(['contain', 'cover']).default('contain'),
  // The point of the picture (0..1 from the left and the top) that 'cover' keeps in view.
  focus: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).default({ x: 0.5, y: 0.5 }),
  // Caption under the picture; empty for none.
  caption: z.string().max(500).default(''),
});
export type ImageProps = z.infer<typeof ImagePropsSchema>;
/** An image widget as stored in a deck. */
export type ImageWidget = KindWidget<'image', ImageProps>;

export function defaultImageProps(): ImageProps {
  return { assetId: null, fit: 'contain', focus: { x: 0.5, y: 0.5 }, caption: '' };
}
