// Helpers for a kind's find-and-replace fields (WidgetDefinition.textFields): most kinds keep
// their words in a few plain string props, named here once with the label the find bar shows.
import type { TextField, WidgetTextFields } from './definition';

type StringKeys<P> = { [K in keyof P]: P[K] extends string ? K : never }[keyof P] & string;

/** Text fields that are plain string props, in reading order: `[['text', 'Quotation'], …]`. */
export function plainTextFields<P>(fields: ReadonlyArray<readonly [StringKeys<P>, string]>): WidgetTextFields<P> {
  return {
    read: (props) => fields.map(([key, label]): TextField => ({ key, label, value: props[key] as string })),
    write: (props, key, value) => (fields.some(([k]) => k === key) ? { ...props, [key]: value } : props),
  };
}

/** A field key for an item of a list prop ("bullet.2"), and back. */
export function itemKey(list: string, ...index: number[]): string {
  return [list, ...index].join('.');
}

export function parseItemKey(key: string, list: string): number[] | null {
  const parts = key.split('.');
  if (parts[0] !== list || parts.length < 2) return null;
  const numbers = parts.slice(1).map(Number);
  return numbers.every((n) => Number.isInteger(n) && n >= 0) ? numbers : null;
}
