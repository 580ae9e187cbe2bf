// Exporting an audience's version from the dialog, by keyboard: the preflight names the notes it
// withholds on one line, names slides as the editor numbers them (not as the version's pages
// do), and once the PDF is written the result is in sight and focus is on Close.
import { readFile } from 'node:fs/promises';
import type { Deck } from '../../shared/deck/schema';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { SAMPLE } from './support/sampleDeck';

const PARTNERS = 'Partners (AUS, JPN)';

test('the partner version: withheld notes on one line, slide numbers as in the editor, the result in sight', async ({ page, host }, testInfo) => {
  // Slide 8 lost its title; the partner version withholds slide 7, so it prints as its 7th page.
  const deck = JSON.parse(await readFile(SAMPLE, 'utf8')) as Deck;
  deck.slides[deck.slideOrder[7]!]!.title = '';
  await host.writeLibraryFile('Alliance.briefdeck', deck);
  await page.goto(`${host.url}#/edit?deck=${encodeURIComponent('library:Alliance.briefdeck')}`);
  const editor = new EditorPage(page);
  await expect(page.getByTestId('canvas')).toBeVisible();

  await editor.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
  await dialog.getByLabel('Audience').selectOption({ label: PARTNERS });
  const preflight = dialog.getByTestId('export-preflight');
  await expect(preflight.getByTestId('export-preflight-status')).toHaveText('Checked 10 slides: 4 warnings.', { timeout: 30_000 });
  const warnings = preflight.getByRole('button');
  await expect(warnings).toHaveText([
    `!Withheld from “${PARTNERS}”: The notes of slides 1-6, 8-11 (speaker notes do not go to “${PARTNERS}”).`,
    `!Withheld from “${PARTNERS}”: The text “Roles” on slide 2 (NOFORN is not released to “${PARTNERS}”).`,
    `!Withheld from “${PARTNERS}”: Slide 7 “Could Taiwan join a formal partnership?” (NOFORN is not released to “${PARTNERS}”).`,
    '!Slide 8 has no title: its page has none, and its bookmark reads “Slide 7”. Double-click where the title goes to add one.',
  ]);

  // Export by keyboard; the list is long enough to scroll the dialog, yet the result shows.
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  const done = dialog.getByTestId('export-done');
  await expect(done).toContainText('Exported 11 pages', { timeout: 60_000 });
  await expect(done).toContainText('Printing found 4 of the warnings listed above.');
  await expect(done).toBeInViewport();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  expect((await download).suggestedFilename()).toBe(`Alliance — ${PARTNERS} — CUI REL TO USA, AUS, JPN.pdf`);
  await page.screenshot({ path: testInfo.outputPath('export-audience-done.png') });
  await expectAccessible(page, 'export dialog after an audience export');

  // Export again… by keyboard goes back to the options, with focus on Export.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Export again…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await expect(done).toHaveCount(0);

  // The untitled finding goes to the editor's slide 8, the one without a title.
  await warnings.filter({ hasText: 'Slide 8 has no title' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.slideRows().nth(7)).toHaveAttribute('aria-current', 'true');

  // Enter on the focused Close after another export closes the dialog.
  await editor.press('Control+e');
  await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(done).toContainText('Exported 12 pages', { timeout: 60_000 });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
});
