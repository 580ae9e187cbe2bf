// A stand-in for Electron's preload bridge (window.briefdeck) in Chromium: the Electron binary
// cannot run here. Ordinary channels go to the real browser host; present.* answer as main
// would and are recorded (window.presentCalls). Main's part in a prepared audience window is
// relayed between the pages of the context over a BroadcastChannel: present.openAudience
// tells a page on the standby route to show, as main's presentShow event does. Main's own
// side (windows, displays) is tested under the fake electron module. It reports the desktop app's
// presenting capabilities only: its other channels reach the browser host, which has no native
// file dialogs or OS trash.
import type { BrowserContext } from 'playwright-core';
import { DESKTOP_CAPABILITIES, type HostCapabilities } from '../../../shared/api/capabilities';

const STAND_IN_CAPABILITIES: HostCapabilities = { nativeFileDialogs: false, osTrash: false, displays: DESKTOP_CAPABILITIES.displays, preparedAudience: DESKTOP_CAPABILITIES.preparedAudience };

export interface FakeDisplay {
  id: number;
  label: string;
  presenter: boolean;
}

declare global {
  interface Window {
    presentCalls?: Array<[string, unknown]>;
  }
}

/** Main's relay to a prepared window (see electron/main/presentWindows.ts). */
const RELAY = 'briefdeck-stand-in-main';

/** Installs the stand-in bridge in every page the context loads from now on. */
export async function standInBridge(context: Pick<BrowserContext, 'addInitScript' | 'pages'>, token: string, displays: FakeDisplay[]): Promise<void> {
  // Under tsx (the bench) esbuild keeps function names by wrapping them in __name(); the
  // function below is sent to the page as source, so the page needs that helper too.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(
    ({ token, displays, relayName, capabilities }) => {
      let audienceDisplayId: number | null = null;
      const presenterDisplayId = displays.find((d) => d.presenter)?.id ?? null;
      const calls: Array<[string, unknown]> = [];
      window.presentCalls = calls;
      const relay = new BroadcastChannel(relayName);
      const where = () => ({ audienceDisplayId, presenterDisplayId });
      const answer = (channel: string, req: { displayId?: number; deckRef?: string; from?: number }) => {
        switch (channel) {
          case 'present.displays':
            return displays.map((d) => ({
              ...d,
              bounds: { x: 0, y: 0, width: 1920, height: 1080 },
              primary: d.presenter,
              internal: d.presenter,
              audience: d.id === audienceDisplayId,
            }));
          case 'present.prepare':
            return { prepared: displays.some((d) => !d.presenter) };
          case 'present.openAudience':
            audienceDisplayId = req.displayId ?? displays.find((d) => !d.presenter)?.id ?? presenterDisplayId;
            relay.postMessage(`#/present?deck=${encodeURIComponent(req.deckRef ?? '')}&role=audience&from=${req.from ?? 1}`);
            return where();
          case 'present.swapDisplays':
            return where();
          case 'present.closeAudience':
            audienceDisplayId = null;
            return where();
          default:
            return null;
        }
      };
      Object.defineProperty(window, 'briefdeck', {
        value: {
          capabilities,
          async invoke(channel: string, request: unknown) {
            if (channel.startsWith('present.')) {
              calls.push([channel, request]);
              return { ok: true, data: answer(channel, request as { displayId?: number }) };
            }
            const res = await fetch(`api/${channel}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token },
              body: JSON.stringify(request),
            });
            return res.json();
          },
          onCommand: () => () => undefined,
          onPresentShow(listener: (hash: string) => void) {
            const on = (e: MessageEvent) => listener(String(e.data));
            relay.addEventListener('message', on);
            return () => relay.removeEventListener('message', on);
          },
        },
      });
    },
    { token, displays, relayName: RELAY, capabilities: STAND_IN_CAPABILITIES },
  );
  // Pages already on the app leave it so their next load runs the script.
  for (const page of context.pages()) await page.goto('about:blank');
}

export const TWO_DISPLAYS: FakeDisplay[] = [
  { id: 1, label: 'Built-in display (1920×1080, main)', presenter: true },
  { id: 2, label: 'Projector (1920×1080)', presenter: false },
];
