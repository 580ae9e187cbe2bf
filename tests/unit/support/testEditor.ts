// createTestEditor (STYLE.md "Tests"): a real Editor over an in-memory host, holding `deck` as if
// opened from its file, with its first slide shown. Tests drive it as the app does (apply, undo,
// selection, saving) and read the result, without a page.
import * as ops from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { createEditor, type Editor } from '../../../renderer/store/editor';
import { createMemoryHost, type MemoryHost } from './memoryHost';

export interface TestEditor extends Editor {
  readonly host: MemoryHost;
  /** The deck's ref in the in-memory host. */
  readonly ref: string;
  /** The deck now; throws if none is open. */
  readonly current: Deck;
}

export const TEST_DECK_REF = 'library:Test deck.briefdeck';

/** A one-slide deck titled "Test deck" unless `deck` is given. */
export function createTestEditor(deck: Deck = ops.createDeck('Test deck'), host: MemoryHost = createMemoryHost()): TestEditor {
  const revision = host.write(TEST_DECK_REF, deck);
  const editor = createEditor(host);
  editor.open({ ref: TEST_DECK_REF, fileName: 'Test deck.briefdeck', deck: structuredClone(deck), revision });
  return Object.defineProperties(editor, {
    ref: { value: TEST_DECK_REF },
    current: {
      get(): Deck {
        const d = editor.deck;
        if (!d) throw new Error('no deck is open in this test editor');
        return d;
      },
    },
  }) as TestEditor;
}
