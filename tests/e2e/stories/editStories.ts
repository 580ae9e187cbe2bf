// User stories for the Edit commands: undo, redo, cut, copy, paste, find, replace, delete widget, preferences.
import { expect } from '@playwright/test';
import { STORY_SLIDES, type Stories, type StoryWorld } from './story';

const slideTitleField = (w: StoryWorld) => w.page.getByTestId('slide-title');
const canvasTitle = (w: StoryWorld) => w.ed.canvas().locator('.slide-title');

/** Retitles slide 3 in the slide panel, typed key by key. */
async function retitleContext(w: StoryWorld): Promise<void> {
  await w.ed.selectSlide(3);
  await w.ed.typeInto(slideTitleField(w), 'Context and stakes');
  await expect(w.ed.currentRow()).toHaveAccessibleName(/^Slide 3: Context and stakes/);
}

async function expectContextTitle(w: StoryWorld, title: string, message: string): Promise<void> {
  await expect(w.ed.currentRow(), message).toHaveAccessibleName(new RegExp(`^Slide 3: ${title}$`));
  await expect(canvasTitle(w), message).toHaveText(title);
}

export const editStories: Stories = {
  'edit.undo': {
    via: 'toolbar: Undo',
    async run(w) {
      await retitleContext(w);
      await w.page.getByRole('button', { name: 'Undo' }).click();
      await expectContextTitle(w, 'Context', 'Undo brings the old title back');
    },
  },

  'edit.redo': {
    via: 'toolbar: Redo, and Ctrl+Y',
    async run(w) {
      const { page } = w;
      await retitleContext(w);
      await page.keyboard.press('Control+z');
      await expectContextTitle(w, 'Context', 'Ctrl+Z in the field undoes the typing');
      await page.getByRole('button', { name: 'Redo' }).click();
      await expectContextTitle(w, 'Context and stakes', 'Redo puts the new title back');
      await page.keyboard.press('Control+z');
      await expectContextTitle(w, 'Context', 'undone again');
      await page.keyboard.press('Control+y');
      await expectContextTitle(w, 'Context and stakes', 'Ctrl+Y redoes too');
      await page.keyboard.press('Control+z');
      await expectContextTitle(w, 'Context', 'undone again');
    },
  },

  'edit.cut': {
    via: 'keys: Ctrl+X on a selected widget',
    async run({ page, ed, snap }) {
      await ed.selectSlide(2);
      await page.getByTestId('slot-right').click();
      await page.keyboard.press('Control+x');
      await expect(ed.status()).toContainText('Widget cut');
      await expect(ed.widgetIn('right'), 'the cut widget leaves its slot').toHaveCount(0);
      await snap('edit.cut');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('right'), 'undo puts it back').toContainText('Why it matters');
    },
  },

  'edit.copy': {
    via: 'keys: Ctrl+C on a selected widget',
    async run({ page, ed }) {
      await ed.selectSlide(2);
      await page.getByTestId('slot-left').click();
      await page.keyboard.press('Control+c');
      await expect(ed.status()).toContainText('Widget copied');
      // Other applications get a readable form.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('92');
      await expect(ed.widgetIn('left'), 'copying leaves the widget where it was').toContainText('92');
    },
  },

  'edit.paste': {
    via: 'keys: Ctrl+V into an empty slot (Briefdeck’s widget, then another app’s text)',
    async run({ page, ed, snap }) {
      await ed.selectSlide(2);
      await page.getByTestId('slot-left').click();
      await page.keyboard.press('Control+c');
      await ed.selectSlide(4);
      await page.getByTestId('slot-main').click();
      await page.keyboard.press('Control+v');
      await expect(ed.widgetIn('main'), 'the copied key figure is pasted').toContainText('92');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('main'), 'undo removes the pasted widget').toHaveCount(0);

      // Text another application copied later wins over Briefdeck's older copy.
      await page.evaluate(() => navigator.clipboard.writeText('Ministers meet in March.'));
      await page.getByTestId('slot-main').click();
      await page.keyboard.press('Control+v');
      await expect(ed.widgetIn('main'), 'another app’s text becomes a text widget').toContainText('Ministers meet in March.');
      await expect(ed.widgetIn('main')).toHaveAttribute('data-widget-kind', 'text');
      await snap('edit.paste');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('main')).toHaveCount(0);
    },
  },

  'edit.find': {
    via: 'keys: Ctrl+F, the query typed key by key',
    async run({ page, ed, snap }) {
      await ed.selectSlide(1);
      await ed.focusCanvas();
      await page.keyboard.press('Control+f');
      await expect(page.getByTestId('find-query'), 'Ctrl+F opens the find bar').toBeFocused();
      await page.keyboard.type('risk');
      await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
      await expect(page.getByTestId('find-place'), 'it names where the match is').toContainText('Slide 2 · Text: Bullet 2');
      await expect(ed.currentRow(), 'and shows its slide').toHaveAccessibleName(/^Slide 2: /);
      await expect(page.getByTestId('slot-right'), 'with its widget selected').toHaveAttribute('aria-pressed', 'true');
      await snap('edit.find');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('find-bar')).toHaveCount(0);
    },
  },

  'edit.replace': {
    via: 'palette: Find and replace…',
    async run({ page, ed, snap }) {
      await ed.runFromPalette('Find and replace', /Find and replace/);
      await page.keyboard.type('risk');
      await page.getByTestId('find-replacement').click();
      await page.keyboard.type('cost');
      await page.getByRole('button', { name: 'Replace all' }).click();
      await expect(ed.status()).toContainText('Replaced 1 match.');
      await expect(ed.widgetIn('right'), 'the slide shows the new words').toContainText('Partners share the cost');
      await snap('edit.replace');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('right'), 'one undo brings the old words back').toContainText('Partners share the risk');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('find-bar')).toHaveCount(0);
    },
  },

  'app.preferences': {
    via: 'keys: Ctrl+,',
    async run({ page, ed, snap }) {
      await ed.focusCanvas();
      await page.keyboard.press('Control+,');
      const dialog = page.getByRole('dialog', { name: 'Preferences' });
      await expect(dialog, 'Ctrl+, opens Preferences').toBeVisible();
      await ed.typeInto(dialog.getByTestId('prefs-author'), 'Ana Policy');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await ed.focusCanvas();
      await page.keyboard.press('Control+,');
      await expect(dialog.getByTestId('prefs-author'), 'what was saved is shown next time').toHaveValue('Ana Policy');
      await snap('app.preferences');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    },
  },

  'widget.delete': {
    via: 'keys: Delete on a selected widget',
    async run({ page, ed }) {
      await ed.selectSlide(2);
      await page.getByTestId('slot-left').click();
      await page.keyboard.press('Delete');
      await expect(ed.widgetIn('left'), 'Delete removes the selected widget').toHaveCount(0);
      await expect(ed.widgetIn('right'), 'and only that one').toContainText('Why it matters');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('left'), 'undo brings it back').toContainText('92');
      await ed.expectSlideTitles([...STORY_SLIDES]);
    },
  },

  'widget.duplicate': {
    via: 'context menu (right-click): Duplicate widget',
    async run({ page, ed, snap }) {
      await ed.selectSlide(2);
      // Room first: the key figure goes (from its own menu), then the text is duplicated into its slot.
      await page.getByTestId('slot-left').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Delete widget' }).click();
      await expect(ed.widgetIn('left')).toHaveCount(0);
      await page.getByTestId('slot-right').click({ button: 'right' });
      await page.getByRole('menuitem', { name: 'Duplicate widget' }).click();
      await expect(ed.widgetIn('left'), 'the copy fills the free slot').toContainText('Why it matters');
      await expect(ed.widgetIn('right'), 'the original stays').toContainText('Why it matters');
      await expect(ed.status()).toContainText('Duplicated the text into “Left column”');
      await snap('widget.duplicate');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('left'), 'undo removes the copy').toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('left'), 'and the delete').toContainText('92');
    },
  },

  'widget.moveToSlide': {
    via: 'context menu (Shift+F10, typeahead M, Enter): Move widget to slide…, a slide typed key by key',
    async run({ page, ed, snap }) {
      await ed.selectSlide(2);
      await page.getByTestId('slot-left').focus();
      await page.keyboard.press('Shift+F10');
      await expect(page.getByRole('menu', { name: 'Widget' })).toBeVisible();
      await page.keyboard.press('m');
      await expect(page.getByRole('menuitem', { name: 'Move widget to slide…' })).toBeFocused();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Move the key figure to another slide' });
      await expect(dialog).toBeVisible();
      await page.keyboard.type('Next');
      await expect(dialog.getByRole('option'), 'typing filters the slides').toHaveCount(1);
      await expect(dialog.getByRole('option')).toContainText('4. Next steps');
      await expect(dialog.getByRole('option')).toContainText('has a free slot');
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(ed.widgetIn('left'), 'the key figure leaves slide 2').toHaveCount(0);
      await expect(ed.status()).toContainText('Moved the key figure to slide 4 “Next steps”');
      await expect(page.getByTestId('slot-left'), 'focus is back on the slot').toBeFocused();
      await ed.selectSlide(4);
      await expect(ed.widgetIn('main'), 'and is on slide 4').toContainText('92');
      await snap('widget.moveToSlide');
      await page.keyboard.press('Control+z');
      await expect(ed.widgetIn('main')).toHaveCount(0);
      await ed.selectSlide(2);
      await expect(ed.widgetIn('left'), 'undo puts it back').toContainText('92');
    },
  },
};
