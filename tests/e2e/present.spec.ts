// Presenting end to end (issue 5), against the browser host: a presenter and an audience
// page on one browser context (so they share BroadcastChannel like two windows do).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addSlide, createDeck, insertWidget, setSlideHidden, setSlideNotes, updateWidget } from '../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../shared/deck/schema';
import { expect, test } from './fixtures';
import { markingFromClassification } from '../../shared/markings/legacy';

const TITLES = ['Opening', 'Context', 'Key partners', 'Trade flows', 'Backup: detailed figures', 'Risks', 'Backup: legal annex', 'Next steps'];

/** 8 slides; 5 and 7 are hidden backup slides; every slide has notes; slide 3 has a map. */
function buildDeck(): Deck {
  const deck = createDeck(TITLES[0] ?? 'Opening', 'Policy Unit');
  deck.meta.marking = markingFromClassification({ label: 'OFFICIAL-SENSITIVE', color: '#8a1538' });
  const firstId = deck.slideOrder[0];
  if (firstId) setSlideNotes(deck, firstId, 'Notes for slide 1: welcome everyone.');
  TITLES.slice(1).forEach((title, i) => {
    const number = i + 2;
    const withMap = number === 3;
    const id = addSlide(deck, withMap ? 'twoColumns' : 'titleBody', deck.slideOrder.length, title);
    if (withMap) {
      const map = insertWidget(deck, id, 'left', 'map');
      if (map) {
        updateWidget(deck, map, (x) => {
          if (x.kind === 'map') x.props.countries = [{ id: '392', role: 'partner', label: null }];
        });
      }
    }
    const w = insertWidget(deck, id, withMap ? 'right' : 'body', 'text');
    if (w) {
      updateWidget(deck, w, (x) => {
        if (x.kind === 'text') x.props = { heading: title, bullets: [`Point about ${title.toLowerCase()}`], bulleted: true };
      });
    }
    setSlideNotes(deck, id, `Notes for slide ${number}: ${title}.`);
    if (title.startsWith('Backup')) setSlideHidden(deck, id, true);
  });
  return DeckSchema.parse(deck);
}

function routeUrl(base: string, hash: string): string {
  const u = new URL(base);
  u.hash = hash;
  return u.toString();
}

const presentRoute = (ref: string, role: 'audience' | 'presenter', from: number) =>
  `/present?deck=${encodeURIComponent(ref)}&role=${role}&from=${from}`;

/** Position as both views show it: data-index is 0-based. */
async function expectBothAt(presenter: Page, audience: Page, slideNumber: number) {
  await expect(presenter.locator('[data-role=presenter]')).toHaveAttribute('data-index', String(slideNumber - 1));
  await expect(audience.locator('[data-role=audience]')).toHaveAttribute('data-index', String(slideNumber - 1));
  await expect(presenter.getByTestId('slide-position')).toContainText(`Slide ${slideNumber} of ${TITLES.length}`);
}

