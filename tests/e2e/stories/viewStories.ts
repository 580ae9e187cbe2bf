// User stories for the View, Present and Help commands: zoom, the command palette,
// presenting from the start and from the current slide, About.
import { expect, type Page } from '@playwright/test';
import { BROWSER_CAPABILITIES } from '../../../shared/api/capabilities';
import { COMMANDS } from '../../../shared/commands/commands';
import { STORY_SLIDES, type Stories, type StoryWorld } from './story';

/** What the zoom control shows: "Fit (67%)" or "200%". */
const zoomText = (page: Page) => page.getByTestId('zoom-level').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
const percent = async (page: Page) => Number((await zoomText(page)).replace(/\D/g, ''));
const slideWidth = (page: Page) => page.getByTestId('canvas').evaluate((el) => el.getBoundingClientRect().width);

/** The zoom as it was before the story: fitted, chosen in the control (not a command). */
async function resetZoom(page: Page): Promise<void> {
  await page.getByTestId('zoom-level').selectOption('fit');
  await expect.poll(() => zoomText(page)).toMatch(/^Fit/);
}

async function zoomStory(w: StoryWorld, key: string, expected: 'larger' | 'smaller'): Promise<void> {
  const { page, ed } = w;
  await ed.focusCanvas();
  const before = { percent: await percent(page), width: await slideWidth(page) };
  await page.keyboard.press(key);
  await expect.poll(() => zoomText(page), { message: `${key} shows a percentage instead of Fit` }).toMatch(/^\d+%$/);
  const after = { percent: await percent(page), width: await slideWidth(page) };
  await w.snap(`zoom-${expected}`);
  if (expected === 'larger') {
    expect(after.percent, `${key} zooms in`).toBeGreaterThan(before.percent);
    expect(after.width).toBeGreaterThan(before.width);
  } else {
    expect(after.percent, `${key} zooms out`).toBeLessThan(before.percent);
    expect(after.width).toBeLessThan(before.width);
  }
  await resetZoom(page);
}

/** Presenting starts in this window; Esc returns to the editor on the slide last shown. */
async function presentAndLeave(w: StoryWorld, button: RegExp, slide: number): Promise<void> {
  const { page, ed } = w;
  await page.getByRole('button', { name: button }).click();
  const presenter = page.locator('[data-role=presenter]');
  await expect(presenter, `presenting starts at slide ${slide}`).toHaveAttribute('data-index', String(slide - 1));
  await expect(page.getByTestId('slide-position')).toContainText(`Slide ${slide} of ${STORY_SLIDES.length}`);
  await w.snap(`present-from-${slide}`);
  await page.keyboard.press('Escape');
  await expect(ed.canvas()).toBeVisible();
  await expect(ed.currentRow(), 'Esc returns to the editor at the slide shown').toHaveAccessibleName(new RegExp(`^Slide ${slide}: `));
}

export const viewStories: Stories = {
  'view.zoomIn': { via: 'keys: Ctrl+=', run: (w) => zoomStory(w, 'Control+=', 'larger') },
  'view.zoomOut': { via: 'keys: Ctrl+-', run: (w) => zoomStory(w, 'Control+-', 'smaller') },

  'view.zoomFit': {
    via: 'keys: Ctrl+0',
    async run({ page, ed }) {
      const fitWidth = await slideWidth(page);
      await page.getByTestId('zoom-level').selectOption('2');
      await expect.poll(() => zoomText(page)).toBe('200%');
      await ed.focusCanvas();
      await page.keyboard.press('Control+0');
      await expect.poll(() => zoomText(page), { message: 'Ctrl+0 fits the slide' }).toMatch(/^Fit \(\d+%\)$/);
      expect(await slideWidth(page)).toBeCloseTo(fitWidth, 0);
    },
  },

  'app.commands': {
    via: 'toolbar: ⌘ (All commands)',
    async run({ page, ed, snap }) {
      // With a widget selected, every command the editor has applies (Delete widget too).
      await ed.selectSlide(2);
      await page.getByTestId('slot-left').click();
      const button = page.getByRole('button', { name: 'All commands' });
      await button.click();
      const palette = page.getByRole('dialog', { name: 'Commands' });
      await expect(palette, 'the palette opens').toBeVisible();
      // Everything the editor runs in a browser is listed (commands needing what the browser
      // host lacks, such as native file dialogs, are not).
      const listed = COMMANDS.filter((c) => c.on.includes('editor') && !(c.needs && !BROWSER_CAPABILITIES[c.needs]));
      await expect(palette.getByRole('option').first()).toBeVisible();
      const texts = await palette.getByRole('option').allTextContents();
      const absent = listed.filter((c) => !texts.some((t) => t.includes(c.title))).map((c) => c.id);
      expect(absent, 'the palette lists every command the editor has (a command without a handler is missing)').toEqual([]);
      await expect(palette.getByRole('option')).toHaveCount(listed.length);
      await page.keyboard.type('zoom');
      await expect(palette.getByRole('option')).toHaveText([/Zoom in/, /Zoom out/, /Zoom to fit/]);
      await snap('app.commands');
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
      await expect(button, 'focus goes back where it was').toBeFocused();
    },
  },

  'present.fromStart': {
    via: 'toolbar: Present (from beginning)',
    async run(w) {
      await w.ed.selectSlide(3);
      await presentAndLeave(w, /^Present from beginning$/, 1);
    },
  },

  'present.fromCurrent': {
    via: 'toolbar: From slide N',
    async run(w) {
      await w.ed.selectSlide(3);
      await presentAndLeave(w, /^Present from slide 3$/, 3);
    },
  },

  'help.about': {
    via: 'palette: About Briefdeck (the desktop app’s Help menu)',
    async run({ page, ed, snap }) {
      await ed.runFromPalette('About', /About Briefdeck/);
      const about = page.getByRole('dialog', { name: 'About Briefdeck' });
      await expect(about.getByTestId('about-version')).toHaveText(/^Briefdeck \d+\.\d+\.\d+ · in your browser/);
      await snap('help.about');
      await page.keyboard.press('Escape');
      await expect(about).toBeHidden();
    },
  },
};
