// Accessibility (issue 11): axe-core checks every screen a person meets (the library, the
// editor with each widget kind selected, every dialog, the presenter and audience views) and
// the suite fails on any critical or serious violation and on the page's outline (headings,
// landmarks: support/axe.ts). Keyboard paths: the slide list is one
// Tab stop with arrows, Enter, Delete and Ctrl+Up/Down; the "+ Slide" menu follows the menu
// pattern; dialogs keep focus and give it back; a skip link reaches the canvas; the inspector's
// tabs follow the tabs pattern.
import { readFile } from 'node:fs/promises';
import { WIDGET_KINDS } from '../../shared/widgets';
import { expect, test } from './fixtures';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';
import { openSample, SAMPLE } from './support/sampleDeck';

test('the library and its dialogs: new deck, rename, delete, preferences, open, open recent, about, commands', async ({ page, host }) => {
  await host.writeLibraryFile('Sample.briefdeck', JSON.parse(await readFile(SAMPLE, 'utf8')));
  await page.reload();
  await expect(page.getByTestId('deck-card')).toHaveCount(1);
  await expectAccessible(page, 'the library');
  // Its content is the main landmark, the header its banner (axe's landmark rules are moderate).
  await expect(page.getByRole('main')).toContainText('Library');
  await expect(page.getByRole('banner').getByRole('heading', { name: 'Briefdeck' })).toBeVisible();
  const dialogs: Array<[string, () => Promise<void>, string]> = [
    ['New deck', () => page.getByRole('button', { name: 'New deck' }).click(), 'New deck'],
    ['Rename', () => page.getByTestId('deck-card').getByRole('button', { name: 'Rename' }).click(), 'Rename deck'],
    ['Delete', () => page.getByTestId('deck-card').getByRole('button', { name: 'Delete' }).click(), 'Delete deck'],
    ['Preferences', () => page.keyboard.press('Control+,'), 'Preferences'],
    ['Open', () => page.keyboard.press('Control+o'), 'Open a deck from the library'],
    ['Commands', () => page.keyboard.press('Control+Shift+P'), 'Commands'],
    [
      'Open recent',
      async () => {
        await page.keyboard.press('Control+Shift+P');
        await page.keyboard.type('Open recent');
        await page.keyboard.press('Enter');
      },
      'Open a recent deck',
    ],
  ];
  for (const [what, open, name] of dialogs) {
    await open();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await page.waitForTimeout(200); // its content (a list read from the host) has arrived
    await expectAccessible(page, `the ${what} dialog`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('About');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'About Briefdeck' }).getByTestId('about-version')).toContainText('in your browser');
  await expectAccessible(page, 'the About dialog');
});

test('the editor', async ({ page, host }) => {
  await openSample(page, host);
  await expectAccessible(page, 'the editor');
});

// One test per kind: one test for all of them ran an axe pass per kind and outran its two
// minutes at load 30 on 2 cores; each kind alone takes a fraction of that.
for (const kind of WIDGET_KINDS) {
  test(`the editor with a ${kind} widget selected`, async ({ page, host }) => {
    const ed = await openSample(page, host);
    const canvas = page.getByTestId('canvas');
    const count = await ed.slideRows().count();
    let found = false;
    for (let i = 1; i <= count && !found; i++) {
      await ed.selectSlide(i);
      const widget = canvas.locator(`[data-widget-kind=${kind}]`).first();
      if ((await widget.count()) === 0) continue;
      const slot = await widget.evaluate((el) => el.closest('[data-slot-id]')?.getAttribute('data-slot-id'));
      await page.getByTestId(`slot-${slot}`).focus();
      await expect(page.getByRole('region', { name: 'Inspector' })).toBeVisible();
      await expectAccessible(page, `the editor with a ${kind} selected`);
      found = true;
    }
    expect(found, `the sample deck has a ${kind}`).toBe(true);
  });
}

