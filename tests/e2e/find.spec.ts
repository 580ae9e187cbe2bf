// Find and replace (issue #17 item 5) on the sample deck, as a person uses it: Ctrl+F, the
// palette and Ctrl+H open the bar; the query is typed key by key; Enter / Shift+Enter step
// through matches (the slide and widget selected, the words marked on the canvas, the count
// "3 of 5"); match case and whole word by keyboard; a hidden slide is searched and said so;
// replace one, replace all as one undo step; Esc closes and gives focus back; axe on the bar.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Deck } from '../../shared/deck/schema';
import { findMatches } from '../../shared/find/findText';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

const bar = (page: Page) => page.getByRole('search', { name: 'Find and replace' });
const count = (page: Page) => page.getByTestId('find-count');
const place = (page: Page) => page.getByTestId('find-place');
const slot = (page: Page, id: string) => page.getByTestId(`slot-${id}`);
/** How many words the canvas marks as found (CSS Custom Highlight API). */
const marked = (page: Page) => page.evaluate(() => CSS.highlights.get('briefdeck-find')?.size ?? 0);

test('find: Ctrl+F, typed key by key, next and previous, a hidden slide said so, match case and whole word, Esc gives focus back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Find', 'sample');
  // Slide 10 (the wafer picture) hidden from presenting: still searched.
  await ed.selectSlide(10);
  await ed.runFromPalette('Hide or show', /Hide or show slide in presentation/);
  await expect(ed.currentRow()).toHaveAccessibleName(/\(hidden\)$/);
  await ed.selectSlide(1);
  await ed.focusCanvas();
  await expect(ed.canvas()).toBeFocused();

  await page.keyboard.press('Control+f');
  await expect(bar(page)).toBeVisible();
  await expect(page.getByTestId('find-query')).toBeFocused();
  await expect(page.getByTestId('find-replacement'), 'Ctrl+F finds; replacing is a click or Ctrl+H away').toHaveCount(0);
  await page.keyboard.type('wafer');
  // The sample deck says "wafer" in the picture's caption and alt text, two bullets and the notes.
  await expect(count(page)).toHaveText('1 of 5');
  await expect(place(page)).toContainText('Slide 10 (hidden from presenting) · Image: Caption');
  await expect(place(page).locator('mark')).toHaveText('wafer');
  await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 10: What a fab makes/);
  await expect(slot(page, 'left')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => marked(page), 'the words found are marked on the slide').toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('find-bar.png') });
  await expectAccessible(page, 'the find bar');

  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('2 of 5');
  await expect(place(page)).toContainText('Image: Alt text');
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('3 of 5');
  await expect(place(page)).toContainText('Text: Bullet 1');
  await expect(slot(page, 'right')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Next match' }).click();
  await page.getByRole('button', { name: 'Next match' }).click();
  await expect(count(page)).toHaveText('5 of 5');
  await expect(place(page)).toContainText('Slide 10 (hidden from presenting) · Notes');
  await page.getByTestId('find-query').focus();
  await page.keyboard.press('Enter');
  await expect(count(page), 'after the last match comes the first').toHaveText('1 of 5');
  await page.keyboard.press('Shift+Enter');
  await expect(count(page)).toHaveText('5 of 5');

  // Whole word by keyboard: "wafers" in bullet 2 is no longer a match.
  await page.getByRole('checkbox', { name: 'Whole word' }).focus();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('1 of 4');
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText('1 of 5');
  // Match case: "Fab capacity" is not "fab".
  await page.getByTestId('find-query').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('fab');
  await expect(count(page)).toHaveText(/ of 13$/);
  await page.getByRole('checkbox', { name: 'Match case' }).focus();
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText(/ of 12$/);
  await page.getByTestId('find-query').focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('cobalt');
  await expect(count(page)).toHaveText('No matches');
  await expect(page.getByRole('button', { name: 'Next match' })).toBeDisabled();

  // Ctrl+H while finding opens the replace row, with focus in it.
  await page.keyboard.press('Control+h');
  await expect(page.getByTestId('find-replacement')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await expect(ed.canvas(), 'Esc gives focus back to where it was').toBeFocused();
  await expect.poll(() => marked(page), 'the marks go with the bar').toBe(0);
});

test('replace: from the palette, replace one, replace all as one undo step, saved', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  await ed.createDeck('Replace', 'sample');
  await ed.runFromPalette('Find and replace', /Find and replace/);
  await expect(page.getByTestId('find-query')).toBeFocused();
  await page.keyboard.type('TSMC');
  // Slide 4's title, its chart's first company, its notes; slide 6's key-figure label and notes.
  await expect(count(page)).toHaveText('1 of 5');
  await expect(place(page)).toContainText('Slide 4 · Slide title');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('find-replacement')).toBeFocused();
  await page.keyboard.type('Taiwan Semiconductor');
  await page.keyboard.press('Enter');
  // The sample's titles carry their portion mark "(U)" before the words.
  await expect(ed.canvas().locator('.slide-title h1')).toHaveText('(U) Foundry market share: Taiwan Semiconductor leads');
  await expect(count(page), 'the next match is shown').toHaveText('1 of 4');
  await expect(place(page)).toContainText('Chart: Row 1, Company');
  await expect(ed.status()).toContainText('Ready');
  await page.screenshot({ path: testInfo.outputPath('replace-one.png') });

  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(ed.status()).toContainText('Replaced 4 matches.');
  await expect(count(page)).toHaveText('No matches');
  await ed.selectSlide(6);
  await expect(ed.canvas()).toContainText('Taiwan Semiconductor share of foundry revenue');
  await page.screenshot({ path: testInfo.outputPath('replace-all.png') });

  // One undo step brings all four back; the bar counts them again at once.
  await page.getByTestId('find-query').focus();
  await page.keyboard.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Replace all “TSMC”');
  await expect(count(page)).toHaveText('4 matches');
  await expect(ed.canvas()).toContainText('TSMC share of foundry revenue');
  await page.keyboard.press('Control+z');
  await expect(ed.status()).toContainText('Undone: Replace “TSMC”');
  await expect(count(page)).toHaveText('5 matches');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await expect(count(page)).toHaveText('No matches');

  await page.keyboard.press('Escape');
  await expect(bar(page)).toHaveCount(0);
  await ed.waitSaved();
  const file = fs.readdirSync(host.libraryDir).find((f) => f.endsWith('.briefdeck'))!;
  const saved = JSON.parse(fs.readFileSync(path.join(host.libraryDir, file), 'utf8')) as Deck;
  // Sources keep their words (their notes still say TSMC): find and replace is for the slides' own text.
  expect(findMatches(saved, 'TSMC', { matchCase: false, wholeWord: false })).toEqual([]);
  expect(Object.values(saved.slides).map((s) => s.title)).toContain('Foundry market share: Taiwan Semiconductor leads');
});
