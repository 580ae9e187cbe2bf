// User stories for the File commands: new, open, save, save as, history, export, close.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { readPdf } from '../../unit/export/pdfRead';
import { readPptx } from '../../unit/pptx/ooxml';
import { STORY_DECK_FILE, STORY_DECK_TITLE, STORY_SLIDES, type Stories, type StoryWorld } from './story';

const deckTitle = (w: StoryWorld) => w.page.getByTestId('deck-title-input');

/** The library page, as a person reaches it without a command: its address. */
async function gotoLibrary({ page, host }: StoryWorld): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: /^Library/ })).toBeVisible();
}

/** From the library: the story deck's card. */
async function openStoryDeckCard(w: StoryWorld): Promise<void> {
  await w.page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE }).locator('.deck-card-open').click();
  await expect(deckTitle(w)).toHaveValue(STORY_DECK_TITLE);
}

async function deckOnDisk(w: StoryWorld): Promise<{ meta: { title: string } }> {
  return JSON.parse(await readFile(path.join(w.host.libraryDir, STORY_DECK_FILE), 'utf8'));
}

export const fileStories: Stories = {
  'deck.new': {
    via: 'palette: New deck… (Ctrl+N belongs to the browser itself)',
    async run(w) {
      const { page, ed } = w;
      await ed.runFromPalette('New deck', /New deck…/);
      const dialog = page.getByRole('dialog', { name: 'New deck' });
      await expect(dialog, 'New deck… asks for a title on the library').toBeVisible();
      await w.snap('deck.new');
      await ed.typeInto(dialog.getByRole('textbox', { name: 'Title' }), 'Scratch notes');
      await page.keyboard.press('Enter');
      await expect(deckTitle(w), 'the new deck opens in the editor').toHaveValue('Scratch notes');
      await ed.expectSlideTitles(['Scratch notes']);
      await ed.waitSaved();
      // The story deck was saved and is still in the library.
      await gotoLibrary(w);
      await expect(page.getByTestId('deck-card')).toHaveCount(3);
      await openStoryDeckCard(w);
    },
  },

  'deck.open': {
    via: 'keys: Ctrl+O on the library and in the editor (the browser host’s Open list)',
    async run(w) {
      const { page } = w;
      await gotoLibrary(w);
      const open = page.getByRole('dialog', { name: 'Open a deck from the library' });
      await page.keyboard.press('Control+o');
      await expect(open, 'Ctrl+O on the library lists the library’s decks').toBeVisible();
      await page.keyboard.type('trade');
      await expect(open.getByRole('option')).toHaveText([/Indo-Pacific trade/]);
      await w.snap('deck.open');
      await page.keyboard.press('Enter');
      await expect(deckTitle(w)).toHaveValue('Indo-Pacific trade');
      await w.ed.focusCanvas();
      await page.keyboard.press('Control+o');
      await expect(open, 'Ctrl+O in the editor lists the library’s decks').toBeVisible();
      await page.keyboard.type('partners');
      await expect(open.getByRole('option')).toHaveText([new RegExp(STORY_DECK_TITLE)]);
      await page.keyboard.press('Enter');
      await expect(deckTitle(w)).toHaveValue(STORY_DECK_TITLE);
    },
  },

  'deck.openRecent': {
    via: 'palette: Open recent… (in the desktop app also File > Open Recent, tested in electronMain.fakeElectron)',
    async run(w) {
      const { page, ed } = w;
      const recent = page.getByRole('dialog', { name: 'Open a recent deck' });
      await ed.runFromPalette('Open rec', /Open recent…/);
      await expect(recent, 'Open recent… lists the decks opened, most recent first').toBeVisible();
      // deck.new made "Scratch notes", deck.open went to "Indo-Pacific trade" and back here.
      await expect(recent.getByRole('option')).toHaveText([new RegExp(STORY_DECK_TITLE), /Indo-Pacific trade/, /Scratch notes/]);
      await w.snap('deck.openRecent');
      await page.keyboard.type('indo');
      await expect(recent.getByRole('option')).toHaveText([/Indo-Pacific trade/]);
      await page.keyboard.press('Enter');
      await expect(deckTitle(w)).toHaveValue('Indo-Pacific trade');
      await w.ed.focusCanvas();
      await ed.runFromPalette('Open recent', /Open recent…/);
      await expect(recent.getByRole('option').first(), 'the deck just opened is now first').toHaveText(/Indo-Pacific trade/);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(deckTitle(w)).toHaveValue(STORY_DECK_TITLE);
    },
  },

  'deck.save': {
    via: 'keys: Ctrl+S while typing in the deck title',
    async run(w) {
      const { page, ed } = w;
      await deckTitle(w).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' (draft)');
      await page.keyboard.press('Control+s');
      await expect(ed.status(), 'Ctrl+S says it saved, naming the file').toContainText(`Saved to ${STORY_DECK_FILE}`);
      await expect(page.getByTestId('save-status')).toHaveText('Saved');
      await w.snap('deck.save');
      expect((await deckOnDisk(w)).meta.title).toBe(`${STORY_DECK_TITLE} (draft)`);
      // Ctrl+Z works in the field too: the rename is undone, and saved.
      await page.keyboard.press('Control+z');
      await expect(deckTitle(w)).toHaveValue(STORY_DECK_TITLE);
      await page.keyboard.press('Control+s');
      await ed.waitSaved();
      expect((await deckOnDisk(w)).meta.title).toBe(STORY_DECK_TITLE);
    },
  },

  'deck.saveAs': {
    via: 'keys: Ctrl+Shift+S (desktop only: the browser host says what to do instead)',
    async run({ page, ed, snap }) {
      await ed.focusCanvas();
      await page.keyboard.press('Control+Shift+S');
      await expect(ed.status()).toContainText('Save as… needs the desktop app’s file dialog');
      await snap('deck.saveAs');
      await expect(ed.status()).toContainText('use Duplicate on the library page, then Rename the copy');
      // The palette offers only what can run here.
      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: 'Commands' });
      await page.keyboard.type('Save as');
      await expect(palette.getByRole('option')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();
    },
  },

  'deck.history': {
    via: 'toolbar: History, then Preview and Restore this version, then Ctrl+Z',
    async run(w) {
      const { page, ed } = w;
      await ed.selectSlide(3);
      await ed.typeInto(page.getByTestId('slide-title'), 'Context, revised');
      await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 3: Context, revised/);
      await page.getByRole('button', { name: 'History' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restore a previous version' });
      await expect(dialog).toBeVisible();
      // Newest first; the oldest is the deck as it was first written.
      const versions = dialog.getByRole('listitem');
      await expect(versions.first(), 'History lists the saved versions').toContainText(`${STORY_DECK_TITLE} · ${STORY_SLIDES.length} slides`);
      await w.snap('deck.history');
      await versions.last().getByRole('button', { name: /^Preview/ }).click();
      const preview = page.getByRole('dialog', { name: /^The version saved / });
      await expect(preview.getByTestId('version-slide'), 'Preview shows the version’s slides').toHaveCount(STORY_SLIDES.length);
      await preview.getByRole('button', { name: 'Restore this version' }).click();
      await expect(preview).toBeHidden();
      await expect(ed.currentRow(), 'the restored version has the old title back').toHaveAccessibleName(/^Slide 3: Context$/);
      await expect(ed.canvas().locator('.slide-title')).toHaveText('Context');
      // The restore is one undo step.
      await ed.focusCanvas();
      await page.keyboard.press('Control+z');
      await expect(ed.currentRow(), 'the restore can itself be undone').toHaveAccessibleName(/^Slide 3: Context, revised$/);
      await ed.typeInto(page.getByTestId('slide-title'), 'Context');
      await ed.expectSlideTitles([...STORY_SLIDES]);
      await ed.waitSaved();
    },
  },

  'deck.export': {
    via: 'keys: Ctrl+E, then Export',
    async run({ page, ed, testInfo, snap }) {
      await ed.focusCanvas();
      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: 'Export to PDF' });
      await expect(dialog).toBeVisible();
      const summary = await dialog.getByTestId('export-summary').textContent();
      const pages = Number(/→ (\d+) pages?/.exec(summary ?? '')?.[1]);
      expect(pages, `the summary says how many pages: “${summary}”`).toBeGreaterThanOrEqual(STORY_SLIDES.length);
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${STORY_DECK_TITLE}.pdf`);
      await expect(dialog.getByTestId('export-done')).toContainText(`Exported ${pages} pages`);
      await snap('deck.export');
      const file = testInfo.outputPath('story-deck.pdf');
      await download.saveAs(file);
      const pdf = await readPdf(file);
      expect(pdf.pages).toHaveLength(pages);
      expect(pdf.pages[1]!.text).toContain('The partnership in numbers');
      expect(pdf.pages[1]!.text).toContain('92');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    },
  },

  'deck.exportPptx': {
    via: 'palette: Export to PowerPoint…, then Export',
    async run({ page, ed, testInfo, snap }) {
      await ed.runFromPalette('PowerPoint', /Export to PowerPoint…/);
      const dialog = page.getByRole('dialog', { name: 'Export to PowerPoint' });
      await expect(dialog).toBeVisible();
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${STORY_DECK_TITLE}.pptx`);
      await expect(dialog.getByTestId('pptx-done')).toContainText('Exported');
      await snap('deck.exportPptx');
      const file = testInfo.outputPath('story-deck.pptx');
      await download.saveAs(file);
      const pptx = readPptx(await readFile(file));
      expect(pptx.slides.map((s) => s.title).slice(1, STORY_SLIDES.length)).toEqual(STORY_SLIDES.slice(1));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    },
  },

  'deck.close': {
    via: 'toolbar: ← Library (Ctrl+W belongs to the browser itself)',
    async run(w) {
      const { page } = w;
      await page.getByRole('button', { name: '← Library' }).click();
      await expect(page.getByRole('heading', { name: /^Library/ }), 'closing the deck shows the library').toBeVisible();
      await expect(page.getByTestId('canvas')).toHaveCount(0);
      await w.snap('deck.close');
      await expect(page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE })).toContainText(`${STORY_SLIDES.length} slides`);
      await openStoryDeckCard(w);
    },
  },
};
