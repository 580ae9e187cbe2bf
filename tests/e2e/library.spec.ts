// The library (issue #17 item 8): each deck card shows its first slide (the same SlideView);
// the search box, typed key by key, narrows the cards to decks whose title, slides, widgets or
// notes say it, naming where; the history dialog previews a version's slides before restoring
// it, and the restore is one undo step. axe on the library and the history dialog.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addSlide, createDeck, insertWidget, updateWidget } from '../../shared/deck/operations';
import { DeckSchema } from '../../shared/deck/schema';
import { expect, test } from './fixtures';
import { STORY_DECK_FILE, STORY_DECK_TITLE, storyDeck } from './stories';
import { expectAccessible } from './support/axe';
import { EditorPage } from './support/editorPage';

function tradeDeck() {
  const d = createDeck('Indo-Pacific trade', 'Policy Unit');
  d.slides[d.slideOrder[0]!]!.title = 'Indo-Pacific trade';
  const two = addSlide(d, 'titleBody', 1, 'Flows');
  const text = insertWidget(d, two, 'body', 'text')!;
  updateWidget(d, text, (w) => {
    if (w.kind === 'text') w.props = { heading: 'Critical minerals', bullets: ['Gallium and germanium export licences'], bulleted: true };
  });
  d.slides[two]!.notes = 'Ask about the semiconductor supply chain.';
  return DeckSchema.parse(d);
}

test('library cards show their first slide; search typed key by key finds decks by their text; axe', async ({ page, host }, testInfo) => {
  await host.writeLibraryFile(STORY_DECK_FILE, storyDeck());
  await host.writeLibraryFile('Indo-Pacific trade.briefdeck', tradeDeck());
  await host.writeLibraryFile('Empty.briefdeck', DeckSchema.parse(createDeck('Budget notes', 'Policy Unit')));
  await page.reload();
  const cards = page.getByTestId('deck-card');
  await expect(cards).toHaveCount(3);
  // Each card's picture is its first slide, drawn by the slide view.
  const story = cards.filter({ hasText: STORY_DECK_TITLE });
  await expect(story.getByTestId('deck-thumb').locator('.slide-title')).toHaveText(STORY_DECK_TITLE);
  await expect(cards.filter({ hasText: 'Indo-Pacific trade' }).getByTestId('deck-thumb').locator('.slide-title')).toHaveText('Indo-Pacific trade');
  await expect(page.getByTestId('deck-thumb').locator('.slide')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('library.png') });
  await expectAccessible(page, 'the library with thumbnails');

  // Search by words inside a deck: a bullet, then notes; the card says where.
  const box = page.getByRole('searchbox', { name: 'Search decks by title or text' });
  await box.click();
  await page.keyboard.type('gallium');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('Indo-Pacific trade');
  await expect(cards.getByTestId('deck-hit')).toContainText('Slide 2 · Text');
  await expect(cards.getByTestId('deck-hit')).toContainText('Gallium and germanium');
  await expect(page.getByRole('status').filter({ hasText: 'mention' })).toHaveText('1 of 3 decks mention “gallium”');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('SEMICONDUCTOR');
  await expect(cards).toHaveCount(1);
  await expect(cards.getByTestId('deck-hit')).toContainText('Slide 2 · Notes');
  // A word on a slide of the story deck (a key figure's label), and a deck title.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('chips');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText(STORY_DECK_TITLE);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('budget');
  await expect(cards).toHaveCount(1);
  await expect(cards.getByTestId('deck-hit')).toContainText('Deck title');
  await page.screenshot({ path: testInfo.outputPath('library-search.png') });
  await expectAccessible(page, 'the library with a search');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('lithium');
  await expect(cards).toHaveCount(0);
  await expect(page.getByText('No deck mentions “lithium”.')).toBeVisible();
  // Emptied, the box shows every deck again.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(cards).toHaveCount(3);
});

