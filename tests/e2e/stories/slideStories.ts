// User stories for the Slide commands: add (plain and with each layout), duplicate, delete,
// move, next and previous, hide. Each layout's "Add slide" story comes from LAYOUTS, so a new
// layout has one at once.
import { expect } from '@playwright/test';
import { addLayoutCommandId } from '../../../shared/commands/commands';
import { LAYOUTS, type Layout } from '../../../shared/layouts';
import { STORY_SLIDES, type Stories, type Story, type StoryWorld } from './story';

const [TITLE, NUMBERS, CONTEXT, NEXT] = STORY_SLIDES;

/** A new untitled slide after slide 2, current, with `slots` on the canvas; undo removes it. */
async function expectNewSlideThenUndo(w: StoryWorld, slots: readonly string[], what: string): Promise<void> {
  const { page, ed } = w;
  await ed.expectSlideTitles([TITLE, NUMBERS, '', CONTEXT, NEXT].map((t) => t || 'Untitled'), `${what} adds a slide after the current one`);
  await expect(ed.currentRow(), `${what} selects the new slide`).toHaveAccessibleName(/^Slide 3: Untitled/);
  for (const slot of slots) await expect(page.getByTestId(`slot-${slot}`), `the new slide has the ${slot} slot`).toBeVisible();
  await w.snap(what.replace(/\W+/g, '-'));
  await page.keyboard.press('Control+z');
  await ed.expectSlideTitles([...STORY_SLIDES], 'undo removes the new slide');
}

function addWithLayout(layout: Layout): Story {
  return {
    via: `toolbar: + Slide > ${layout.name}`,
    async run(w) {
      await w.ed.selectSlide(2);
      await w.page.getByTestId('add-slide').click();
      await w.page.getByRole('menuitem', { name: layout.name, exact: true }).click();
      await expectNewSlideThenUndo(
        w,
        layout.slots.map((s) => s.id),
        `+ Slide > ${layout.name}`,
      );
    },
  };
}

export const slideStories: Stories = {
  ...Object.fromEntries(LAYOUTS.map((l) => [addLayoutCommandId(l.id), addWithLayout(l)])),

  'slide.add': {
    via: 'keys: Ctrl+M',
    async run(w) {
      await w.ed.selectSlide(2);
      await w.ed.focusCanvas();
      await w.page.keyboard.press('Control+m');
      await expectNewSlideThenUndo(w, ['main'], 'Ctrl+M');
    },
  },

  'slide.duplicate': {
    via: 'toolbar: Duplicate',
    async run({ page, ed, snap }) {
      await ed.selectSlide(2);
      await page.getByRole('button', { name: 'Duplicate', exact: true }).click();
      await ed.expectSlideTitles([TITLE, NUMBERS, NUMBERS, CONTEXT, NEXT], 'Duplicate puts a copy after the slide');
      await expect(ed.currentRow(), 'the copy is shown').toHaveAccessibleName(/^Slide 3: /);
      await expect(ed.widgetIn('left'), 'the copy has the slide’s widgets').toContainText('92');
      await expect(ed.widgetIn('right')).toContainText('Why it matters');
      await snap('slide.duplicate');
      await page.keyboard.press('Control+z');
      await ed.expectSlideTitles([...STORY_SLIDES], 'undo removes the copy');
    },
  },

  'slide.delete': {
    via: 'toolbar: Delete',
    async run({ page, ed }) {
      await ed.selectSlide(3);
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await ed.expectSlideTitles([TITLE, NUMBERS, NEXT], 'Delete removes the slide');
      await expect(ed.currentRow(), 'the next slide takes its place').toHaveAccessibleName(/^Slide 3: Next steps/);
      await page.keyboard.press('Control+z');
      await ed.expectSlideTitles([...STORY_SLIDES], 'undo brings the slide back');
      await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 3: Context/);
      await expect(ed.widgetIn('body'), 'with its widget').toContainText('Background');
    },
  },

  'slide.moveUp': {
    via: 'keys: Ctrl+↑',
    async run({ page, ed }) {
      await ed.selectSlide(3);
      await ed.focusCanvas();
      await page.keyboard.press('Control+ArrowUp');
      await ed.expectSlideTitles([TITLE, CONTEXT, NUMBERS, NEXT], 'Ctrl+↑ moves the slide up one place');
      await expect(ed.currentRow(), 'the moved slide stays current').toHaveAccessibleName(/^Slide 2: Context/);
      await page.keyboard.press('Control+z');
      await ed.expectSlideTitles([...STORY_SLIDES], 'undo moves it back');
    },
  },

  'slide.moveDown': {
    via: 'keys: Ctrl+↓',
    async run({ page, ed }) {
      await ed.selectSlide(2);
      await ed.focusCanvas();
      await page.keyboard.press('Control+ArrowDown');
      await ed.expectSlideTitles([TITLE, CONTEXT, NUMBERS, NEXT], 'Ctrl+↓ moves the slide down one place');
      await expect(ed.currentRow(), 'the moved slide stays current').toHaveAccessibleName(/^Slide 3: The partnership/);
      await page.keyboard.press('Control+z');
      await ed.expectSlideTitles([...STORY_SLIDES], 'undo moves it back');
    },
  },

  'slide.next': {
    via: 'keys: PageDown',
    async run({ page, ed }) {
      await ed.selectSlide(1);
      await ed.focusCanvas();
      await page.keyboard.press('PageDown');
      await expect(ed.currentRow(), 'PageDown shows the next slide').toHaveAccessibleName(/^Slide 2: The partnership/);
      await expect(ed.canvas().locator('.slide-title')).toHaveText(NUMBERS);
      await page.keyboard.press('PageDown');
      await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 3: Context/);
    },
  },

  'slide.previous': {
    via: 'keys: PageUp',
    async run({ page, ed }) {
      await ed.selectSlide(3);
      await ed.focusCanvas();
      await page.keyboard.press('PageUp');
      await expect(ed.currentRow(), 'PageUp shows the previous slide').toHaveAccessibleName(/^Slide 2: The partnership/);
      await expect(ed.canvas().locator('.slide-title')).toHaveText(NUMBERS);
    },
  },

  'slide.toggleHidden': {
    via: 'palette: Hide or show slide in presentation',
    async run({ page, ed, snap }) {
      await ed.selectSlide(3);
      await ed.runFromPalette('Hide or show', /Hide or show slide in presentation/);
      await expect(ed.currentRow(), 'the slide list marks the slide hidden').toHaveAccessibleName(/^Slide 3: Context \(hidden\)/);
      await expect(page.getByRole('checkbox', { name: /Hidden/ })).toBeChecked();
      await snap('slide.toggleHidden');
      await ed.runFromPalette('Hide or show', /Hide or show slide in presentation/);
      await expect(ed.currentRow(), 'running it again shows the slide').toHaveAccessibleName(/^Slide 3: Context$/);
      await page.keyboard.press('Control+z');
      await expect(ed.currentRow(), 'undo hides it again').toHaveAccessibleName(/\(hidden\)$/);
      await page.keyboard.press('Control+z');
      await expect(ed.currentRow(), 'and undo again shows it').toHaveAccessibleName(/^Slide 3: Context$/);
    },
  },
};
