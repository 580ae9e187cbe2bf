// Child process for crash.test.ts: saves a large deck through the project-file service in
// a loop, alternating two versions, until it is killed. Prints "saved <n>" after each save.
import { createProjectFiles } from '../../../electron/services/projectFiles';
import { addSlide, createDeck, insertWidget, updateWidget } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';

const [libraryDir, ref] = process.argv.slice(2);
if (!libraryDir || !ref) throw new Error('usage: crashChild <libraryDir> <ref>');

function bigDeck(base: Deck, variant: string): Deck {
  const deck = structuredClone(base);
  deck.meta.title = `Crash ${variant}`;
  return deck;
}

async function main(): Promise<void> {
  const files = createProjectFiles({ libraryDir: libraryDir!, log: { info() {}, warn() {}, error() {} } });
  const opened = await files.open(ref!);
  const base = createDeck('Crash', 'x');
  for (let i = 0; i < 60; i++) {
    const s = addSlide(base, 'twoColumns', i + 1, `Slide ${i}`);
    const w = insertWidget(base, s, 'left', 'text')!;
    updateWidget(base, w, (x) => {
      if (x.kind === 'text') x.props.bullets = Array.from({ length: 20 }, (_, j) => `Point ${j} `.repeat(40).slice(0, 1900));
    });
    base.slides[s]!.notes = 'Speaker notes. '.repeat(200);
  }
  // A large embedded image makes the write itself a big part of each loop, so kills often
  // land while the temp file is being written.
  base.assets.img = { id: 'img', name: 'photo.png', mime: 'image/png', data: 'QUJD'.repeat(2_500_000), source: null };
  base.id = opened.deck.id;
  let revision = opened.revision;
  for (let n = 0; ; n++) {
    const saved = await files.save(ref!, bigDeck(base, n % 2 === 0 ? 'A' : 'B'), revision);
    revision = saved.revision;
    process.stdout.write(`saved ${n}\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
