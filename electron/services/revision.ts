// A deck's revision is the SHA-256 of its file's bytes: a save names the revision it was
// based on, so a file changed on disk by someone else is noticed instead of clobbered.
import { createHash } from 'node:crypto';

/** Revision of file text as written to disk (UTF-8). For any file that parses as a deck
 * this equals the hash of the raw bytes: a valid deck is valid UTF-8, and Node's decoding keeps a
 * byte-order mark in the text (the deck codec skips it). */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The revision of a file that does not exist (yet, or any more). */
export const MISSING_REVISION = 'missing';
