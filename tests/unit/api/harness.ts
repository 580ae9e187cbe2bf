// Shared by the handler tests: a handler table over real temp folders with the constant
// deps filled in, and a call() that checks every success against the contract's schema.
import path from 'node:path';
import { expect } from 'vitest';
import { createHandlers, dispatch, type HandlerDeps, type Handlers } from '../../../electron/api/handlers';
import { PreferencesStore } from '../../../electron/services/preferences';
import { CONTRACT, type Channel } from '../../../shared/api/contract';
import type { Result } from '../../../shared/result';
import { quietLog } from '../services/helpers';

export type CallChannel = <T = unknown>(channel: Channel, payload: unknown) => Promise<Result<T>>;

/** A preferences store on `file`, loaded (its notice returned too). */
export async function loadedPreferences(file: string): Promise<{ preferences: PreferencesStore; notice: string | null }> {
  const preferences = new PreferencesStore(file);
  const { notice } = await preferences.load();
  return { preferences, notice };
}

/** Deps for a browser-host-like table on `libraryDir`; `over` replaces any of them. */
export function testDeps(libraryDir: string, preferences: PreferencesStore, over: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    libraryDir,
    preferences,
    libraryFixedBecause: null,
    recentFile: path.join(libraryDir, '.briefdeck-recent.json'),
    version: '0.1.0-test',
    host: 'browser',
    platform: 'linux',
    sampleDir: path.join(libraryDir, 'no-sample'),
    log: quietLog,
    ...over,
  };
}

export function contractCall(handlers: Handlers): CallChannel {
  return async <T = unknown>(channel: Channel, payload: unknown): Promise<Result<T>> => {
    const r = await dispatch(handlers, channel, payload);
    if (r.ok) expect(CONTRACT[channel].response.safeParse(r.data).success, `${channel} answers per the contract`).toBe(true);
    return r as Result<T>;
  };
}

export function harness(deps: HandlerDeps): { handlers: Handlers; call: CallChannel } {
  const handlers = createHandlers(deps);
  return { handlers, call: contractCall(handlers) };
}
