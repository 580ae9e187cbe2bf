// Themes (issue #17 item 3): each built-in theme chosen in the Deck tab by keyboard, undone and
// redone, drawn the same in the editor, its thumbnails and the exported PDF; the dark theme is
// axe-clean in the editor. Screenshots of every theme on the sample deck (editor and PDF page)
// are in the test's output folder.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { THEMES } from '../../shared/theme';
import { renderPngs } from '../unit/export/pdfRead';
import { expect, test, type TestHost } from './fixtures';
import { expectAccessible } from './support/axe';
import { renderPagePixels } from './support/pdfPixels';
import { cssRgb as rgb, openSample } from './support/sampleDeck';

/** The PDF of slides `from`..`to` as the browser host exports it, saved to `file`. */
async function exportPdf(page: Page, host: TestHost, file: string, from: number, to: number): Promise<void> {
  const r = await page.evaluate(
    async ({ token, range }) => {
      const res = await fetch('api/export.pdf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Briefdeck-Token': token },
        body: JSON.stringify({ ref: 'library:Sample.briefdeck', options: { range, sourcesPage: false } }),
      });
      return res.json() as Promise<{ ok: boolean; data: { location: string } }>;
    },
    { token: host.token, range: { from, to } },
  );
  expect(r.ok).toBe(true);
  const pdf = await page.request.get(host.url.split('?')[0]! + r.data.location);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(file, await pdf.body());
}

test('every built-in theme: chosen in the Deck tab by keyboard, undo and redo, the editor and the PDF drawn in it', async ({ page, host }, testInfo) => {
  test.setTimeout(180_000);
  const ed = await openSample(page, host);
  const slide = page.getByTestId('canvas').locator('.slide');
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const picker = page.getByTestId('deck-theme');
  await expect(picker).toHaveValue('briefing');
  await expect(slide).toHaveCSS('background-color', rgb(THEMES[0]!.colors.background));
  await expectAccessible(page, 'the Deck tab');

  await picker.focus();
  for (const [i, theme] of THEMES.entries()) {
    if (i > 0) await page.keyboard.press('ArrowDown');
    await expect(picker).toHaveValue(theme.id);
    await expect(page.getByTestId('deck-theme-description')).toContainText(theme.description);
    // The canvas, its title and the thumbnails take the theme's colours and fonts.
    await expect(slide).toHaveCSS('background-color', rgb(theme.colors.background));
    await expect(slide.locator('.slide-title h1')).toHaveCSS('color', rgb(theme.colors.titleBand));
    await expect(ed.slideRows().first().locator('.slide')).toHaveCSS('background-color', rgb(theme.colors.background));
    await ed.selectSlide(2);
    await page.screenshot({ path: testInfo.outputPath(`editor-${theme.id}.png`) });
    await ed.selectSlide(1);
    await picker.focus();
  }

  // One undo step per choice: back to Print, then redone to Harbour.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(picker).toHaveValue('print');
  await expect(slide).toHaveCSS('background-color', rgb('#ffffff'));
  await ed.press('Control+Shift+z');
  await expect(picker).toHaveValue('harbour');
  await expect(slide).toHaveCSS('background-color', rgb('#f7f4ee'));
  await ed.waitSaved();
  const onDisk = JSON.parse(await readFile(`${host.libraryDir}/Sample.briefdeck`, 'utf8'));
  expect(onDisk.themeId).toBe('harbour');

  // The PDF of each theme: pages 1 and 2 (title and map), their background the theme's.
  for (const theme of THEMES) {
    await picker.selectOption(theme.id);
    await ed.waitSaved();
    const pdf = testInfo.outputPath(`deck-${theme.id}.pdf`);
    await exportPdf(page, host, pdf, 1, 2);
    renderPngs(pdf, testInfo.outputPath('pdf-pages'), theme.id);
    const pixels = renderPagePixels(pdf, 2, testInfo.outputPath());
    // A corner of the slide, away from any widget, is the theme's background.
    expect(pixels.at(0.01, 0.5), `${theme.name}: the page's background`).toBe(theme.colors.background);
    // The title's accent rule (or its title colour) is on the page.
    expect(pixels.share(theme.colors.accent, 24), `${theme.name}: accent on the page`).toBeGreaterThan(0);
  }
});

test('the dark theme in the editor is accessible (axe), a map slide selected', async ({ page, host }, testInfo) => {
  const ed = await openSample(page, host);
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  await page.getByTestId('deck-theme').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('deck-theme')).toHaveValue('brightRoom');
  await ed.selectSlide(2);
  await expect(page.getByTestId('canvas').locator('.slide')).toHaveCSS('background-color', rgb('#0b0f14'));
  await page.screenshot({ path: testInfo.outputPath('editor-brightRoom-map.png') });
  await expectAccessible(page, 'the editor in the Bright room theme');
});
