// The web-platform globals shared/ uses, which both of its runtimes have (a browser page and
// Node 20+): declared here for shared/'s own type check, which has neither the DOM's types nor
// Node's (shared/tsconfig.json). renderer/ and electron/ check shared/ against the real ones and
// leave this file out. Add a member here only if both runtimes provide it.
/* eslint-disable no-var -- only `declare var` makes a global a property of globalThis (ids.ts reads globalThis.crypto), as in the DOM and Node typings */
interface URLSearchParams {
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
  toString(): string;
}
declare var URLSearchParams: { prototype: URLSearchParams; new (init?: string | Record<string, string>): URLSearchParams };

interface URL {
  readonly hostname: string;
  readonly protocol: string;
  readonly href: string;
}
declare var URL: { prototype: URL; new (url: string, base?: string): URL };

declare function structuredClone<T>(value: T): T;

interface Crypto {
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}
declare var crypto: Crypto;

// Pictures in decks (shared/widgets/image): base64 and UTF-8 in both runtimes.
declare function atob(data: string): string;
declare function btoa(data: string): string;
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare var TextDecoder: { prototype: TextDecoder; new (label?: string, options?: { fatal?: boolean }): TextDecoder };
