// No silent loss (issue 11): six bullets in one slot of the 2x2 grid. The fourth, the
// recommendation, used to be cut off in the editor, the presenter and audience views and the
// PDF with no sign but a line in the export preflight. Now the text shrinks to fit (below the
// readable size if it must, so all of it shows), the slot says so at once, and the preflight
// names slide and widget; text too long even for the smallest size says how much is cut.
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { normalizeText, readPdf, renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

const BULLETS = [
  'The partners already coordinate export controls on advanced chips, but each keeps its own licensing rules and timelines.',
  'Joint processing capacity for critical minerals remains far smaller than the demand the partners have announced.',
  'Industry on both sides asks for predictable rules before committing to new plants outside the current hubs.',
  'Recommendation: fund a joint stockpile and a shared permitting fast track, with a first review in twelve months.',
  'Risks: partners may compete for the same investment, and the stockpile needs clear rules on release and pricing.',
  'Next step: officials meet in March to agree the stockpile terms and the list of minerals it covers.',
];
const RECOMMENDATION = BULLETS[3]!;

/** Every bullet of the text in `slot` lies inside the slot's box (nothing cut off). */
async function expectAllBulletsInside(slot: Locator, count: number): Promise<void> {
  await expect(slot.locator('li')).toHaveCount(count);
  const outside = await slot.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return [...el.querySelectorAll('li')]
      .map((li, i) => ({ i: i + 1, r: li.getBoundingClientRect() }))
      .filter(({ r }) => r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.right > box.right + 1)
      .map(({ i }) => i);
  });
  expect(outside, 'bullets drawn outside the slot (cut off)').toEqual([]);
}

async function typeTextWidget(page: Page, heading: string, bullets: readonly string[]): Promise<void> {
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Heading').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(heading);
  await inspector.getByLabel(/^Bullets/).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(bullets.join('\n'));
}

