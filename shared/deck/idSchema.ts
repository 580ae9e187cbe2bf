// The id rule of the deck file (issue 16), apart from schema.ts so the widget schemas can
// use it for their references (a chart's dataset) without an import cycle.
import { z } from 'zod';
import { ID_PATTERN, isPrototypeName } from '../ids';

// A string, not a shared params object: zod rewrites the params object it is given.
export const RESERVED_NAME = 'is a reserved name (a member of every JavaScript object), not a valid id';

/** Ids of slides, widgets, datasets and assets: letters, digits, _ and -, never a name
 * Object.prototype has (such ids found the prototype's member, or were dropped). */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'is not a valid id (1–100 letters, digits, _ or -)')
  .refine((s) => !isPrototypeName(s), { message: RESERVED_NAME });

/** Other keys of records in the file (slot ids, dataset column keys): any text up to `max`
 * characters but a prototype name. */
export function safeKey(min: number, max: number) {
  const text = min > 0 ? z.string().min(min).max(max) : z.string().max(max);
  return text.refine((s) => !isPrototypeName(s), { message: RESERVED_NAME });
}
