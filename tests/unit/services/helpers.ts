// Real temp folders for the project-file tests, and a small clock the tests can move.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { addSlide, createDeck, insertWidget } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { createProjectFiles, type ProjectFiles, type ProjectFilesOptions } from '../../../electron/services/projectFiles';
import type { Logger } from '../../../electron/services/context';

const dirs: string[] = [];

afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

export async function tempDir(prefix = 'briefdeck-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export class TestClock {
  constructor(public t = Date.parse('2026-11-28T10:00:00.000Z')) {}
  now = (): Date => new Date(this.t);
  advance(ms: number): void {
    this.t += ms;
  }
}

export const quietLog: Logger & { messages: string[] } = {
  messages: [],
  info(m) {
    this.messages.push(m);
  },
  warn(m) {
    this.messages.push(m);
  },
  error(m) {
    this.messages.push(m);
  },
};

export async function testLibrary(opts: Partial<ProjectFilesOptions> = {}): Promise<{ files: ProjectFiles; dir: string; clock: TestClock }> {
  const dir = await tempDir();
  const clock = new TestClock();
  const files = createProjectFiles({ libraryDir: dir, now: clock.now, log: quietLog, sampleDir: path.join(dir, 'no-sample'), ...opts });
  return { files, dir, clock };
}

/** A deck with a few slides and widgets, so it exercises more than the empty case. */
export function sampleDeck(title = 'Pacific briefing', slides = 3): Deck {
  const deck = createDeck(title, 'Tester');
  for (let i = 1; i < slides; i++) {
    const id = addSlide(deck, 'twoColumns', i, `Slide ${i + 1}`);
    insertWidget(deck, id, 'left', 'text');
    insertWidget(deck, id, 'right', 'quote');
  }
  return deck;
}

export function bytes(file: string): Promise<Buffer> {
  return readFile(file);
}
