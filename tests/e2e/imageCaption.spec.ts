// No silent loss for an image's caption (issue #12): a caption keeps two lines under the
// picture. Longer, it used to be cut at the second line with no sign anywhere. Now it shrinks
// to fit like text does, the slot says so at once when it goes below the readable size or is
// cut, the export preflight names slide and widget, and the PDF has all of a caption that shows.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { normalizeText, renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';
import { dropFile, makePicture } from './support/pictures';

const CAPTION =
  'Clean room of the joint wafer fab at Kumamoto, opened in February 2024; the partners plan a second plant on the same site, with production of 6 to 7 nanometre logic chips from 2027 and a workforce of 3,400.';

async function imageSlide(page: Page, ed: EditorPage): Promise<void> {
  await ed.createDeck('Pictures');
  await ed.addSlide('grid2x2', 'The fab');
  await dropFile(page, '[data-testid=slot-topLeft]', 'fab.png', 'image/png', await makePicture(page, 'image/png', 800, 450));
  await expect(ed.widgetIn('topLeft').locator('img')).toBeVisible();
  await ed.canvas().locator('.slot[data-slot-id=topLeft]').click();
}

test('a caption longer than two lines shrinks so all of it shows; the slot, its name and the preflight say so; the PDF has all of it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const ed = new EditorPage(page);
  await imageSlide(page, ed);
  const caption = ed.widgetIn('topLeft').locator('.w-image-caption');
  await ed.typeInto(ed.inspector().getByLabel('Caption'), CAPTION);

  // All of it inside its box, set below the readable size: the slot says so at once.
  await expect(caption).toHaveText(CAPTION);
  await expect(caption).toHaveAttribute('data-fit', 'small');
  const size = Number(await caption.getAttribute('data-font-size'));
  expect(size).toBeLessThan(20);
  expect(await caption.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  const badge = ed.canvas().locator('.slot[data-slot-id=topLeft]').getByTestId('fit-badge');
  await expect(badge).toHaveText(`⚠ Caption too long: set at ${size} px, below the readable 20 px`);
  await expect(page.getByTestId('slot-topLeft')).toHaveAttribute('aria-label', /Caption too long: set at \d+ px/);
  await page.screenshot({ path: testInfo.outputPath('caption-small-editor.png') });

  // Shortened, it fits and the badge goes; undo brings the long caption and the badge back.
  await page.waitForTimeout(1600);
  await ed.typeInto(ed.inspector().getByLabel('Caption'), 'Kumamoto fab, 2024');
  await expect(caption).toHaveAttribute('data-fit', 'fits');
  await expect(badge).toHaveCount(0);
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(caption).toHaveText(CAPTION);
  await expect(badge).toBeVisible();

  // The preflight names slide and widget; the PDF has the caption's first and last words.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    `Slide 2 “The fab”: the caption of the image “Clean room of the joint wafer fab at…” does not fit its slot at the readable size (20 px): it is set at ${size} px so that all of it shows. Shorten it or use a larger slot.`,
    { timeout: 30_000 },
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = testInfo.outputPath('caption.pdf');
  await (await downloading).saveAs(file);
  const text = normalizeText(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ');
  expect(text).toContain('Clean room of the joint wafer fab');
  expect(text).toContain('and a workforce of 3,400.');
  renderPngs(file, testInfo.outputPath('pages'), 'caption');
});

test('a caption too long even at the smallest size: the slot and the preflight say its end is cut off', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ed = new EditorPage(page);
  await imageSlide(page, ed);
  // Too long to type: pasted, as a person would.
  await ed.pasteInto(ed.inspector().getByLabel('Caption'), `${CAPTION} ${CAPTION} ${CAPTION}`.slice(0, 500));
  const caption = ed.widgetIn('topLeft').locator('.w-image-caption');
  await expect(caption).toHaveAttribute('data-fit', 'cut');
  await expect(ed.canvas().locator('.slot[data-slot-id=topLeft]').getByTestId('fit-badge')).toHaveText('⚠ Caption too long: the end of the caption is cut off');

  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await expect(dialog.getByTestId('export-preflight')).toContainText(
    'Slide 2 “The fab”: the caption of the image “Clean room of the joint wafer fab at…” does not fit its slot even at 12 px: the end of the caption is cut off. Shorten it or use a larger slot.',
    { timeout: 30_000 },
  );
});
