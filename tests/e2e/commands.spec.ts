// The user-story suite (issue 11 item 8): every command declared in shared/commands is run the
// way a person runs it (toolbar, keys, palette; for a desktop-only command, what the browser
// host offers instead) on the real app, and what it visibly does is checked, each document
// change undone. The declared table drives it: a command without a story fails the suite by
// name, and so does a command that throws, does nothing or has no handler. One browser page and
// one deck for all stories; each story leaves the deck as it found it (checked after each).
import { COMMANDS, findCommand } from '../../shared/commands/commands';
import { addSlide, createDeck } from '../../shared/deck/operations';
import { own } from '../../shared/ids';
import { expect, test } from './fixtures';
import { STORIES, STORY_DECK_FILE, STORY_DECK_TITLE, STORY_SLIDES, storyDeck, type StoryWorld } from './stories';
import { EditorPage } from './support/editorPage';

test('every declared command does what it says, through the entry a person uses', async ({ page, host, context }, testInfo) => {
  test.setTimeout(240_000);
  const missing = COMMANDS.filter((c) => !own(STORIES, c.id)).map((c) => `no story for command ${c.id} (“${c.title}”)`);
  const stale = Object.keys(STORIES).filter((id) => !findCommand(id)).map((id) => `a story for ${id}, which is not a declared command`);
  if (missing.length + stale.length > 0) throw new Error(`${[...missing, ...stale].join('\n')}\nStories live in tests/e2e/stories.`);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });

  await host.writeLibraryFile(STORY_DECK_FILE, storyDeck());
  const other = createDeck('Indo-Pacific trade', 'Policy Unit');
  addSlide(other, 'titleBody', 1, 'Flows');
  await host.writeLibraryFile('Indo-Pacific trade.briefdeck', other);
  await page.reload();
  const ed = new EditorPage(page);
  await page.getByTestId('deck-card').filter({ hasText: STORY_DECK_TITLE }).locator('.deck-card-open').click();
  await expect(page.getByTestId('deck-title-input')).toHaveValue(STORY_DECK_TITLE);
  const world: StoryWorld = {
    page,
    ed,
    host,
    testInfo,
    snap: async (name) => void (process.env.BRIEFDECK_STORY_SHOTS ? await page.screenshot({ path: testInfo.outputPath(`story-${name}.png`) }) : undefined),
  };

  for (const command of COMMANDS) {
    const story = STORIES[command.id]!;
    await test.step(`${command.id} via ${story.via}`, async () => {
      errors.length = 0;
      try {
        await story.run(world);
      } catch (e) {
        // A command that throws usually shows first as an effect that never came: say both.
        expect.soft(errors, `${command.id} (“${command.title}”) raised errors`).toEqual([]);
        // The failure names the command first, whatever the story's own words.
        if (e instanceof Error) e.message = `${command.id} (“${command.title}”) via ${story.via}: ${e.message}`;
        throw e;
      }
      expect(errors, `${command.id} (“${command.title}”) raised errors`).toEqual([]);
      // What every story starts from: the story deck in the editor, as it was, nothing open.
      await expect(page.getByTestId('deck-title-input'), `${command.id} left the story deck`).toHaveValue(STORY_DECK_TITLE);
      await expect(page.locator('dialog[open]'), `${command.id} left a dialog open`).toHaveCount(0);
      await ed.expectSlideTitles([...STORY_SLIDES], `${command.id} left the deck’s slides changed (is its change undoable?)`);
    });
  }
});