test('six bullets in a 2x2 slot: all shown in the editor, presenter, audience view and PDF; the slot and the preflight say it is small', async ({ page, context }, testInfo) => {
  // Types ~700 characters key by key, presents in two windows and exports: a long story.
  test.setTimeout(180_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Partnership');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-grid2x2').click();
  await page.getByTestId('slide-title').click();
  await page.keyboard.type('The partnership in numbers');
  await ed.dragWidgetFromPalette('text', 'topLeft');
  await page.getByTestId('slot-topLeft').click();
  await typeTextWidget(page, 'So what', BULLETS);

  // Editor: every bullet inside the slot, the recommendation included.
  const slot = page.getByTestId('canvas').locator('.slot[data-slot-id=topLeft]');
  await expect(slot.locator('li').nth(3)).toHaveText(RECOMMENDATION);
  await expectAllBulletsInside(slot, 6);
  const text = slot.locator('.w-text');
  const size = Number(await text.getAttribute('data-font-size'));
  await expect(text).toHaveAttribute('data-fit', 'small');
  expect(size).toBeLessThan(20);
  expect(size).toBeGreaterThanOrEqual(12);
  // The slot says so at once, and so does its name for screen readers.
  const badge = page.getByTestId('canvas').locator('.slot[data-slot-id=topLeft]').getByTestId('fit-badge');
  await expect(badge).toHaveText(`⚠ Too long: set at ${size} px, below the readable 20 px`);
  await expect(page.getByTestId('slot-topLeft')).toHaveAttribute('aria-label', /Too long: set at \d+ px/);
  await page.screenshot({ path: testInfo.outputPath('six-bullets-editor.png') });

  // Shortening it brings it back to a readable size and the badge goes; undo brings it back.
  // (Keys typed within 1.5 s of each other are one undo step: pause so this edit is its own.)
  await page.waitForTimeout(1600);
  await page.getByRole('region', { name: 'Inspector' }).getByLabel(/^Bullets/).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(BULLETS.slice(0, 3).join('\n'));
  await expect(text).toHaveAttribute('data-fit', 'fits');
  await expect(badge).toHaveCount(0);
  await page.locator('.canvas-pane').click({ position: { x: 5, y: 5 } });
  await ed.press('Control+z');
  await expect(text).toHaveAttribute('data-fit', 'small');
  await expect(badge).toBeVisible();
  await expectAllBulletsInside(slot, 6);

  // Presenter view (from this slide) and the audience view: the same, every bullet inside.
  await ed.waitSaved();
  const deckParam = new URL(page.url()).hash.match(/deck=([^&]+)/)![1]!;
  await page.getByRole('button', { name: 'Present from slide 2' }).click();
  const presenterSlot = page.locator('.presenter-current .slot[data-slot-id=topLeft]');
  await expect(presenterSlot.locator('li').nth(3)).toHaveText(RECOMMENDATION);
  await expectAllBulletsInside(presenterSlot, 6);
  const audience = await context.newPage();
  await audience.goto(`${page.url().split('#')[0]}#/present?deck=${deckParam}&role=audience&from=2`);
  const audienceSlot = audience.locator('[data-role=audience] [data-current=true] .slot[data-slot-id=topLeft]');
  await expect(audienceSlot.locator('li').nth(3)).toHaveText(RECOMMENDATION);
  await expectAllBulletsInside(audienceSlot, 6);
  await audience.screenshot({ path: testInfo.outputPath('six-bullets-audience.png') });
  await audience.close();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('canvas')).toBeVisible();

  // Export: the preflight names slide and widget in plain words; the PDF has the fourth bullet.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    `Slide 2 “The partnership in numbers”: the text “So what” does not fit its slot at the readable size (20 px): it is set at ${size} px so that all of it shows. Shorten it or use a larger slot.`,
    { timeout: 30_000 },
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('partnership.pdf');
  await (await downloading).saveAs(file);
  const pdftotext = normalizeText(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }));
  for (const b of BULLETS) expect(pdftotext).toContain(normalizeText(b).split(' ').slice(0, 6).join(' '));
  expect(pdftotext.replace(/\s+/g, ' ')).toContain('Recommendation: fund a joint stockpile and a shared permitting fast track');
  expect(pdftotext.replace(/\s+/g, ' ')).toContain('with a first review in twelve months.');
  // Each bullet's last words are on the page too (a bullet cut at the slot's edge would lose them).
  const pdf = await readPdf(file);
  const words = normalizeText(pdf.pages[1]!.text);
  for (const b of BULLETS) expect(words).toContain(normalizeText(b).split(' ').slice(-3).join(' '));
  renderPngs(file, testInfo.outputPath('pages'), 'partnership');
});

test('text too long even at the smallest size: the slot and the preflight say how many bullets are cut', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Too much');
  await page.getByTestId('add-slide').click();
  await page.getByTestId('layout-grid2x2').click();
  await page.getByTestId('slide-title').click();
  await page.keyboard.type('Everything at once');
  await ed.dragWidgetFromPalette('text', 'bottomRight');
  await page.getByTestId('slot-bottomRight').click();
  const bullets = Array.from({ length: 40 }, (_, i) => `Point ${i + 1}`);
  await typeTextWidget(page, 'Annex', bullets);

  const text = page.getByTestId('canvas').locator('.slot[data-slot-id=bottomRight] .w-text');
  await expect(text).toHaveAttribute('data-fit', 'cut');
  await expect(text).toHaveAttribute('data-font-size', '12');
  const cut = (await text.getAttribute('data-fit-cut'))!;
  const [, hidden] = /^(\d+) of 40 bullets are cut off$/.exec(cut)!;
  expect(Number(hidden)).toBeGreaterThan(0);
  expect(Number(hidden)).toBeLessThan(40);
  await expect(page.getByTestId('canvas').locator('.slot[data-slot-id=bottomRight]').getByTestId('fit-badge')).toHaveText(`⚠ Too long: ${hidden} of 40 bullets are cut off`);

  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    `Slide 2 “Everything at once”: the text “Annex” does not fit its slot even at 12 px: ${hidden} of 40 bullets are cut off. Shorten it or use a larger slot.`,
    { timeout: 30_000 },
  );
});
