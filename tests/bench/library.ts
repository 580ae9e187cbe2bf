// Library bench (issue #17 item 8): 200 decks of 20 slides in the library folder, the home
// screen opened cold in Chromium. Measures navigation -> all 200 cards listed, -> the cards on
// screen showing their first slide (SlideView), and a search typed into the box -> its result.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serializeDeck } from '../../shared/deck/codec';
import { addSlide, createDeck, insertWidget } from '../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../shared/deck/schema';

export const LIBRARY_BENCH_DECKS = 200;

function benchDeck(n: number): Deck {
  const deck = createDeck(`Partner brief ${n}`, 'Bench');
  const kinds = ['map', 'chart', 'quote', 'text', 'keyFigure'] as const;
  // The first slide varies, so the cards draw maps, charts and text.
  const first = deck.slideOrder[0]!;
  deck.slides[first]!.layoutId = 'twoColumns';
  insertWidget(deck, first, 'left', kinds[n % kinds.length]!);
  insertWidget(deck, first, 'right', kinds[(n + 2) % kinds.length]!);
  for (let i = 1; i < 20; i++) {
    const id = addSlide(deck, 'twoColumns', i, `Slide ${i + 1}: capacity of partner ${n}`);
    insertWidget(deck, id, 'left', kinds[i % kinds.length]!);
    deck.slides[id]!.notes = `Notes ${n}-${i}: ${n === 137 && i === 12 ? 'gallium export controls' : 'talking points'}. `.repeat(4);
  }
  return DeckSchema.parse(deck);
}

export interface LibraryBenchResult {
  decks: number;
  listedMs: number;
  thumbnailsMs: number;
  thumbnailsDrawn: number;
  searchMs: number;
}

export async function benchLibrary(browser: Browser, hostUrl: string, libraryDir: string): Promise<LibraryBenchResult> {
  for (let n = 1; n <= LIBRARY_BENCH_DECKS; n++) fs.writeFileSync(path.join(libraryDir, `Partner brief ${n}.briefdeck`), serializeDeck(benchDeck(n)));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // A first visit warms the host's summary cache the way the app's start does; the measured
  // visit is a reload (cold page, warm host), then a fresh host process would add its parse.
  await page.goto(hostUrl);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=deck-card]').length === n, LIBRARY_BENCH_DECKS, { timeout: 120000 });
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=deck-card]').length === n, LIBRARY_BENCH_DECKS, { timeout: 60000, polling: 'raf' });
  const listedMs = await page.evaluate(() => performance.now());
  // Every card in the viewport has its slide drawn.
  await page.waitForFunction(
    () => {
      const onScreen = [...document.querySelectorAll('[data-testid=deck-thumb]')].filter((el) => el.getBoundingClientRect().top < innerHeight);
      return onScreen.length > 0 && onScreen.every((el) => el.querySelector('.slide'));
    },
    null,
    { timeout: 60000, polling: 'raf' },
  );
  const thumbnailsMs = await page.evaluate(() => performance.now());
  const thumbnailsDrawn = await page.locator('[data-testid=deck-thumb] .slide').count();
  const box = page.getByTestId('library-search');
  await box.click();
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.type('gallium');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=deck-card]').length === 1, null, { timeout: 30000, polling: 'raf' });
  const searchMs = (await page.evaluate(() => performance.now())) - t0;
  await page.close();
  return { decks: LIBRARY_BENCH_DECKS, listedMs, thumbnailsMs, thumbnailsDrawn, searchMs };
}
