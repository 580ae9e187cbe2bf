// The presenter view's desktop-app behaviour, in Chromium with a stand-in for Electron's
// preload bridge (window.briefdeck): the Electron binary cannot run here. Ordinary channels go
// to the real browser host; present.* answer as main would and are recorded, so this checks
// what the renderer asks of main. Main's side (windows, displays) is tested under the fake
// electron module (tests/unit/host/electronMain.fakeElectron.test.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { addSlide, createDeck } from '../../shared/deck/operations';
import { expect, test } from './fixtures';

interface FakeDisplay {
  id: number;
  label: string;
  presenter: boolean;
}

declare global {
  interface Window {
    presentCalls?: Array<[string, unknown]>;
  }
}

/** Installs the stand-in bridge in every page of the context. */
async function standInBridge(context: BrowserContext, token: string, displays: FakeDisplay[]): Promise<void> {
  await context.addInitScript(
    ({ token, displays }) => {
      let audienceDisplayId: number | null = null;
      const presenterDisplayId = displays.find((d) => d.presenter)?.id ?? null;
      const calls: Array<[string, unknown]> = [];
      window.presentCalls = calls;
      const where = () => ({ audienceDisplayId, presenterDisplayId });
      const answer = (channel: string, req: { displayId?: number }) => {
        switch (channel) {
          case 'present.displays':
            return displays.map((d) => ({
              ...d,
              bounds: { x: 0, y: 0, width: 1920, height: 1080 },
              primary: d.presenter,
              internal: d.presenter,
              audience: d.id === audienceDisplayId,
            }));
          case 'present.openAudience':
            audienceDisplayId = req.displayId ?? displays.find((d) => !d.presenter)?.id ?? presenterDisplayId;
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
        },
      });
    },
    { token, displays },
  );
  // The fixture's page is already on the app: leave it so the next load runs the script.
  for (const page of context.pages()) await page.goto('about:blank');
}

const presentUrl = (base: string, ref: string, role: string, from: number) => {
  const u = new URL(base);
  u.hash = `/present?deck=${encodeURIComponent(ref)}&role=${role}&from=${from}`;
  return u.toString();
};

const calls = (page: Page) => page.evaluate(() => window.presentCalls ?? []);
const channels = async (page: Page) => (await calls(page)).map(([c]) => c);

test.describe('presenting in the desktop app (stand-in bridge)', () => {
  let ref: string;
  test.beforeEach(async ({ host }) => {
    const deck = createDeck('Desk briefing', 'Policy Unit');
    addSlide(deck, 'titleBody', 1, 'Second');
    addSlide(deck, 'titleBody', 2, 'Third');
    await host.writeLibraryFile('Desk briefing.briefdeck', deck);
    ref = 'library:Desk briefing.briefdeck';
  });

  test('two displays: the audience window is asked for on the projector at the start; S swaps screens; Esc closes it', async ({ page, host }, testInfo) => {
    const displays = [
      { id: 1, label: 'Built-in display (1920×1080, main)', presenter: true },
      { id: 2, label: 'Projector (1920×1080)', presenter: false },
    ];
    await standInBridge(page.context(), host.token, displays);
    await page.goto(presentUrl(host.url, ref, 'presenter', 2));
    await expect(page.locator('[data-role=presenter]')).toBeVisible();
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, from: 2 }]);
    const picker = page.getByLabel('Display for the audience');
    await expect(picker).toHaveValue('2');
    await expect(page.getByRole('button', { name: 'Close audience window' })).toBeVisible();

    // What main would do: an audience window joins the show.
    const audience = await page.context().newPage();
    await audience.goto(presentUrl(host.url, ref, 'audience', 2));
    await expect(audience.locator('[data-role=audience]')).toHaveAttribute('data-index', '1');
    await expect(page.getByTestId('audience-status')).toBeVisible();
    // The audience window never asks for another audience window.
    expect(await channels(audience)).not.toContain('present.openAudience');

    await page.screenshot({ path: testInfo.outputPath('presenter-two-displays.png') });
    // S swaps the displays (the presenter stays the presenter), from either window.
    await expect(page.getByRole('button', { name: 'Swap screens (S)' })).toBeVisible();
    await page.keyboard.press('s');
    await expect.poll(() => channels(page)).toContain('present.swapDisplays');
    await expect(page.locator('[data-role=presenter]')).toBeVisible();
    await audience.keyboard.press('S');
    await expect.poll(() => channels(audience)).toContain('present.swapDisplays');
    await expect(audience.locator('[data-role=audience]')).toBeVisible();

    // Choosing the laptop's display moves the audience window there.
    await picker.selectOption('1');
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, from: 2, displayId: 1 }]);

    // Esc ends the show: the presenter returns to the editor and the audience window is closed.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect.poll(() => channels(page)).toContain('present.closeAudience');
  });

  test('one display: no audience window until asked; S switches this window to the audience view and back', async ({ page, host }) => {
    await standInBridge(page.context(), host.token, [{ id: 1, label: 'Built-in display (1920×1080, main)', presenter: true }]);
    await page.goto(presentUrl(host.url, ref, 'presenter', 1));
    await expect(page.locator('[data-role=presenter]')).toBeVisible();
    await expect.poll(() => channels(page)).toContain('present.displays');
    await page.waitForTimeout(300);
    expect(await channels(page)).not.toContain('present.openAudience');
    await expect(page.getByLabel('Display for the audience')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Audience view (S)' })).toBeVisible();

    await page.keyboard.press('s');
    await expect(page.locator('[data-role=audience]')).toBeVisible();
    expect(await channels(page)).not.toContain('present.swapDisplays');
    await page.keyboard.press('s');
    await expect(page.locator('[data-role=presenter]')).toBeVisible();

    // Asked: the audience window opens (main puts it on the only display).
    await page.getByRole('button', { name: 'Open audience window' }).click();
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, from: 1 }]);
    await expect(page.getByRole('button', { name: 'Close audience window' })).toBeVisible();
  });
});
