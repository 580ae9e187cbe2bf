// Editing on the slide (issue #17 item 1): double-click or Enter on the title or a slot edits the
// title, bullets, quotation and key-figure value where they are on the canvas, key by key; the
// inspector follows while typing; Esc leaves; Ctrl+B / Ctrl+I mark bullets; the edit is the
// inspector's own undo step (one per typing burst), and it is saved.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

/** Lets the last typing burst end, so the next keys are an undo step of their own. */
const endBurst = (page: Page) => page.waitForTimeout(1600);

/** Presses Ctrl+Z until `field` reads `value` again, each step named `label` (a typing burst is
 * one step, but a key that waited over 1.5 s on a loaded machine starts another); returns how
 * many steps it took, so a test can check that typing was coalesced rather than kept per key. */
async function undoUntil(page: Page, field: ReturnType<Page['locator']>, value: string, label: string, keysTyped: number): Promise<number> {
  for (let steps = 1; steps <= keysTyped; steps++) {
    await page.keyboard.press('Control+z');
    await expect(page.locator('.status-bar')).toContainText(`Undone: ${label}`);
    if ((await field.inputValue()) === value) return steps;
  }
  throw new Error(`${keysTyped} undo steps did not bring back “${value}”`);
}

function deckOnDisk(libraryDir: string): { slides: Record<string, { title: string }>; widgets: Record<string, { kind: string; props: Record<string, unknown> }> } {
  const files = fs.readdirSync(libraryDir).filter((f) => f.endsWith('.briefdeck'));
  expect(files).toHaveLength(1);
  return JSON.parse(fs.readFileSync(path.join(libraryDir, files[0]!), 'utf8'));
}

test('the slide title: double-click, type key by key with the inspector following, Esc leaves, one undo step', async ({ page }, testInfo) => {
  const ed = new EditorPage(page);
  await ed.createDeck('On the slide');
  await ed.addSlide('twoColumns', 'Draft');
  await endBurst(page);
  const title = page.getByTestId('title-overlay');
  await title.dblclick();
  const field = page.getByTestId('in-place-editor');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Draft');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Minerals');
  // The inspector follows while the person is still typing on the slide.
  await expect(page.getByTestId('slide-title')).toHaveValue('Minerals');
  await page.keyboard.type(' partnership');
  await expect(page.getByTestId('slide-title')).toHaveValue('Minerals partnership');
  await page.screenshot({ path: testInfo.outputPath('title-editing.png') });
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(title).toBeFocused();
  await expect(ed.canvas().locator('.slide-title h1')).toHaveText('Minerals partnership');
  await expect.poll(() => ed.slideTitles()).toEqual(['On the slide', 'Minerals partnership']);
  // Typing is coalesced into the inspector's own steps, named as the inspector names them.
  const steps = await undoUntil(page, page.getByTestId('slide-title'), 'Draft', 'Edit slide title', 25);
  expect(steps, 'one undo step per typing burst, not one per key').toBeLessThan(8);
  await expect(ed.canvas().locator('.slide-title h1')).toHaveText('Draft');
  for (let i = 0; i < steps; i++) await page.keyboard.press('Control+Shift+z');
  await expect(ed.canvas().locator('.slide-title h1')).toHaveText('Minerals partnership');

  // Keyboard only: Enter on the focused title edits it, Enter leaves a one-line field.
  await expect(title).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type(' 2026');
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(ed.canvas().locator('.slide-title h1')).toHaveText('Minerals partnership 2026');
});

test('bullets, a quotation and a key figure edited in place; Ctrl+B / Ctrl+I; saved; axe-clean while editing', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const ed = new EditorPage(page);
  const inspector = ed.inspector();
  await ed.createDeck('In place');
  await ed.addSlide('grid2x2', 'Four widgets');
  await ed.dragWidgetFromPalette('text', 'topLeft');
  await ed.dragWidgetFromPalette('quote', 'topRight');
  await ed.dragWidgetFromPalette('keyFigure', 'bottomLeft');
  await ed.dragWidgetFromPalette('map', 'bottomRight');
  await endBurst(page);

  // --- Bullets: Enter on the focused slot opens them; Enter adds a bullet; Ctrl+B marks a word.
  const textSlot = page.getByTestId('slot-topLeft');
  await textSlot.focus();
  await page.keyboard.press('Enter');
  const field = page.getByTestId('in-place-editor');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('First point\nSecond point');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fund a joint stockpile');
  // Ctrl+B with the caret in "stockpile" marks the word.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Review in March');
  // Shift+Home selects the line; Ctrl+I marks it.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+i');
  const bullets = 'First point\nSecond point\nFund a joint **stockpile**\n_Review in March_';
  await expect(field).toHaveValue(bullets);
  await expect(inspector.getByLabel(/^Bullets/)).toHaveValue(bullets);
  const textView = ed.widgetIn('topLeft');
  await expect(textView.locator('li')).toHaveCount(4);
  await expect(textView.locator('li').nth(2).locator('strong')).toHaveText('stockpile');
  await expect(textView.locator('li').nth(3).locator('em')).toHaveText('Review in March');
  await expectAccessible(page, 'the editor with bullets edited on the slide');
  await page.screenshot({ path: testInfo.outputPath('bullets-editing.png') });
  await page.keyboard.press('Escape');
  await expect(field).toHaveCount(0);
  await expect(textSlot).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('bullets-done.png') });
  // Coalesced into the inspector's own steps, as in the inspector.
  const steps = await undoUntil(page, inspector.getByLabel(/^Bullets/), 'First point\nSecond point', 'Edit bullets', 44);
  expect(steps, 'one undo step per typing burst, not one per key').toBeLessThan(10);
  await expect(textView.locator('li')).toHaveCount(2);
  for (let i = 0; i < steps; i++) await page.keyboard.press('Control+Shift+z');
  await expect(textView.locator('li')).toHaveCount(4);
  await endBurst(page);

  // --- Quotation: double-click, select all, type.
  await page.getByTestId('slot-topRight').dblclick();
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('We will build resilient supply chains together.');
  await expect(inspector.getByLabel('Quotation')).toHaveValue('We will build resilient supply chains together.');
  await expect(ed.widgetIn('topRight').locator('.w-quote-text')).toContainText('We will build resilient supply chains together.');
  // Ctrl+B is not a quotation's: the text stays as typed.
  await page.keyboard.press('Control+b');
  await expect(field).toHaveValue('We will build resilient supply chains together.');
  await page.keyboard.press('Escape');
  await endBurst(page);

  // --- Key-figure value: one line; Enter leaves.
  await page.getByTestId('slot-bottomLeft').dblclick();
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('69.2');
  await expect(inspector.getByLabel('Value')).toHaveValue('69.2');
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(ed.widgetIn('bottomLeft').locator('[data-part=number]')).toContainText('69.2');

  // --- A map has no text to edit in place: Enter and double-click leave it as it was.
  await page.getByTestId('slot-bottomRight').focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);

  // Saved as typed.
  await ed.waitSaved();
  const deck = deckOnDisk(host.libraryDir);
  const byKind = (k: string) => Object.values(deck.widgets).find((w) => w.kind === k)!.props;
  expect(byKind('text').bullets).toEqual(bullets.split('\n'));
  expect(byKind('quote').text).toBe('We will build resilient supply chains together.');
  expect(byKind('keyFigure').value).toBe('69.2');
});
