// Map widget end to end in Chromium against the browser host: a deck of 30 map slides opens
// in the editor, the current slide's map renders live (WebGL) with its labels, no request
// leaves 127.0.0.1, and stepping through every slide never holds more than 2 WebGL contexts.
import { geoMercator } from 'd3-geo';
import { boundsToProjection } from '../../shared/geo/framing';
import { MAP_PRESETS } from '../../shared/widgets/map/schema';
import { expect, test } from './fixtures';
import { harnessDeck } from './mapHarness/harnessDeck';

/** Counts WebGL contexts the page creates; "live" = not lost (MapLibre's remove() loses it). */
function countWebGl() {
  const w = window as unknown as { __gl: WebGLRenderingContext[]; __maxLiveGl: number; __liveGl: () => number };
  w.__gl = [];
  w.__maxLiveGl = 0;
  w.__liveGl = () => w.__gl.filter((g) => !g.isContextLost()).length;
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const ctx = (original as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (ctx && /webgl/.test(type) && !w.__gl.includes(ctx as WebGLRenderingContext)) {
      w.__gl.push(ctx as WebGLRenderingContext);
      w.__maxLiveGl = Math.max(w.__maxLiveGl, w.__liveGl());
    }
    return ctx;
  } as typeof original;
}

test('30 map slides: live map renders offline, at most 2 WebGL contexts while stepping through them', async ({ page, host }) => {
  test.setTimeout(240_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)) foreign.push(url);
  });
  await page.addInitScript(countWebGl);
  const deck = harnessDeck(25);
  expect(deck.slideOrder).toHaveLength(30);
  await host.writeLibraryFile('Maps.briefdeck', deck);
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Maps.briefdeck')}`);
  await page.reload();

  // Slide 1: the partners map, live, with its labels as HTML text.
  const canvas = page.getByTestId('canvas');
  const live = canvas.locator('.map-live[data-ready=true]');
  await expect(live).toHaveCount(1, { timeout: 60_000 });
  await expect(canvas.locator('.map-live .map-label')).toHaveCount(6);
  // Placement order is small countries first; compare as a set.
  expect((await canvas.locator('.map-live .map-label').allInnerTexts()).sort()).toEqual(['Australia', 'China', 'Japan', 'South Korea', 'Taiwan', 'United States']);
  // The WebGL canvas really drew the partners in the theme's partner blue (#1f5fa8).
  const bluePixels = await live.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const g = copy.getContext('2d')!;
    g.drawImage(c, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - 0x1f) < 12 && Math.abs(px[i + 1]! - 0x5f) < 12 && Math.abs(px[i + 2]! - 0xa8) < 12) n++;
    return n;
  });
  expect(bluePixels).toBeGreaterThan(1000);
  await canvas.screenshot({ path: test.info().outputPath('map-slide-live.png') });
  // Thumbnails are static SVG: vector paths, no canvas.
  const thumb = page.locator('.thumb').first();
  await expect(thumb.locator('svg.map-static path').first()).toBeAttached();
  await expect(thumb.locator('canvas')).toHaveCount(0);

  // Step through all 30 slides (PageDown = next slide); slide 5 has four maps.
  await canvas.click({ position: { x: 3, y: 3 } });
  for (let i = 2; i <= 30; i++) {
    await page.keyboard.press('PageDown');
    await expect(canvas.locator('.map-frame').first()).toBeAttached();
    if (i === 5) {
      await expect(canvas.locator('.map-frame')).toHaveCount(4);
      await expect(canvas.locator('.map-live[data-ready=true]')).toHaveCount(2, { timeout: 60_000 });
      await canvas.screenshot({ path: test.info().outputPath('map-grid-slide.png') });
    }
    expect(await page.evaluate(() => (window as unknown as { __liveGl: () => number }).__liveGl())).toBeLessThanOrEqual(2);
  }
  await expect(canvas.locator('.map-live[data-ready=true]')).toHaveCount(1, { timeout: 60_000 });
  const stats = await page.evaluate(() => {
    const w = window as unknown as { __gl: unknown[]; __maxLiveGl: number; __liveGl: () => number };
    return { created: w.__gl.length, maxLive: w.__maxLiveGl, live: w.__liveGl() };
  });
  test.info().annotations.push({ type: 'webgl', description: JSON.stringify(stats) });
  expect(stats.maxLive).toBeLessThanOrEqual(2);
  expect(stats.live).toBeLessThanOrEqual(2);
  expect(stats.created).toBeGreaterThan(1);
  expect(foreign).toEqual([]);
});

