// @vitest-environment jsdom
// The renderer reads its host's capabilities (shared/api/capabilities.ts): the desktop bridge's
// report, else the browser host's; a report it cannot read counts as the least a host can do.
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_CAPABILITIES, DESKTOP_CAPABILITIES } from '../../../shared/api/capabilities';
import { hostCapabilities } from '../../../renderer/host/capabilities';
import type { BriefdeckBridge } from '../../../renderer/host/api';

const bridge = (capabilities: unknown): BriefdeckBridge => ({ capabilities, invoke: async () => null, onCommand: () => () => undefined });

afterEach(() => {
  delete window.briefdeck;
});

describe('host capabilities in the renderer', () => {
  it('a page without a bridge is the browser host: no file dialogs, no OS trash, no displays, nothing prepared', () => {
    expect(hostCapabilities()).toEqual(BROWSER_CAPABILITIES);
    expect(Object.values(hostCapabilities()).every((v) => v === false)).toBe(true);
  });

  it('the desktop bridge reports its own', () => {
    window.briefdeck = bridge(DESKTOP_CAPABILITIES);
    expect(hostCapabilities()).toEqual(DESKTOP_CAPABILITIES);
    window.briefdeck = bridge({ ...BROWSER_CAPABILITIES, nativeFileDialogs: true });
    expect(hostCapabilities().nativeFileDialogs).toBe(true);
    expect(hostCapabilities().displays).toBe(false);
  });

  it('a report it cannot read gives the least, never more', () => {
    for (const bad of [undefined, null, 'all', { nativeFileDialogs: 'yes' }, { ...DESKTOP_CAPABILITIES, osTrash: undefined }]) {
      window.briefdeck = bridge(bad);
      expect(hostCapabilities(), JSON.stringify(bad)).toEqual(BROWSER_CAPABILITIES);
    }
  });
});
