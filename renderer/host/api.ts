// The renderer's only way to the main side: one call() over whichever transport the host
// provides. Electron's preload exposes window.briefdeck.invoke; the browser host answers
// POST /api/<channel> with the per-run token. Both speak the shared contract.
import type { Channel, RequestOf, ResponseOf } from '../../shared/api/contract';
import type { Result } from '../../shared/result';

export interface BriefdeckBridge {
  /** What the desktop app can do (shared/api/capabilities.ts); read through host/capabilities.ts. */
  capabilities?: unknown;
  invoke(channel: string, request: unknown): Promise<unknown>;
  /** Main-process menu items arrive as command ids. */
  onCommand(listener: (commandId: string) => void): () => void;
  /** A deck the OS asked us to open (double-click, second launch). */
  onOpenDeck?(listener: (ref: string) => void): () => void;
  /** A prepared audience window becomes the show: the present route to go to (same document). */
  onPresentShow?(listener: (hash: string) => void): () => void;
  /** The window is closing: main waits (up to 3 s) for the returned promise, e.g. an autosave flush. */
  onBeforeClose?(listener: () => Promise<unknown> | void): () => void;
}

declare global {
  interface Window {
    briefdeck?: BriefdeckBridge;
  }
}

const TOKEN_KEY = 'briefdeck.token';

/** Reads ?token= from the address once and keeps it for this tab (reloads keep working). */
export function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** `keepalive`: the request outlives the page (sent while a tab closes). */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>, opts: { keepalive?: boolean } = {}): Promise<Result<ResponseOf<C>>> {
  try {
    if (window.briefdeck) {
      return (await window.briefdeck.invoke(channel, request)) as Result<ResponseOf<C>>;
    }
    const res = await fetch(`api/${channel}`, {
      method: 'POST',
      keepalive: opts.keepalive ?? false,
      headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': hostToken() },
      body: JSON.stringify(request),
    });
    const text = await res.text();
    try {
      return JSON.parse(text) as Result<ResponseOf<C>>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `The Briefdeck host answered with an unreadable response (HTTP ${res.status}).` } };
    }
  } catch (e) {
    return {
      ok: false,
      error: { code: 'io_error', message: `Could not reach the Briefdeck host. Is \`npm run serve\` still running? (${(e as Error).message})` },
    };
  }
}

/** The shape of call(), for code that is given a host (the Editor object, tests' in-memory hosts). */
export type HostCall = typeof call;

/** Like call(), but throws the error message; for places that show errors in one spot. */
export async function callOrThrow<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const r = await call(channel, request);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data;
}