// Apart from the widget kinds above: together they ran ten axe passes in one test, which on a
// loaded machine (load 27 on 2 cores) outran the test's time while each half takes under a minute.
test('the editor’s dialogs: export, commands, history', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openSample(page, host);
  const dialogs: Array<[string, string, string]> = [
    ['Control+e', 'Export to PDF', 'export'],
    ['Control+Shift+P', 'Commands', 'commands'],
  ];
  for (const [key, name, what] of dialogs) {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    if (what === 'export') await expect(page.getByTestId('export-preflight-status')).toHaveText(/Checked \d+ slides/, { timeout: 40_000 });
    await expectAccessible(page, `the ${what} dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toBeHidden();
  }
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('dialog', { name: 'Restore a previous version' })).toBeVisible();
  await expectAccessible(page, 'the history dialog');
});

test('the presenter view, its slide grid, and the audience view', async ({ page, host }) => {
  await openSample(page, host);
  await page.keyboard.press('F5');
  await expect(page.locator('[data-role=presenter]')).toBeVisible();
  await expectAccessible(page, 'the presenter view');
  // The sample's first notes are longer than their box: Tab reaches them, Down scrolls them and
  // leaves the slide where it is; the notes start with their portion mark.
  const notes = page.getByRole('region', { name: 'Notes text' });
  await expect(notes).toContainText(/^\(U\) Purpose:/);
  await notes.focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => notes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => notes.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(page.locator('[data-role=presenter]')).toHaveAttribute('data-index', '0');
  await page.keyboard.press('g');
  await expect(page.getByRole('dialog', { name: 'All slides' })).toBeVisible();
  await expectAccessible(page, 'the presenter’s slide grid');
  const audience = await page.context().newPage();
  const url = new URL(host.url);
  url.hash = `/present?deck=${encodeURIComponent('library:Sample.briefdeck')}&role=audience&from=2`;
  await audience.goto(url.toString());
  await expect(audience.locator('[data-role=audience]')).toBeVisible();
  await expectAccessible(audience, 'the audience view');
});

test('keyboard: the slide list is one Tab stop; arrows, Enter, Delete and Ctrl+Up/Down act on the focused slide', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Keys');
  for (const title of ['Two', 'Three', 'Four']) await ed.addSlide('titleBody', title);
  await ed.selectSlide(1);
  const row = (n: number) => ed.slideRows().nth(n - 1);
  await expect(row(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(row(3)).toBeFocused();
  await expect(row(3)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('canvas')).toContainText('Three');
  // One Tab leaves the list (no stop per slide), Shift+Tab comes back to the same slide.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('slide-row'))).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(row(3)).toBeFocused();
  // Ctrl+Up moves the focused slide, and focus stays on it.
  await page.keyboard.press('Control+ArrowUp');
  expect(await ed.slideTitles()).toEqual(['Keys', 'Three', 'Two', 'Four']);
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('End');
  await expect(row(4)).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(row(1)).toHaveAttribute('aria-current', 'true');
  // Delete deletes the focused slide; undo brings it back.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  expect(await ed.slideTitles()).toEqual(['Keys', 'Two', 'Four']);
  await expect(row(2)).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect.poll(() => ed.slideTitles()).toEqual(['Keys', 'Three', 'Two', 'Four']);
});

test('keyboard: the + Slide menu, dialogs that keep and return focus, and a skip link to the canvas', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Menus');
  const add = page.getByTestId('add-slide');
  await add.focus();
  await page.keyboard.press('ArrowDown');
  const items = page.getByRole('menu').getByRole('menuitem');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(add).toBeFocused();
  // Enter opens it on the first layout; ArrowDown, Enter takes the second.
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(ed.slideRows()).toHaveCount(2);
  await expect(page.getByTestId('slide-layout')).toHaveValue('titleBody');

  // A dialog keeps focus inside (the page behind is inert) and gives it back on close.
  const history = page.getByRole('button', { name: 'History' });
  await history.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Restore a previous version' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement === document.body || !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(history).toBeFocused();

  // From the top of the page, the skip link is the first Tab stop and lands on the canvas.
  await ed.waitSaved();
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the slide' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // On the slide, the title comes first (Enter edits it there), then the slots.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('title-overlay')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('canvas').locator('.slot-overlay').first()).toBeFocused();
});

test('keyboard: the inspector’s tabs are one Tab stop; the arrows choose the Deck tab and back, and the panel is named by its tab', async ({ page }) => {
  const ed = new EditorPage(page);
  await ed.createDeck('Tabs');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const slideTab = inspector.getByRole('tab', { name: 'Slide' });
  const deckTab = inspector.getByRole('tab', { name: 'Deck' });
  await slideTab.focus();
  await expect(deckTab).toHaveAttribute('tabindex', '-1');
  await expect(inspector.getByRole('tabpanel', { name: 'Slide' })).toContainText('Slide title');
  await page.keyboard.press('ArrowRight');
  await expect(deckTab).toBeFocused();
  await expect(deckTab).toHaveAttribute('aria-selected', 'true');
  await expect(inspector.getByRole('tabpanel', { name: 'Deck' })).toContainText('Language of the deck');
  // One Tab from the selected tab goes into its panel, not to the other tab.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role=tabpanel]'))).toBe(true);
  await deckTab.focus();
  await page.keyboard.press('Home');
  await expect(slideTab).toBeFocused();
  await expect(slideTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(deckTab).toBeFocused();
  await expectAccessible(page, 'the editor with the Deck tab chosen by keyboard');
});
