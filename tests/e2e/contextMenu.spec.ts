// Context menus on slides, widgets and empty slots (issue #17 item 9), as a person uses them:
// right-click, Shift+F10 and the ContextMenu key; each command through the menu by mouse and by
// keyboard with its visible effect and undo; the WAI-ARIA menu keys (arrows, Home/End,
// typeahead, Escape back to where it opened); a disabled item announced and inert; axe clean.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORY_DECK_FILE, STORY_DECK_TITLE, STORY_SLIDES, storyDeck } from './stories';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

const [TITLE, NUMBERS, CONTEXT, NEXT] = STORY_SLIDES;

async function openStoryDeck(page: Page, host: { writeLibraryFile(name: string, content: object): Promise<string> }): Promise<EditorPage> {
  await host.writeLibraryFile(STORY_DECK_FILE, storyDeck());
  await page.reload();
  await page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE }).locator('.deck-card-open').click();
  await expect(page.getByTestId('deck-title-input')).toHaveValue(STORY_DECK_TITLE);
  return new EditorPage(page);
}

const menu = (page: Page, name: string) => page.getByRole('menu', { name });
const item = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });
const row = (ed: EditorPage, n: number) => ed.slideRows().nth(n - 1);

test('the slide menu: every command by mouse and keyboard, with its effect and undo; menu keys; axe', async ({ page, host, context }, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const ed = await openStoryDeck(page, host);

  // Right-click opens the slide's menu on the slide clicked, focus on its first item.
  await row(ed, 1).click({ button: 'right' });
  await expect(menu(page, 'Slide')).toBeVisible();
  await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 1: /);
  await expect(item(page, 'Cut')).toBeFocused();
  // On the first slide there is nowhere up to go: the item is there, announced as disabled, and does nothing.
  await expect(item(page, 'Move slide up')).toHaveAttribute('aria-disabled', 'true');
  await expectAccessible(page, 'the slide context menu');
  await page.screenshot({ path: testInfo.outputPath('slide-menu.png') });
  await expect(item(page, 'Move slide up'), 'a disabled item is announced so').toBeDisabled();
  await item(page, 'Move slide up').click({ force: true });
  await expect(menu(page, 'Slide'), 'a disabled item leaves the menu open').toBeVisible();
  await ed.expectSlideTitles([...STORY_SLIDES]);
  // Keys: End, Home, arrows wrapping, typeahead; Escape gives focus back to the row.
  await page.keyboard.press('End');
  await expect(item(page, 'Hide or show slide in presentation')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'Cut'), 'ArrowDown wraps to the first item').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'Hide or show slide in presentation'), 'ArrowUp wraps to the last').toBeFocused();
  await page.keyboard.press('Home');
  await expect(item(page, 'Cut')).toBeFocused();
  await page.keyboard.press('d');
  await expect(item(page, 'Duplicate slide'), 'typeahead: d').toBeFocused();
  await page.keyboard.press('d');
  await expect(item(page, 'Delete slide'), 'd again: the next item starting with d').toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page, 'Slide')).toBeHidden();
  await expect(row(ed, 1), 'Escape returns focus to the slide').toBeFocused();

  // Duplicate by mouse; undo.
  await row(ed, 2).click({ button: 'right' });
  await item(page, 'Duplicate slide').click();
  await ed.expectSlideTitles([TITLE, NUMBERS, NUMBERS, CONTEXT, NEXT], 'Duplicate slide puts a copy after it');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES], 'undo removes the copy');

  // Move down by keyboard: Shift+F10 on the focused row, arrows to the item, Enter; undo.
  await row(ed, 2).click();
  await page.keyboard.press('Shift+F10');
  await expect(menu(page, 'Slide')).toBeVisible();
  await page.keyboard.press('m');
  await page.keyboard.press('m');
  await expect(item(page, 'Move slide down')).toBeFocused();
  await page.keyboard.press('Enter');
  await ed.expectSlideTitles([TITLE, CONTEXT, NUMBERS, NEXT], 'Move slide down');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);

  // Move up by mouse.
  await row(ed, 3).click({ button: 'right' });
  await item(page, 'Move slide up').click();
  await ed.expectSlideTitles([TITLE, CONTEXT, NUMBERS, NEXT], 'Move slide up');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);

  // Hide by the ContextMenu key; the row says hidden; undo.
  await row(ed, 3).click();
  await page.keyboard.press('ContextMenu');
  await expect(menu(page, 'Slide')).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(row(ed, 3)).toHaveAccessibleName(/^Slide 3: Context \(hidden\)$/);
  await page.keyboard.press('Control+z');
  await expect(row(ed, 3)).toHaveAccessibleName(/^Slide 3: Context$/);

  // Delete by keyboard (typeahead d, d, Enter); undo.
  await row(ed, 4).click();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await page.keyboard.press('Enter');
  await ed.expectSlideTitles([TITLE, NUMBERS, CONTEXT], 'Delete slide');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);

  // Copy slide 3 and paste after slide 4, by mouse; undo.
  await row(ed, 3).click({ button: 'right' });
  await item(page, 'Copy').click();
  await expect(ed.status()).toContainText('Slide copied');
  await row(ed, 4).click({ button: 'right' });
  await item(page, 'Paste').click();
  await ed.expectSlideTitles([...STORY_SLIDES, CONTEXT], 'Paste puts the copied slide after the one clicked');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);

  // Cut slide 3 by keyboard (Shift+F10, Enter on the first item); paste it back by mouse on slide 1.
  await row(ed, 3).click();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('Enter');
  await ed.expectSlideTitles([TITLE, NUMBERS, NEXT], 'Cut removes the slide');
  await row(ed, 1).click({ button: 'right' });
  await item(page, 'Paste').click();
  await ed.expectSlideTitles([TITLE, CONTEXT, NUMBERS, NEXT], 'and Paste puts it after slide 1');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES], 'two undo steps: the paste and the cut');
  expect(errors).toEqual([]);
});

