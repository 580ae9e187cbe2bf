// Decks outside the library (picked in a native dialog or passed on the command line) are
// named to the renderer by an opaque `ext:<token>`: the renderer never sends a raw path,
// so a compromised page cannot ask for /etc/passwd. Only main-side code grants tokens.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DeckRef } from '../../shared/api/contract';

export class ExternalRefs {
  private readonly byToken = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  /** Grants (or returns the existing) reference for an absolute path the user chose. */
  grant(absPath: string): DeckRef {
    if (!path.isAbsolute(absPath)) throw new Error(`grantExternalPath needs an absolute path, got ${absPath}`);
    const p = path.resolve(absPath);
    let token = this.byPath.get(p);
    if (token === undefined) {
      token = randomBytes(12).toString('hex');
      this.byToken.set(token, p);
      this.byPath.set(p, token);
    }
    return `ext:${token}`;
  }

  /** The path behind a token, or undefined if this run never granted it. */
  pathOf(token: string): string | undefined {
    return this.byToken.get(token);
  }

  /** After a rename the same reference keeps pointing at the file. */
  moved(fromPath: string, toPath: string): void {
    const from = path.resolve(fromPath);
    const token = this.byPath.get(from);
    if (token === undefined) return;
    const to = path.resolve(toPath);
    this.byPath.delete(from);
    this.byPath.set(to, token);
    this.byToken.set(token, to);
  }

  forget(absPath: string): void {
    const p = path.resolve(absPath);
    const token = this.byPath.get(p);
    if (token === undefined) return;
    this.byPath.delete(p);
    this.byToken.delete(token);
  }
}
