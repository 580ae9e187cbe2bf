// Presenting bench (issue 5): (a) F5 in the editor -> first audience frame painted, the desktop
// app's way (a prepared audience window; main's relays stood in by support/standInBridge.ts),
// (b) the same from a cold window (no prepared window: the browser host's window.open, or a
// projector plugged in at the last moment), (c) slide-to-slide latency, key press -> next frame
// painted, p50/p95 over 50 presses. All read the performance marks the present views set
// (renderer/present/presentMarks.ts), so the numbers are the pages' own clocks, not Playwright
// round trips.
// Targets on our 2-core machine: first frame < 300 ms, next slide p95 < 50 ms.
// Usage (npm run bench): write buildPresentBenchDeck() into the library, then
//   await benchPresent(page, `${hostUrl}#/present?deck=${encodeURIComponent(ref)}&role=audience&from=1`)
import type { Browser, Page } from 'playwright-core';
import { standInBridge, TWO_DISPLAYS } from '../e2e/support/standInBridge';
import { addSlide, createDeck, insertWidget, updateWidget } from '../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../shared/deck/schema';
import { markingFromClassification } from '../../shared/markings/legacy';

export const PRESS_COUNT = 50;
/** Japan, South Korea, Australia, India, Indonesia, Philippines, Viet Nam, New Zealand. */
const PARTNERS = ['392', '410', '036', '356', '360', '608', '704', '554'];

export interface PresentBenchResult {
  /** performance.now() at the first audience frame: ms since the navigation started. */
  firstFrameMs: number;
  nextSlide: { p50: number; p95: number; max: number; samples: number };
}

/** A 100-slide deck where every slide has a map (and most a text column). */
export function buildPresentBenchDeck(slideCount = 100): Deck {
  const deck = createDeck('Present bench', 'Bench');
  deck.meta.marking = markingFromClassification({ label: 'OFFICIAL', color: '#1d4f91' });
  for (let i = 1; i < slideCount; i++) {
    const twoUp = i % 2 === 0;
    const id = addSlide(deck, twoUp ? 'twoColumns' : 'oneLarge', deck.slideOrder.length, `Region ${i + 1}`);
    const map = insertWidget(deck, id, twoUp ? 'left' : 'main', 'map');
    if (map) {
      updateWidget(deck, map, (x) => {
        if (x.kind !== 'map') return;
        x.props.title = `Partners, region ${i + 1}`;
        x.props.countries = PARTNERS.map((c, k) => ({ id: c, role: k === i % PARTNERS.length ? 'focus' : 'partner', label: null }));
      });
    }
    if (twoUp) {
      const w = insertWidget(deck, id, 'right', 'text');
      if (w) {
        updateWidget(deck, w, (x) => {
          if (x.kind === 'text') x.props = { heading: `Region ${i + 1}`, bullets: ['Trade', 'Security', 'Development'], bulleted: true };
        });
      }
    }
  }
  return DeckSchema.parse(deck);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** F5 in an editor on `ref` -> the first frame painted in the prepared audience window, in ms
 * (epoch clocks of the two pages). Each run is a fresh context: editor and standby load,
 * settle, then F5. */
export async function benchPresentStart(browser: Browser, hostUrl: string, token: string, ref: string, runs = 5): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      await standInBridge(context, token, TWO_DISPLAYS);
      const audience = await context.newPage();
      await audience.goto(new URL(`#/standby?deck=${encodeURIComponent(ref)}`, hostUrl).toString());
      const editor = await context.newPage();
      await editor.goto(new URL(`#/edit?deck=${encodeURIComponent(ref)}`, hostUrl).toString());
      await editor.waitForFunction(() => (window.presentCalls ?? []).some(([c]) => c === 'present.prepare'), null, { timeout: 30000 });
      await editor.waitForTimeout(1500);
      await editor.evaluate(() => {
        window.addEventListener('keydown', (e) => e.key === 'F5' && Object.assign(window, { f5At: performance.timeOrigin + performance.now() }), { capture: true, once: true });
      });
      await editor.keyboard.press('F5');
      await audience.waitForFunction(() => performance.getEntriesByName('present:first-frame').length > 0, null, { timeout: 30000 });
      const shown = await audience.evaluate(() => performance.timeOrigin + (performance.getEntriesByName('present:first-frame')[0]?.startTime ?? NaN));
      const pressed = await editor.evaluate(() => (window as { f5At?: number }).f5At ?? NaN);
      out.push(round(shown - pressed));
    } finally {
      await context.close();
    }
  }
  return out;
}

/** `url`: the audience present route of a deck with more than PRESS_COUNT shown slides,
 * starting at slide 1. `dwellMs`: time on each slide before the next press; 0 flips as fast
 * as frames come, 1000 is a brisk presenter (each slide's live map starts in between). */
export async function benchPresent(page: Page, url: string, dwellMs = 0): Promise<PresentBenchResult> {
  // A fresh document, so the navigation timeline starts at this goto.
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('present:first-frame').length > 0, null, { timeout: 30000 });
  const firstFrameMs = await page.evaluate(() => performance.getEntriesByName('present:first-frame')[0]?.startTime ?? NaN);

  // Let the first slide's widgets settle (a live map initialising) before timing keys.
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    performance.clearMarks('present:key');
    performance.clearMarks('present:painted');
  });

  for (let i = 0; i < PRESS_COUNT; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => performance.getEntriesByName('present:painted').length >= n, i + 1, { timeout: 10000 });
    if (dwellMs > 0) await page.waitForTimeout(dwellMs);
  }

  const samples = await page.evaluate(() => {
    const keys = performance.getEntriesByName('present:key').map((e) => e.startTime);
    const painted = performance.getEntriesByName('present:painted').map((e) => e.startTime);
    return keys.map((k) => {
      const frame = painted.find((p) => p >= k);
      return frame === undefined ? NaN : frame - k;
    });
  });
  const sorted = samples.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  return {
    firstFrameMs: round(firstFrameMs),
    nextSlide: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted[sorted.length - 1] ?? NaN), samples: sorted.length },
  };
}