test('after Delete slide or Cut from the slide menu, focus is on the slide that took its place (or the one before), and the list keys work from there', async ({ page, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const ed = await openStoryDeck(page, host);
  const deleteFromMenu = async () => {
    await page.keyboard.press('Shift+F10');
    await expect(menu(page, 'Slide')).toBeVisible();
    await page.keyboard.press('d');
    await page.keyboard.press('d');
    await expect(item(page, 'Delete slide')).toBeFocused();
    await page.keyboard.press('Enter');
  };

  // Delete slide 2 by keyboard: slide 3 moves up into its place and has the focus.
  await row(ed, 2).click();
  await deleteFromMenu();
  await ed.expectSlideTitles([TITLE, CONTEXT, NEXT]);
  await expect(row(ed, 2), 'the slide that took its place').toBeFocused();
  await expect(row(ed, 2)).toHaveAccessibleName(/^Slide 2: Context/);
  // The list's keys work from there: ArrowDown, then Delete on the last slide.
  await page.keyboard.press('ArrowDown');
  await expect(row(ed, 3)).toBeFocused();
  await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 3: /);
  await page.keyboard.press('Delete');
  await ed.expectSlideTitles([TITLE, CONTEXT]);
  await expect(row(ed, 2)).toBeFocused();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES], 'both deletes undone');

  // The last slide from its menu: focus goes to the one before.
  await row(ed, 4).click();
  await deleteFromMenu();
  await ed.expectSlideTitles([TITLE, NUMBERS, CONTEXT]);
  await expect(row(ed, 3), 'the previous slide').toBeFocused();
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);

  // Cut slide 3 (Shift+F10, Enter on Cut): slide 4 takes its place and the focus; ArrowUp works.
  await row(ed, 3).click();
  await page.keyboard.press('Shift+F10');
  await expect(item(page, 'Cut')).toBeFocused();
  await page.keyboard.press('Enter');
  await ed.expectSlideTitles([TITLE, NUMBERS, NEXT]);
  await expect(row(ed, 3)).toBeFocused();
  await expect(row(ed, 3)).toHaveAccessibleName(/^Slide 3: /);
  await page.keyboard.press('ArrowUp');
  await expect(row(ed, 2)).toBeFocused();
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES], 'the cut undone');

  // By mouse too: right-click slide 1, Delete slide.
  await row(ed, 1).click({ button: 'right' });
  await item(page, 'Delete slide').click();
  await ed.expectSlideTitles([NUMBERS, CONTEXT, NEXT]);
  await expect(row(ed, 1)).toBeFocused();
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES]);
});

test('the widget and empty-slot menus: cut, copy, paste, delete by mouse and keyboard, with undo; axe', async ({ page, host, context }, testInfo) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const ed = await openStoryDeck(page, host);
  await ed.selectSlide(2);

  // Right-click a widget: its menu, the slot selected; axe with it open.
  await page.getByTestId('slot-right').click({ button: 'right' });
  await expect(menu(page, 'Widget')).toBeVisible();
  await expect(page.getByTestId('slot-right')).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'the widget context menu');
  await page.screenshot({ path: testInfo.outputPath('widget-menu.png') });
  // Copy it, then paste into slide 4's empty slot from that slot's menu (keyboard: ContextMenu key).
  await item(page, 'Copy').click();
  await expect(ed.status()).toContainText('Widget copied');
  await ed.selectSlide(4);
  await page.getByTestId('slot-main').focus();
  await page.keyboard.press('ContextMenu');
  await expect(menu(page, 'Empty slot')).toBeVisible();
  await expect(item(page, 'Paste')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ed.widgetIn('main'), 'the copied text is pasted into the slot').toContainText('Why it matters');
  await page.keyboard.press('Control+z');
  await expect(ed.widgetIn('main')).toHaveCount(0);

  // Cut the key figure by keyboard (Shift+F10, Enter), paste it on slide 4 by mouse; undo both.
  await ed.selectSlide(2);
  await page.getByTestId('slot-left').focus();
  await page.keyboard.press('Shift+F10');
  await expect(item(page, 'Cut')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ed.widgetIn('left'), 'Cut takes the widget out').toHaveCount(0);
  await ed.selectSlide(4);
  await page.getByTestId('slot-main').click({ button: 'right' });
  await item(page, 'Paste').click();
  await expect(ed.widgetIn('main')).toContainText('92');
  await page.keyboard.press('Control+z');
  await expect(ed.widgetIn('main')).toHaveCount(0);
  await ed.selectSlide(2);
  await page.keyboard.press('Control+z');
  await expect(ed.widgetIn('left'), 'undo puts the cut widget back').toContainText('92');

  // Delete by keyboard (typeahead), then Escape on a second menu returns focus to the slot.
  await page.getByTestId('slot-right').focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(item(page, 'Delete widget')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ed.widgetIn('right')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ed.widgetIn('right')).toContainText('Why it matters');
  await page.getByTestId('slot-right').focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('Escape');
  await expect(menu(page, 'Widget')).toBeHidden();
  await expect(page.getByTestId('slot-right')).toBeFocused();
  // A click elsewhere closes a menu without doing anything.
  await page.getByTestId('slot-right').click({ button: 'right' });
  await ed.canvas().click({ position: { x: 5, y: 5 } });
  await expect(menu(page, 'Widget')).toBeHidden();
  await ed.expectSlideTitles([...STORY_SLIDES]);
  expect(errors).toEqual([]);
});
