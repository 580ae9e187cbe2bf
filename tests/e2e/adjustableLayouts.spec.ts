// Adjustable layouts (issue #17 item 2): the split between two columns moved with the keyboard on
// the focused splitter, typed in the slide inspector ("25/75", key by key) and dragged on the
// canvas with snapping to thirds; one undo step per drag; the same split when presenting and in
// the exported PDF (pdftotext -bbox). The PowerPoint side: tests/unit/pptx/splits.test.ts.
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

/** A slot's width as a share of its slide's width. */
async function widthShare(page: Page, slide: Locator, slotId: string): Promise<number> {
  const frame = (await slide.boundingBox())!;
  const slot = (await slide.locator(`.slot[data-slot-id=${slotId}]`).boundingBox())!;
  return slot.width / frame.width;
}

/** The left column's share of the slot area (0.87 of the slide) in two columns. */
const leftShare = async (page: Page, slide: Locator) => (await widthShare(page, slide, 'left')) / 0.87;

test('two columns: arrows on the splitter, 25/75 typed in the inspector, a drag that snaps to two thirds; presenting and the PDF agree', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Splits');
  await ed.addSlide('twoColumns', 'Map and figure');
  await ed.dragWidgetFromPalette('text', 'left');
  await ed.dragWidgetFromPalette('keyFigure', 'right');
  await ed.inspector().getByLabel('Value').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('4821');
  await ed.focusCanvas();
  const slide = ed.canvas().locator('.slide-frame');
  const splitter = page.getByRole('separator', { name: 'Split between Left column and Right column' });
  await expect(splitter).toHaveAttribute('aria-valuenow', '50');

  // Keyboard: ten presses of → move it to 60%.
  await splitter.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', '60');
  await expect(splitter).toHaveAttribute('aria-valuetext', 'Left column 60%, Right column 40%');
  expect(await leftShare(page, slide)).toBeCloseTo(0.6, 2);
  await expectAccessible(page, 'the editor with a splitter focused');

  // Typed in the slide inspector, key by key, committed with Tab.
  // A click on the pane around the slide selects no slot: the inspector shows the slide.
  await page.locator('.canvas-pane').click({ position: { x: 5, y: 5 } });
  const cols = ed.inspector().getByTestId('split-cols');
  await expect(cols).toHaveValue('60/40');
  await ed.typeInto(cols, '25/75');
  await page.keyboard.press('Tab');
  await expect(splitter).toHaveAttribute('aria-valuenow', '25');
  expect(await leftShare(page, slide)).toBeCloseTo(0.25, 2);
  // Too narrow is refused with the reason, and nothing changes.
  await ed.typeInto(cols, '95/5');
  await page.keyboard.press('Tab');
  await expect(ed.inspector()).toContainText('Each part needs at least 15%');
  await expect(splitter).toHaveAttribute('aria-valuenow', '25');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Escape');

  // Drag it near two thirds: it snaps there.
  const frame = (await slide.boundingBox())!;
  const from = (await splitter.boundingBox())!;
  const areaLeft = frame.x + 0.05 * frame.width;
  const target = areaLeft + 0.03 * frame.width * 0.5 + 0.87 * frame.width * 0.655;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(target - 40, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(target, from.y + from.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(splitter).toHaveAttribute('aria-valuenow', '67');
  await expect(cols).toHaveValue('67/33');
  await page.screenshot({ path: testInfo.outputPath('dragged-two-thirds.png') });
  // The drag is one undo step.
  await page.keyboard.press('Control+z');
  await expect(splitter).toHaveAttribute('aria-valuenow', '25');
  await expect(ed.status()).toContainText('Resize columns');
  await page.keyboard.press('Control+Shift+z');
  await expect(splitter).toHaveAttribute('aria-valuenow', '67');

  // Presenting draws the same split.
  await page.getByRole('button', { name: /^Present from slide 2$/ }).click();
  const presented = page.locator('[data-role=presenter] .slide-frame').first();
  await expect(presented.locator('.slot[data-slot-id=left]')).toBeVisible();
  expect((await widthShare(page, presented, 'left')) / 0.87).toBeCloseTo(2 / 3, 2);
  await page.keyboard.press('Escape');
  await expect(ed.canvas()).toBeVisible();

  // The PDF: the key figure starts where the right column starts at 2/3 (960 pt across).
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('split.pdf');
  await (await downloading).saveAs(pdf);
  await expect(dialog.getByTestId('export-done')).toBeVisible();
  const html = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', pdf, '-'], { encoding: 'utf8' });
  const figure = /<word xMin="([\d.]+)"[^>]*>4821<\/word>/.exec(html);
  expect(figure, 'the key figure is on page 2').not.toBeNull();
  const rightColumnX = (0.05 + 0.87 * (2 / 3) + 0.03) * 960;
  expect(Number(figure![1])).toBeGreaterThan(rightColumnX - 2);
  expect(Number(figure![1])).toBeLessThan(rightColumnX + 12);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '2', '-l', '2', pdf, testInfo.outputPath('split-page')]);
});
