// The organisation theme (issue #17 item 3), as a person sets it up: in Preferences its name and
// colours typed key by key (a bad colour refused on commit with the reason, Save held until it is
// fixed; a contrast warning shown beside the colour at once), a font, a logo file chosen (a file
// that is not a picture refused by name); then chosen in a deck's Deck tab by keyboard, undone and
// redone, carried in the deck file, and read back from the exported PDF (colours rendered, fonts
// embedded, the logo on the title slide and in the corner) and PowerPoint file (theme XML).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { logoBox, LOGO } from '../../shared/layouts/slideChrome';
import { renderPngs } from '../unit/export/pdfRead';
import { readPptx } from '../unit/pptx/ooxml';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage, typeInto } from './support/editorPage';
import { colourField, typeColour } from './support/organisationThemeFields';
import { renderPagePixels } from './support/pdfPixels';
import { cssRgb as rgb, SAMPLE } from './support/sampleDeck';

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" viewBox="0 0 400 100"><rect width="400" height="100" fill="#7a1f5c"/><circle cx="50" cy="50" r="30" fill="#ffffff"/></svg>';

test('organisation theme: set up in Preferences, chosen in the Deck tab, carried by the deck, in the PDF and the PowerPoint file', async ({ page, host }, testInfo) => {
  test.setTimeout(240_000);
  await page.getByRole('button', { name: 'Preferences…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('button', { name: 'Set up an organisation theme' }).click();
  await typeInto(page, dialog.getByTestId('org-name'), 'Ministry of Examples');
  await page.keyboard.press('Tab');
  await dialog.getByTestId('org-font-text').selectOption('Source Serif 4');

  // A bad colour: refused when committed, with the reason beside it; Save waits.
  await typeColour(page, dialog, 'accent', '#12zz45');
  await expect(dialog.getByTestId('org-colour-accent').getByRole('alert')).toHaveText('“#12zz45” is not a colour. Type six hex digits such as #e08a00.');
  await expect(colourField(dialog, 'accent')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expect(dialog.getByTestId('prefs-blocked')).toContainText('is not a colour');
  await typeColour(page, dialog, 'accent', '#7a1f5c');
  await expect(dialog.getByTestId('org-colour-accent').getByRole('alert')).toHaveCount(0);
  await typeColour(page, dialog, 'partner', '#005f73');
  await typeColour(page, dialog, 'competitor', '#ae2012');

  // A pale secondary text: the contrast warning shows beside it at once, in words.
  await typeColour(page, dialog, 'muted', '#b0b0b0');
  const warning = dialog.getByTestId('org-colour-muted').locator('.field-warning');
  await expect(warning).toHaveText('Secondary text (#b0b0b0) on background (#ffffff) has a contrast of 2.1:1; small text such as source lines needs at least 4.5:1 to be read.');
  await expect(dialog.getByTestId('org-colour-background').locator('.field-warning')).toHaveCount(1);
  await dialog.screenshot({ path: testInfo.outputPath('preferences-theme-warning.png') });
  await expectAccessible(page, 'the Preferences theme editor with a warning');
  await typeColour(page, dialog, 'muted', '#4a4f57');
  await expect(warning).toHaveCount(0);

  // The logo: a file that is not a picture is refused by name; an SVG is taken.
  const logoInput = dialog.getByTestId('org-logo-file');
  await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('this is not a picture') });
  await expect(dialog.getByRole('alert').filter({ hasText: 'logo.png' })).toHaveText('“logo.png” is not a picture Briefdeck can use (JPEG, PNG, WebP, GIF or SVG). Nothing was changed.');
  const svgFile = testInfo.outputPath('logo.svg');
  await writeFile(svgFile, LOGO_SVG);
  await logoInput.setInputFiles(svgFile);
  await expect(dialog.getByTestId('org-logo-preview')).toBeVisible();
  await dialog.getByTestId('org-logo-corner').selectOption('bottom-left');
  await dialog.screenshot({ path: testInfo.outputPath('preferences-theme.png') });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // A deck chooses it in the Deck tab, by keyboard: the last entry.
  await host.writeLibraryFile('Sample.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')));
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Sample.briefdeck')}`);
  const ed = new EditorPage(page);
  const slide = page.getByTestId('canvas').locator('.slide');
  await ed.inspector().getByRole('tab', { name: 'Deck' }).click();
  const picker = page.getByTestId('deck-theme');
  await picker.focus();
  await page.keyboard.press('End');
  await expect(picker).toHaveValue('organisation');
  await expect(picker.locator('option:checked')).toHaveText('Ministry of Examples (organisation)');
  const logo = slide.locator('.slide-logo');
  await expect(logo).toHaveAttribute('data-place', 'hero');
  await expect(slide).toHaveCSS('font-family', /^"Source Serif 4"/);
  await expect(slide.locator('.slide-title-hero > div').first()).toHaveCSS('background-color', rgb('#7a1f5c'));
  await page.screenshot({ path: testInfo.outputPath('editor-organisation-title.png') });
  await ed.selectSlide(2);
  await expect(logo).toHaveAttribute('data-place', 'bottom-left');
  await expect(slide.locator('path[data-id="392"]').first()).toHaveAttribute('fill', '#005f73'); // Japan, a partner
  await page.screenshot({ path: testInfo.outputPath('editor-organisation-map.png') });

  // One undo step: back to Briefing (no logo), then redone.
  await ed.focusCanvas();
  await ed.press('Control+z');
  await expect(picker).toHaveValue('briefing');
  await expect(logo).toHaveCount(0);
  await ed.press('Control+Shift+z');
  await expect(picker).toHaveValue('organisation');
  await expect(logo).toHaveCount(1);
  await ed.waitSaved();
  const onDisk = JSON.parse(await readFile(`${host.libraryDir}/Sample.briefdeck`, 'utf8'));
  expect(onDisk.themeId).toBe('organisation');
  expect(onDisk.organisationTheme).toMatchObject({ name: 'Ministry of Examples', fonts: { text: 'Source Serif 4' }, logoCorner: 'bottom-left' });
  expect(onDisk.assets[onDisk.organisationTheme.logoAssetId].mime).toBe('image/svg+xml');

  // The PDF: the theme's font embedded, the accent and logo colour on the title page, the logo
  // in the bottom-left corner of the map page.
  await ed.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await exportDialog.getByRole('checkbox', { name: 'Add a Sources page' }).uncheck();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = testInfo.outputPath('organisation.pdf');
  await (await downloading).saveAs(pdf);
  await expect(exportDialog.getByTestId('export-done')).toBeVisible();
  await page.keyboard.press('Escape');
  expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/SourceSerif4/);
  renderPngs(pdf, testInfo.outputPath('pdf-pages'), 'organisation');
  const title = renderPagePixels(pdf, 1, testInfo.outputPath());
  expect(title.at((LOGO.hero.x + 20) / 1920, (LOGO.hero.y + 10) / 1080)).toBe('#7a1f5c');
  const map = renderPagePixels(pdf, 2, testInfo.outputPath());
  const corner = logoBox('bottom-left');
  expect(map.at((corner.x + 8) / 1920, (corner.y + 6) / 1080)).toBe('#7a1f5c');

  // The PowerPoint file: its theme part carries the organisation's name, colours and font.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('PowerPoint');
  await page.keyboard.press('Enter');
  const pptxDialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
  const pptxDownload = page.waitForEvent('download');
  await pptxDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const pptx = testInfo.outputPath('organisation.pptx');
  await (await pptxDownload).saveAs(pptx);
  const theme = readPptx(await readFile(pptx)).part('ppt/theme/theme1.xml');
  expect(theme).toContain('<a:clrScheme name="Ministry of Examples">');
  expect(theme).toMatch(/<a:accent1><a:srgbClr val="005F73"\/><\/a:accent1>/);
  expect(theme).toMatch(/<a:majorFont><a:latin typeface="Source Serif 4"\/>/);
});
