// What a user story is: how a person reaches one declared command (`via`) and what they then
// see (`run` drives the real app and asserts the visible effect, and undoes any change it made).
// commands.spec.ts runs one story per command in shared/commands, in declaration order.
import type { Page, TestInfo } from '@playwright/test';
import type { TestHost } from '../fixtures';
import type { EditorPage } from '../support/editorPage';

/** What every story starts from and must leave behind: the story deck open in the editor,
 * its slides as STORY_SLIDES lists them, no dialog open. */
export interface StoryWorld {
  page: Page;
  ed: EditorPage;
  host: TestHost;
  testInfo: TestInfo;
  /** A screenshot of what the story shows now, kept with the test's output when
   * BRIEFDECK_STORY_SHOTS is set (for looking at each story's effect; off by default). */
  snap(name: string): Promise<void>;
}

export interface Story {
  /** The entry a person uses: 'toolbar: Duplicate', 'keys: Ctrl+D', 'palette: …'. */
  via: string;
  run(world: StoryWorld): Promise<void>;
}

export type Stories = Record<string, Story>;

export const STORY_DECK_TITLE = 'Pacific partners';
export const STORY_DECK_FILE = 'Pacific partners.briefdeck';

/** The story deck's slides, in order; every story leaves them so. */
export const STORY_SLIDES = ['Pacific partners', 'The partnership in numbers', 'Context', 'Next steps'] as const;
