// The presenter view's desktop-app behaviour, in Chromium with a stand-in for Electron's
// preload bridge (support/standInBridge.ts): this checks what the renderer asks of main. Main's
// side (windows, displays) is tested under the fake electron module
// (tests/unit/host/electronMain.fakeElectron.test.ts).
import type { Page } from '@playwright/test';
import { addSlide, createDeck } from '../../shared/deck/operations';
import { expect, test } from './fixtures';
import { standInBridge, TWO_DISPLAYS } from './support/standInBridge';

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
    await standInBridge(page.context(), host.token, TWO_DISPLAYS);
    await page.goto(presentUrl(host.url, ref, 'presenter', 2));
    await expect(page.locator('[data-role=presenter]')).toBeVisible();
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, audience: null, from: 2 }]);
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
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, audience: null, from: 2, displayId: 1 }]);

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
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, audience: null, from: 1 }]);
    await expect(page.getByRole('button', { name: 'Close audience window' })).toBeVisible();
  });

  test('a prepared audience window: the editor asks for it; F5 shows it in place, on the deck as last saved, without a reload', async ({ page, host }, testInfo) => {
    await standInBridge(page.context(), host.token, TWO_DISPLAYS);
    // What main does on present.prepare: a window on the standby route, loaded ahead.
    const audience = await page.context().newPage();
    await audience.goto(new URL(`#/standby?deck=${encodeURIComponent(ref)}`, host.url).toString());
    await expect(audience.locator('.present-standby')).toBeVisible();
    await audience.evaluate(() => Object.assign(window, { loadedOnce: true }));
    // The deck changes after the window loaded it (a save from the editor).
    const changed = createDeck('Desk briefing, revised', 'Policy Unit');
    addSlide(changed, 'titleBody', 1, 'Second');
    await host.writeLibraryFile('Desk briefing.briefdeck', changed);

    await page.goto(new URL(`#/edit?deck=${encodeURIComponent(ref)}`, host.url).toString());
    await expect(page.getByTestId('canvas')).toBeVisible();
    await expect.poll(() => calls(page), { timeout: 10000 }).toContainEqual(['present.prepare', { deckRef: ref }]);
    // Nothing of the show, or of the editor, on the room's screen while waiting.
    await expect(audience.locator('[data-role=audience]')).toHaveCount(0);
    await expect(audience.getByTestId('canvas')).toHaveCount(0);

    await page.evaluate(() => performance.clearResourceTimings());
    await page.keyboard.press('F5');
    await expect(page.locator('[data-role=presenter]')).toBeVisible();
    // The presenter view shows the deck the command has just saved without reading it again.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/deck.open')).length)).toBe(0);
    // The present command asks for the prepared window before this window turns into the
    // presenter view, and the presenter view, finding it open, asks for no other.
    await expect.poll(() => calls(page)).toContainEqual(['present.openAudience', { deckRef: ref, audience: null, from: 1, onlyPrepared: true }]);
    await expect(audience.locator('[data-role=audience]')).toHaveAttribute('data-index', '0');
    await expect.poll(() => channels(page)).toContain('present.displays');
    expect((await channels(page)).filter((c) => c === 'present.openAudience')).toHaveLength(1);
    await expect(audience.locator('[data-role=audience]')).toContainText('Desk briefing, revised');
    expect(await audience.evaluate(() => (window as { loadedOnce?: boolean }).loadedOnce === true)).toBe(true);
    await audience.screenshot({ path: testInfo.outputPath('prepared-audience.png') });
    // Both windows move together.
    await page.keyboard.press('ArrowRight');
    await expect(audience.locator('[data-role=audience]')).toHaveAttribute('data-index', '1');
  });
});
