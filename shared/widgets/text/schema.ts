// Text widget props: a heading and bullets. Bullets use **bold** and _italic_ markers,
// parsed into React elements at render time (never HTML).
import { z } from 'zod';
import type { KindWidget } from '../definition';

export const TextPropsSchema = z.object({
  // Heading above the bullets; empty for none.
  heading: z.string().max(500).default(''),
  // One entry per bullet; inline **bold** and _italic_ markers.
  bullets: z.array(z.string().max(2000)).max(100).default([]),
  // Whether bullets are drawn with markers or as plain paragraphs.
  bulleted: z.boolean().default(true),
});
export type TextProps = z.infer<typeof TextPropsSchema>;
/** A text widget as stored in a deck. */
export type TextWidget = KindWidget<'text', TextProps>;

export function defaultTextProps(): TextProps {
  return { heading: 'Heading', bullets: ['First point', 'Second point'], bulleted: true };
}
