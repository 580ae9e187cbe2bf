// Deep copies of deck data that work on immer drafts too. Deck operations run inside
// apply(label, recipe), where deck.slides[x] is a draft (a Proxy) and structuredClone throws
// a DataCloneError (issue 11: Duplicate slide did nothing). Lint forbids structuredClone in
// shared/ and renderer/, so every copy goes through here.
import { current, isDraft } from 'immer';

/** Drafts anywhere inside `value` (an array of drafts, an object holding one) become plain. */
function undraft(value: unknown): unknown {
  if (isDraft(value)) return current(value);
  if (Array.isArray(value)) return value.map(undraft);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, undraft(v)]));
  }
  return value;
}

/** A deep, independent, plain copy of `value`, whether it is a draft, holds drafts, is frozen or plain. */
export function plainCopy<T>(value: T): T {
  // eslint-disable-next-line no-restricted-globals -- the one place that may call it
  return structuredClone(undraft(value)) as T;
}
