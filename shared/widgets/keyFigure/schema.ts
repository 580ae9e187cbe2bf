// Key-figure widget props: one big number with its unit, label and a comparison line.
// Use it for the single figure a slide should leave in the room's memory.
import { z } from 'zod';
import type { KindWidget } from '../definition';

export const KeyFigurePropsSchema = z.object({
  // The number as displayed (kept as text so "270,000" or "~55.6" read as typed).
  value: z.string().max(50),
  // Unit after the number (e.g. "%", "t").
  unit: z.string().max(50).default(''),
  // What the number measures.
  label: z.string().max(300).default(''),
  // Context line such as "vs 13,000 t in Australia"; empty for none.
  comparison: z.string().max(300).default(''),
  // Arrow next to the comparison.
  trend: z.enum(['up', 'down', 'none']).default('none'),
});
export type KeyFigureProps = z.infer<typeof KeyFigurePropsSchema>;
/** A keyFigure widget as stored in a deck. */
export type KeyFigureWidget = KindWidget<'keyFigure', KeyFigureProps>;

export function defaultKeyFigureProps(): KeyFigureProps {
  return { value: '0', unit: '', label: 'Label', comparison: '', trend: 'none' };
}
