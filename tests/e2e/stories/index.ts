// Every user story, keyed by command id. commands.spec.ts demands one for each declared command.
import { editStories } from './editStories';
import { fileStories } from './fileStories';
import { slideStories } from './slideStories';
import type { Stories } from './story';
import { viewStories } from './viewStories';

export const STORIES: Stories = { ...fileStories, ...editStories, ...slideStories, ...viewStories };
export { storyDeck } from './storyDeck';
export * from './story';