test('pan, zoom and click a country on the selected live map; one undo step each', async ({ page, host }) => {
  test.setTimeout(120_000);
  await host.writeLibraryFile('Pan.briefdeck', harnessDeck(0));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Pan.briefdeck')}`);
  const canvas = page.getByTestId('canvas');
  const live = canvas.locator('.map-live[data-ready=true]');
  await expect(live).toHaveCount(1, { timeout: 60_000 });
  await page.getByTestId('slot-main').click({ position: { x: 40, y: 40 } });
  const framing = page.getByLabel('Framing');
  await expect(framing).toHaveValue('indoPacific');

  // Drag the map: the stored framing becomes custom.
  const box = (await live.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.5, { steps: 10 });
  await page.mouse.up();
  await expect(framing).toHaveValue('');

  // Undo brings the preset back, and the live map follows.
  await page.keyboard.press('Control+z');
  await expect(framing).toHaveValue('indoPacific');

  // A wheel zoom is a recorded change too.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -240);
  await expect(framing).toHaveValue('');
  // One wheel step, one undo step (wait out the end of its zoom animation first).
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+z');
  await expect(framing).toHaveValue('indoPacific');

  // Click India: it is added as a partner. Where India is on screen follows from the same
  // framing maths both renderers use.
  await expect(page.locator('.map-countries > li')).toHaveCount(6);
  const frame = await live.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { width: el.clientWidth, height: el.clientHeight, scale: r.width / el.clientWidth, x: r.x, y: r.y };
  });
  const p = boundsToProjection([...MAP_PRESETS.indoPacific.bounds], frame);
  const [ix, iy] = geoMercator().rotate(p.rotate).scale(p.scale).translate(p.translate)([78.9, 22.5])!;
  await page.mouse.click(frame.x + ix * frame.scale, frame.y + iy * frame.scale);
  await expect(page.locator('.map-countries > li[data-country="356"]')).toHaveCount(1);
  await expect(canvas.locator('.map-live .map-label', { hasText: 'India' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.map-countries > li[data-country="356"]')).toHaveCount(0);
});

test('while MapLibre loads, the slot shows the same map as an SVG, then hands over to the live map', async ({ page, host }) => {
  test.setTimeout(120_000);
  // Hold MapLibre's code back until the test lets it go, so "still loading" is a state the test
  // can look at rather than a race.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/maplibre-gl-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await host.writeLibraryFile('Maps.briefdeck', harnessDeck(0));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Maps.briefdeck')}`);

  const canvas = page.getByTestId('canvas');
  const backdrop = canvas.locator('.map-live .map-live-backdrop svg.map-static[data-ready=true]');
  await expect(backdrop).toHaveCount(1, { timeout: 30_000 });
  await expect(canvas.locator('.map-live[data-ready=false]')).toHaveCount(1);
  expect(await backdrop.locator('path').count()).toBeGreaterThan(20);
  expect((await backdrop.locator('.map-label').allTextContents()).map((t) => t.trim()).sort()).toEqual(['Australia', 'China', 'Japan', 'South Korea', 'Taiwan', 'United States']);
  await canvas.screenshot({ path: test.info().outputPath('map-slide-backdrop.png') });

  release();
  await expect(canvas.locator('.map-live[data-ready=true]')).toHaveCount(1, { timeout: 60_000 });
  await expect(canvas.locator('.map-live-backdrop')).toHaveCount(0);
  await expect(canvas.locator('.map-live canvas')).toHaveCount(1);
});

test('when the live map cannot start, the slot keeps the map as an SVG and says why', async ({ page, host }) => {
  test.setTimeout(60_000);
  // MapLibre's code never arrives (a stand-in for a machine without WebGL).
  await page.route(/maplibre-gl-[^/]*\.js$/, (route) => route.abort());
  await host.writeLibraryFile('Maps.briefdeck', harnessDeck(0));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Maps.briefdeck')}`);

  const canvas = page.getByTestId('canvas');
  await expect(canvas.locator('.map-live .map-live-failed')).toContainText('The live map could not start', { timeout: 30_000 });
  const still = canvas.locator('.map-live .map-live-backdrop svg.map-static[data-ready=true]');
  await expect(still).toHaveCount(1);
  expect(await still.locator('path').count()).toBeGreaterThan(20);
  await expect(still.locator('.map-label')).toHaveCount(6);
  await expect(canvas.locator('.map-live canvas')).toHaveCount(0);
  await canvas.screenshot({ path: test.info().outputPath('map-slide-live-failed.png') });
});