test.describe('presenting', () => {
  let deck: Deck;
  let ref: string;

  test.beforeEach(async ({ host }) => {
    deck = buildDeck();
    const fileName = 'Present test.briefdeck';
    await host.writeLibraryFile(fileName, deck);
    ref = `library:${fileName}`;
  });

  async function openBoth(page: Page, hostUrl: string): Promise<{ presenter: Page; audience: Page; saves: string[] }> {
    const saves: string[] = [];
    const presenter = page;
    await presenter.goto(routeUrl(hostUrl, presentRoute(ref, 'presenter', 3)));
    await expect(presenter.locator('[data-role=presenter]')).toBeVisible();
    const audience = await presenter.context().newPage();
    audience.on('request', (r) => {
      if (/\/api\/(deck\.save|deck\.saveCopy|library\.)/.test(r.url())) saves.push(r.url());
    });
    await audience.goto(routeUrl(hostUrl, presentRoute(ref, 'audience', 3)));
    await expect(audience.locator('[data-role=audience]')).toBeVisible();
    await expect(presenter.getByTestId('audience-status')).toBeVisible();
    return { presenter, audience, saves };
  }

  test('keys in either window move both views together; hidden slides only by number', async ({ page, host }) => {
    const { presenter, audience } = await openBoth(page, host.url);
    await expectBothAt(presenter, audience, 3);

    // Each next/previous key, alternating so every one is seen to act. 5 and 7 are hidden.
    const steps: Array<[Page, string, number]> = [
      [presenter, 'ArrowRight', 4],
      [presenter, 'ArrowRight', 6],
      [presenter, 'ArrowLeft', 4],
      [presenter, 'Space', 6],
      [presenter, 'PageUp', 4],
      [presenter, 'PageDown', 6],
      [presenter, 'Backspace', 4],
      [presenter, 'Enter', 6],
      [presenter, 'n', 8],
      [presenter, 'n', 8],
      [presenter, 'p', 6],
      [presenter, 'ArrowUp', 4],
      [presenter, 'ArrowDown', 6],
      [presenter, 'Home', 1],
      [presenter, 'ArrowLeft', 1],
      [presenter, 'End', 8],
      [audience, 'ArrowLeft', 6],
      [audience, 'PageUp', 4],
      [audience, 'PageDown', 6],
      [audience, 'Home', 1],
    ];
    for (const [p, key, expected] of steps) {
      await p.keyboard.press(key);
      await expectBothAt(presenter, audience, expected);
    }

    // A number then Enter reaches a hidden slide; the next key leaves it for a shown one.
    await presenter.keyboard.press('5');
    await expect(presenter.getByTestId('typed')).toContainText('5');
    await presenter.keyboard.press('Enter');
    await expectBothAt(presenter, audience, 5);
    await expect(presenter.getByTestId('slide-position')).toContainText('hidden');
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 6);
    await audience.keyboard.press('7');
    await audience.keyboard.press('Enter');
    await expectBothAt(presenter, audience, 7);

    // An accidental reload of either window resumes where the show is, not where it began.
    await presenter.reload();
    await expectBothAt(presenter, audience, 7);
    await audience.reload();
    await expectBothAt(presenter, audience, 7);
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 8);
  });

  test('the presenter shows notes, the next slide, a running and pausing timer and the clock', async ({ page, host }) => {
    const { presenter, audience } = await openBoth(page, host.url);
    await expect(presenter.getByTestId('notes')).toHaveText('Notes for slide 3: Key partners.');
    const next = presenter.getByRole('region', { name: 'Next slide' });
    await expect(next).toContainText('slide 4');
    await expect(next.locator('.slide-title')).toHaveText('Trade flows');
    await expect(presenter.getByTestId('clock')).toHaveText(/\d{1,2}:\d{2}/);

    // Next preview skips the hidden slide 5.
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('notes')).toHaveText('Notes for slide 4: Trade flows.');
    await expect(next.locator('.slide-title')).toHaveText('Risks');
    await expect(audience.locator('[data-role=audience] [data-current=true] .slide-title').first()).toHaveText('Trade flows');

    // Notes size buttons change the size.
    const size = async () => presenter.getByTestId('notes').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await presenter.getByRole('button', { name: 'Larger notes' }).click();
    expect(await size()).toBeGreaterThan(before);
    await presenter.getByRole('button', { name: 'Smaller notes' }).click();
    await presenter.getByRole('button', { name: 'Smaller notes' }).click();
    expect(await size()).toBeLessThan(before);

    // Timer runs, pauses, resumes and resets.
    const elapsed = presenter.getByTestId('elapsed');
    await expect(elapsed).not.toHaveText('0:00:00', { timeout: 3000 });
    await presenter.getByRole('button', { name: 'Pause' }).click();
    const paused = await elapsed.textContent();
    await presenter.waitForTimeout(1600);
    await expect(elapsed).toHaveText(paused ?? '');
    await presenter.getByRole('button', { name: 'Resume' }).click();
    await expect(elapsed).not.toHaveText(paused ?? '', { timeout: 3000 });
    await presenter.getByRole('button', { name: 'Reset' }).click();
    await expect(elapsed).toHaveText(/^0:00:0[0-1]$/);
    // Clicking buttons did not steal the keys.
    await presenter.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 6);

    // The thumbnail strip jumps.
    await presenter.getByRole('button', { name: /^Go to slide 2:/ }).click();
    await expectBothAt(presenter, audience, 2);
  });

  test('B and W cover the audience screen and any key returns; the grid stays on the presenter', async ({ page, host }) => {
    const { presenter, audience } = await openBoth(page, host.url);
    const audienceView = audience.locator('[data-role=audience]');
    const cover = audience.getByTestId('present-cover');

    await presenter.keyboard.press('b');
    await expect(audienceView).toHaveAttribute('data-screen', 'black');
    await expect(cover).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(presenter.getByTestId('screen-badge')).toContainText('black screen');
    await audience.keyboard.press('x');
    await expect(audienceView).toHaveAttribute('data-screen', 'slide');
    await expect(cover).toHaveCount(0);
    await expectBothAt(presenter, audience, 3);

    // A clicker's PageDown on a black screen only uncovers it.
    await presenter.keyboard.press('.');
    await expect(audienceView).toHaveAttribute('data-screen', 'black');
    await presenter.keyboard.press('PageDown');
    await expect(audienceView).toHaveAttribute('data-screen', 'slide');
    await expectBothAt(presenter, audience, 3);

    await presenter.keyboard.press('w');
    await expect(audienceView).toHaveAttribute('data-screen', 'white');
    await expect(cover).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await presenter.keyboard.press('Shift'); // a bare modifier does not uncover
    await expect(audienceView).toHaveAttribute('data-screen', 'white');
    await presenter.keyboard.press('Escape'); // Esc on a covered screen uncovers; it does not end
    await expect(audienceView).toHaveAttribute('data-screen', 'slide');
    await expect(presenter.locator('[data-role=presenter]')).toBeVisible();

    await presenter.keyboard.press(',');
    await expect(audienceView).toHaveAttribute('data-screen', 'white');
    await presenter.keyboard.press('ArrowRight');
    await expect(audienceView).toHaveAttribute('data-screen', 'slide');

    // G opens the grid on the presenter only; a pick jumps both views.
    await presenter.keyboard.press('g');
    const grid = presenter.getByRole('dialog', { name: 'All slides' });
    await expect(grid).toBeVisible();
    await expect(audience.getByRole('dialog', { name: 'All slides' })).toHaveCount(0);
    await grid.getByRole('button', { name: /^Go to slide 6:/ }).click();
    await expect(grid).toHaveCount(0);
    await expectBothAt(presenter, audience, 6);
    await presenter.keyboard.press('o');
    await expect(grid).toBeVisible();
    await presenter.keyboard.press('Escape');
    await expect(grid).toHaveCount(0);
  });

  test('the audience page has no editing controls and never saves; the pointer hides', async ({ page, host }) => {
    const { presenter, audience, saves } = await openBoth(page, host.url);
    await presenter.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 6);

    await expect(audience.locator('input, textarea, select, [contenteditable=""], [contenteditable=true]')).toHaveCount(0);
    const buttons = await audience.getByRole('button').allTextContents();
    expect(buttons.filter((t) => t !== 'Enter full screen')).toEqual([]);
    // The classification banner is on the audience slide.
    await expect(audience.locator('[data-current=true] .marking-top').first()).toHaveText('OFFICIAL-SENSITIVE');

    const view = audience.locator('[data-role=audience]');
    await audience.mouse.move(200, 200);
    await audience.mouse.move(220, 210);
    await expect(view).not.toHaveClass(/pointer-idle/);
    await expect(view).toHaveClass(/pointer-idle/, { timeout: 4000 });
    await audience.mouse.move(300, 300);
    await expect(view).not.toHaveClass(/pointer-idle/);

    expect(saves).toEqual([]);
  });

  test('"Open audience window" opens a synced audience window; S swaps views in one window', async ({ page, host }) => {
    await page.goto(routeUrl(host.url, presentRoute(ref, 'presenter', 2)));
    const presenter = page;
    await expect(presenter.locator('[data-role=presenter]')).toHaveAttribute('data-index', '1');
    const [audience] = await Promise.all([presenter.waitForEvent('popup'), presenter.getByRole('button', { name: 'Open audience window' }).click()]);
    await expectBothAt(presenter, audience, 2);
    await expect(presenter.getByTestId('audience-status')).toBeVisible();
    await presenter.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 3);
    await audience.close();
    await expect(presenter.getByRole('button', { name: 'Open audience window' })).toBeVisible();

    // Single display: S shows the audience view here (timer kept), S again brings notes back.
    await presenter.keyboard.press('s');
    await expect(presenter.locator('[data-role=audience]')).toHaveAttribute('data-index', '2');
    await presenter.keyboard.press('ArrowRight');
    await expect(presenter.locator('[data-role=audience]')).toHaveAttribute('data-index', '3');
    // With no presenter window open, the grid shows on the audience view itself.
    await presenter.keyboard.press('g');
    await expect(presenter.getByRole('dialog', { name: 'All slides' })).toBeVisible();
    await presenter.keyboard.press('g');
    await presenter.keyboard.press('s');
    await expect(presenter.getByTestId('notes')).toHaveText('Notes for slide 4: Trade flows.');
    await expect(presenter.getByTestId('elapsed')).not.toHaveText('0:00:00');
  });

  test('maps are live (and zoomable) on the audience screen only, and zooming never edits the deck', async ({ page, host }) => {
    const { presenter, audience, saves } = await openBoth(page, host.url);
    const liveMap = audience.locator('[data-role=audience] .map-frame[data-live=true]');
    await expect(liveMap).toHaveCount(1, { timeout: 20000 });
    await expect(liveMap.locator('canvas')).toBeVisible();
    // Every presenter preview (current, next, thumbnails) is the static renderer.
    await expect(presenter.locator('.map-frame')).not.toHaveCount(0);
    await expect(presenter.locator('.map-frame[data-live=true]')).toHaveCount(0);

    const before = await readFile(path.join(host.libraryDir, 'Present test.briefdeck'), 'utf8');
    const box = await liveMap.boundingBox();
    if (!box) throw new Error('live map has no box');
    await audience.waitForTimeout(500);
    const shotBefore = await liveMap.screenshot();
    await audience.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await audience.mouse.wheel(0, -600);
    await audience.mouse.down();
    await audience.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
    await audience.mouse.up();
    await audience.waitForTimeout(800);
    await expect(liveMap).toHaveCount(1);
    // The map moved on screen (it is interactive)...
    expect((await liveMap.screenshot()).equals(shotBefore)).toBe(false);
    // ...but the file did not change.
    expect(await readFile(path.join(host.libraryDir, 'Present test.briefdeck'), 'utf8')).toBe(before);
    expect(saves).toEqual([]);

    // Keys still drive the show after using the map.
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 4);
  });

  test('the audience page draws the next slide ahead, hidden and static, skipping hidden slides', async ({ page, host }) => {
    const { presenter, audience } = await openBoth(page, host.url);
    const ahead = audience.locator('[data-role=audience] .present-layer[aria-hidden=true]');
    // Away from slide 3 (its live map goes with it), then to slide 2.
    await audience.keyboard.press('Home');
    await expectBothAt(presenter, audience, 1);
    await expect(ahead).toHaveCount(1);
    await expect(ahead).toContainText('Context');
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 2);
    // Slide 3 (with a map), never shown since, waits drawn but invisible; its map stays static.
    await expect(ahead).toHaveCount(1);
    await expect(ahead).toContainText('Key partners');
    await expect(ahead).toHaveCSS('visibility', 'hidden');
    await audience.waitForTimeout(1000);
    await expect(ahead.locator('.map-frame')).toHaveCount(1);
    await expect(ahead.locator('.map-frame[data-live=true], canvas')).toHaveCount(0);
    // Shown, it turns live.
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 3);
    await expect(audience.locator('[data-role=audience] [data-current=true] .map-frame[data-live=true]')).toHaveCount(1, { timeout: 20000 });
    // From slide 4 the next shown slide is 6: the hidden backup slide 5 is not drawn ahead.
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 4);
    await expect(ahead).toHaveCount(1);
    await expect(ahead).toContainText('Risks');
    await expect(ahead).not.toContainText('Backup');
  });

  test('F5 and Shift+F5 in the editor start presenting from the first and the current slide', async ({ page, host }) => {
    await page.goto(routeUrl(host.url, `/edit?deck=${encodeURIComponent(ref)}`));
    await page.getByTestId('slide-row').nth(3).click();
    await page.keyboard.press('Shift+F5');
    await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '3');
    await expect(page.getByTestId('notes')).toHaveText('Notes for slide 4: Trade flows.');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=slide-row][aria-current=true]')).toHaveAccessibleName(/^Slide 4: Trade flows/);
    await page.keyboard.press('F5');
    await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '0');
    await expect(page.getByTestId('slide-position')).toContainText('Slide 1 of 8');
  });

  test('the toolbar has both: Present from the beginning and from the current slide, by mouse and by keyboard', async ({ page, host }) => {
    await page.goto(routeUrl(host.url, `/edit?deck=${encodeURIComponent(ref)}`));
    await page.getByTestId('slide-row').nth(3).click();
    const fromCurrent = page.getByRole('button', { name: 'Present from slide 4' });
    const fromStart = page.getByRole('button', { name: 'Present from beginning' });
    await expect(fromStart).toBeVisible();
    await expect(fromCurrent).toBeVisible();
    await expect(fromCurrent).toContainText('4');
    await fromCurrent.click();
    await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '3');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-testid=slide-row][aria-current=true]')).toHaveAccessibleName(/^Slide 4: Trade flows/);

    // Keyboard only: Tab from "Present from beginning" reaches "from current slide"; Enter starts there.
    await page.getByTestId('slide-row').nth(5).click();
    await fromStart.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Present from slide 6' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '5');
    await page.keyboard.press('Escape');
    await fromStart.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '0');
  });

  test('Esc ends the show and returns the editor to the slide last shown', async ({ page, host }) => {
    const { presenter, audience } = await openBoth(page, host.url);
    await presenter.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expectBothAt(presenter, audience, 6);
    // Esc with a number half typed only forgets the number.
    await presenter.keyboard.press('2');
    await presenter.keyboard.press('Escape');
    await expect(presenter.getByTestId('typed')).toHaveCount(0);
    await expect(presenter.locator('[data-role=presenter]')).toBeVisible();

    await presenter.keyboard.press('Escape');
    await expect(presenter).toHaveURL(routeUrl(host.url, `/edit?deck=${encodeURIComponent(ref)}`));
    // The editor opens at slide 6, the slide last shown.
    await expect(presenter.locator('[data-testid=slide-row][aria-current=true]')).toHaveAccessibleName(/^Slide 6: Risks/);
    // The audience window closes, or says the show ended; it never shows the editor.
    if (!audience.isClosed()) {
      await expect(audience.locator('[data-role=ended]')).toBeVisible();
      expect(audience.url()).toContain('#/present');
    }
  });
});
