// Child process for crash.test.ts (bundled by esbuild so it starts in ~0.1 s): saves a deck
// through the project-file service in a loop (each save also writes a history version and
// the history's location index, and old versions are pruned) and renames it now and then,
// until it is killed. Prints "ready" once the loop starts.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProjectFiles } from '../../../electron/services/projectFiles';
import { isDeckFileName } from '../../../electron/services/fileNames';
import { addSlide, insertWidget, updateWidget } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';

const [libraryDir, seed] = process.argv.slice(2);
if (!libraryDir || seed === undefined) throw new Error('usage: crashChild <libraryDir> <seed>');

export const CRASH_TITLES = ['Crash A', 'Crash B'];

async function main(): Promise<void> {
  // Every save is a minute after the last: each one keeps a history version.
  let tick = 0;
  const now = () => new Date(Date.now() + ++tick * 61_000);
  const files = createProjectFiles({ libraryDir: libraryDir!, now, log: { info() {}, warn() {}, error() {} }, sampleDir: path.join(libraryDir!, 'none') });
  const name = (await readdir(libraryDir!)).filter(isDeckFileName)[0]!;
  let opened = await files.open(`library:${name}`);
  process.stdout.write('ready\n');
  for (let n = Number(seed); ; n++) {
    if (n % 4 === 3) {
      const title = opened.deck.meta.title === CRASH_TITLES[0] ? CRASH_TITLES[1]! : CRASH_TITLES[0]!;
      const { summary } = await files.rename(opened.ref, title);
      opened = await files.open(summary.ref);
    } else {
      const deck: Deck = structuredClone(opened.deck);
      const s = addSlide(deck, 'twoColumns', 1, `Save ${n}`);
      const w = insertWidget(deck, s, 'left', 'text')!;
      updateWidget(deck, w, (x) => {
        if (x.kind === 'text') x.props.bullets = Array.from({ length: 12 }, (_, j) => `Point ${n}.${j} `.repeat(12));
      });
      // Keep the deck at about 30 slides (~100 KB): a save is a few milliseconds of writing.
      if (deck.slideOrder.length > 30) deck.slideOrder.pop();
      for (const id of Object.keys(deck.slides)) if (!deck.slideOrder.includes(id)) delete deck.slides[id];
      const used = new Set(Object.values(deck.slides).flatMap((sl) => Object.values(sl.slots)));
      for (const id of Object.keys(deck.widgets)) if (!used.has(id)) delete deck.widgets[id];
      const saved = await files.save(opened.ref, deck, opened.revision);
      opened = { ...opened, deck, revision: saved.revision };
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
