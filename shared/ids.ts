// Short random ids for slides, widgets and datasets. Collision odds at 12 base-36
// chars are negligible for decks of thousands of objects.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function newId(prefix: string): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${out}`;
}

/** Names every plain object already has (Object.prototype's members) and "prototype": as a
 * key of slides, widgets, datasets or assets such a name would find the prototype's member
 * instead of nothing, and "__proto__" would be dropped when assigned (issue 16). */
export const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Ids of slides, widgets, datasets, assets and the deck: what newId makes and every built-in uses. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

export function isPrototypeName(s: string): boolean {
  return PROTOTYPE_NAMES.has(s);
}

export function isSafeId(s: string): boolean {
  return ID_PATTERN.test(s) && !PROTOTYPE_NAMES.has(s);
}

/** An own property of a record, or undefined: never a member inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string | null | undefined): T | undefined {
  return record != null && key != null && Object.hasOwn(record, key) ? record[key] : undefined;
}
