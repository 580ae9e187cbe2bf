// Slide numbers (issue #17 item 4): turned on in the Deck tab, drawn on the slide in the theme's
// corner in the editor, when presenting and in the PDF; a hidden backup slide shows none and
// leaves no gap in the numbers. (The PowerPoint side is read back in tests/unit/pptx/slideNumbers.)
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { slideNumberBox, SLIDE_NUMBER } from '../../shared/layouts/slideChrome';
import { renderPngs } from '../unit/export/pdfRead';
import { expect, test } from './fixtures';
import { EditorPage } from './support/editorPage';

/** Words of a PDF page with their boxes (pdftotext -bbox), in PDF points. */
function wordsOnPage(file: string, page: number): { text: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5]!,
  }));
}

const canvasNumber = (page: Page) => page.getByTestId('canvas').locator('.slide-shown-number');

test('slide numbers: Deck tab option, hidden slides not counted, shown in the editor, when presenting and in the PDF', async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Numbers');
  await ed.addSlide('titleBody', 'Two');
  await ed.addSlide('titleBody', 'Backup');
  await ed.addSlide('titleBody', 'Four');
  await expect(canvasNumber(page)).toHaveCount(0);

  // The Deck tab's option, by keyboard.
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const option = ed.inspector().getByRole('checkbox', { name: /Slide numbers on slides/ });
  await option.focus();
  await page.keyboard.press('Space');
  await expect(option).toBeChecked();
  await expect(canvasNumber(page)).toHaveText('4');

  // Hiding the third slide takes it out of the count: it shows none, the fourth shows 3.
  await ed.selectSlide(3);
  await ed.inspector().getByRole('tab', { name: /Slide/ }).click();
  await ed.inspector().getByRole('checkbox', { name: /Hidden when presenting/ }).check();
  await expect(canvasNumber(page)).toHaveCount(0);
  await ed.selectSlide(4);
  await expect(canvasNumber(page)).toHaveText('3');
  // The thumbnails agree.
  await expect(ed.slideRows().nth(3).locator('.slide-shown-number')).toHaveText('3');
  await expect(ed.slideRows().nth(2).locator('.slide-shown-number')).toHaveCount(0);
  // In the theme's corner: bottom right, inside the slide.
  const slideBox = (await page.getByTestId('canvas').locator('.slide-frame').boundingBox())!;
  const numberBox = (await canvasNumber(page).boundingBox())!;
  expect(numberBox.x + numberBox.width).toBeGreaterThan(slideBox.x + slideBox.width * 0.85);
  expect(numberBox.y).toBeGreaterThan(slideBox.y + slideBox.height * 0.9);
  await page.screenshot({ path: testInfo.outputPath('editor-numbered.png') });

  // Presenting from slide 4 shows 3 on it.
  await page.getByRole('button', { name: /^Present from slide 4$/ }).click();
  const presenter = page.locator('[data-role=presenter]');
  await expect(presenter).toHaveAttribute('data-index', '3');
  await expect(presenter.locator('.slide-shown-number').first()).toHaveText('3');
  await page.screenshot({ path: testInfo.outputPath('presenter-numbered.png') });
  await page.keyboard.press('Escape');
  await expect(ed.canvas()).toBeVisible();

  // The PDF: three shown slides, numbered 1 2 3 in the slide's corner; no page number beside them.
  await ed.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await dialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('numbered.pdf');
  await (await downloading).saveAs(pdf);
  await expect(dialog.getByTestId('export-done')).toBeVisible();
  // 1920 logical px are 960 pt across the 13.333 in page.
  const pt = 960 / 1920;
  const box = slideNumberBox('bottom-right');
  for (const [n, expected] of [[1, '1'], [2, '2'], [3, '3']] as const) {
    const words = wordsOnPage(pdf, n);
    const bottomRight = words.filter((w) => w.yMin > SLIDE_NUMBER.y * pt - 4 && w.xMin > box.x * pt);
    expect(bottomRight.map((w) => w.text), `page ${n}: only the slide number in its corner`).toEqual([expected]);
    expect(bottomRight[0]!.xMax).toBeCloseTo((box.x + box.w) * pt, -1);
    expect(bottomRight[0]!.yMax).toBeLessThan((SLIDE_NUMBER.y + SLIDE_NUMBER.h) * pt);
  }
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+3\n/);
  renderPngs(pdf, testInfo.outputPath('.'), 'numbered');
});