test('history: preview a version’s slides, restore it, undo the restore; axe on the dialog', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await host.writeLibraryFile(STORY_DECK_FILE, storyDeck());
  await page.reload();
  await page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE }).locator('.deck-card-open').click();
  const ed = new EditorPage(page);
  await expect(page.getByTestId('deck-title-input')).toHaveValue(STORY_DECK_TITLE);
  await ed.selectSlide(3);
  await ed.typeInto(page.getByTestId('slide-title'), 'Context, revised');
  await ed.waitSaved();
  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore a previous version' });
  await expect(dialog).toBeVisible();
  // The oldest version is the deck as first written: preview it.
  await dialog.getByRole('listitem').last().getByRole('button', { name: /^Preview/ }).click();
  const preview = page.getByRole('dialog', { name: /^The version saved / });
  await expect(preview).toBeVisible();
  const slides = preview.getByTestId('version-slide');
  await expect(slides).toHaveCount(4);
  await expect(slides.nth(2)).toContainText('Slide 3: Context');
  await expect(slides.nth(2).locator('.slide-title')).toHaveText('Context');
  await expect(preview.locator('.version-slide .slide')).toHaveCount(4);
  await page.screenshot({ path: testInfo.outputPath('history-preview.png') });
  await expectAccessible(page, 'the history preview');
  // Nothing changed yet.
  await expect(ed.currentRow()).toHaveAccessibleName(/^Slide 3: Context, revised$/);
  await preview.getByRole('button', { name: 'Restore this version' }).click();
  await expect(preview).toBeHidden();
  await expect(ed.currentRow(), 'the restored version has the old title').toHaveAccessibleName(/^Slide 3: Context$/);
  await expect(ed.status()).toContainText('Restored the version saved');
  await ed.focusCanvas();
  await page.keyboard.press('Control+z');
  await expect(ed.currentRow(), 'undo brings back what was there').toHaveAccessibleName(/^Slide 3: Context, revised$/);
  await ed.waitSaved();
  const saved = JSON.parse(await readFile(path.join(host.libraryDir, STORY_DECK_FILE), 'utf8')) as { slides: Record<string, { title: string }> };
  expect(Object.values(saved.slides).map((s) => s.title)).toContain('Context, revised');
});

test('a damaged deck: its card offers the kept versions; one is restored, the damaged file goes to the trash; axe', async ({ page, host }, testInfo) => {
  test.setTimeout(90_000);
  await host.writeLibraryFile(STORY_DECK_FILE, storyDeck());
  await page.reload();
  await page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE }).locator('.deck-card-open').click();
  const ed = new EditorPage(page);
  await ed.selectSlide(3);
  await ed.typeInto(page.getByTestId('slide-title'), 'Context, revised');
  // The first save keeps the deck as it was opened in the history.
  await ed.waitSaved();
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('heading', { name: /^Library/ })).toBeVisible();
  const file = path.join(host.libraryDir, STORY_DECK_FILE);
  const damaged = (await readFile(file, 'utf8')).slice(0, 300);
  await writeFile(file, damaged);
  await page.reload();

  const card = page.getByTestId('deck-card').filter({ hasText: STORY_DECK_FILE });
  await expect(card).toContainText('is incomplete: the file ends part-way through');
  await expectAccessible(page, 'the library with a damaged deck');
  await card.getByRole('button', { name: 'Restore a version…' }).click();
  await expect(page.getByTestId('open-error')).toContainText(`“${STORY_DECK_FILE}” is incomplete`);
  const kept = page.getByRole('region', { name: 'Earlier versions of this deck' });
  await expect(kept.getByRole('listitem')).toHaveCount(1);
  await expect(kept).toContainText(STORY_DECK_TITLE);
  await page.screenshot({ path: testInfo.outputPath('damaged-deck-versions.png') });
  await expectAccessible(page, 'a damaged deck with its kept versions');
  // By keyboard, as a person without a mouse would.
  await kept.getByRole('button', { name: /^Restore the version saved / }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('deck-title-input')).toHaveValue(STORY_DECK_TITLE);
  await expect(page.getByText(/Restored the version saved .+\. The damaged file is in the library’s \.trash folder\./)).toBeVisible();
  expect(DeckSchema.parse(JSON.parse(await readFile(file, 'utf8'))).meta.title).toBe(STORY_DECK_TITLE);
  const trashed = await readdir(path.join(host.libraryDir, '.trash'));
  expect(await Promise.all(trashed.map((n) => readFile(path.join(host.libraryDir, '.trash', n), 'utf8')))).toContain(damaged);
});

test('a damaged deck with no kept versions says so, and offers only the way back', async ({ page, host }) => {
  await host.writeLibraryFile('Stray.briefdeck', '{"format":"briefdeck","schemaVersion":2,"id":"deck_');
  await page.reload();
  const card = page.getByTestId('deck-card').filter({ hasText: 'Stray.briefdeck' });
  await expect(card).toContainText('is incomplete');
  await expect(card.getByRole('button')).toHaveText(['Delete']);
  await page.goto(`${host.url.split('?')[0]}#/edit?deck=${encodeURIComponent('library:Stray.briefdeck')}`);
  await expect(page.getByRole('main')).toContainText('No earlier versions of this deck are kept.');
  await expect(page.getByRole('button', { name: /^Restore/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(card).toBeVisible();
});
