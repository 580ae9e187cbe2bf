// Canvas zoom (issue 11): Ctrl+= / Ctrl+- / Ctrl+0 and a visible control with the percentage
// and Fit; at every zoom the whole slide can be scrolled into view (the left edge was cut
// off at 125% and 195% with no way to reach it).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

/** Scrolls the canvas to each corner and checks the slide's edges can all be seen. */
async function expectWholeSlideReachable(page: Page): Promise<void> {
  const reach = await page.locator('.canvas-pane').evaluate(async (pane) => {
    const slide = pane.querySelector('[data-testid=canvas]')!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const seen = { left: false, right: false, top: false, bottom: false };
    for (const [x, y] of [[0, 0], [pane.scrollWidth, pane.scrollHeight]] as const) {
      pane.scrollTo(x, y);
      await frame();
      const p = pane.getBoundingClientRect();
      const s = slide.getBoundingClientRect();
      // The pane's visible box, without its scroll bars.
      const right = p.left + pane.clientWidth;
      const bottom = p.top + pane.clientHeight;
      if (s.left >= p.left - 0.5) seen.left = true;
      if (s.top >= p.top - 0.5) seen.top = true;
      if (s.right <= right + 0.5) seen.right = true;
      if (s.bottom <= bottom + 0.5) seen.bottom = true;
    }
    pane.scrollTo(0, 0);
    return seen;
  });
  expect(reach).toEqual({ left: true, right: true, top: true, bottom: true });
}

/** What the zoom control shows: "Fit (67%)" or "200%". */
const zoomText = (page: Page) => page.getByTestId('zoom-level').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
const percent = async (page: Page) => Number((await zoomText(page)).replace(/\D/g, ''));
const slideWidth = (page: Page) => page.getByTestId('canvas').evaluate((el) => el.getBoundingClientRect().width);

test('zoom by keyboard and by the control; the whole slide stays reachable at every zoom', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Zoom');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-twoColumns').click();
  await ed.dragWidgetFromPalette('text', 'left');
  await ed.dragWidgetFromPalette('keyFigure', 'right');
  const canvas = page.getByTestId('canvas');
  await canvas.click({ position: { x: 5, y: 5 } });
  const fitWidth = await slideWidth(page);

  // Keyboard: in steps to well past twice the fitted size, every edge reachable at each.
  for (let i = 0; i < 4; i++) {
    const before = await slideWidth(page);
    await ed.press('Control+=');
    await expect.poll(() => slideWidth(page)).toBeGreaterThan(before);
    await expectWholeSlideReachable(page);
  }
  expect(await slideWidth(page)).toBeGreaterThan(fitWidth * 1.9);
  // The left edge's widget can be selected by scrolling to it.
  await page.locator('.canvas-pane').evaluate((p) => p.scrollTo(0, 0));
  await expect(canvas.locator('[data-slot-id=left] [data-widget-kind=text]')).toBeInViewport({ ratio: 0.2 });

  // The control shows the percentage and Fit.
  const zoom = page.getByRole('group', { name: 'Zoom' });
  await expect(zoom).toBeVisible();
  const zoomed = await percent(page);
  await ed.press('Control+-');
  await expect.poll(() => percent(page)).toBeLessThan(zoomed);
  await expectWholeSlideReachable(page);
  await ed.press('Control+0');
  await expect(zoom.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => zoomText(page)).toMatch(/^Fit \(\d+%\)$/);
  await expect.poll(() => slideWidth(page)).toBeCloseTo(fitWidth, 0);

  // By the control: the preset list, +, − and Fit.
  await zoom.getByRole('combobox', { name: 'Zoom level' }).selectOption('2');
  await expect.poll(() => zoomText(page)).toBe('200%');
  await expect(zoom.getByRole('button', { name: 'Fit' })).toHaveAttribute('aria-pressed', 'false');
  expect(await slideWidth(page)).toBeCloseTo(2560, 0);
  await expectWholeSlideReachable(page);
  await zoom.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => zoomText(page)).toBe('150%');
  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => zoomText(page)).toBe('200%');
  await zoom.getByRole('combobox', { name: 'Zoom level' }).selectOption('0.5');
  await expect.poll(() => zoomText(page)).toBe('50%');
  expect(await slideWidth(page)).toBeCloseTo(640, 0);
  await expectWholeSlideReachable(page);
  await zoom.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(() => slideWidth(page)).toBeCloseTo(fitWidth, 0);
});
