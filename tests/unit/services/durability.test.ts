// Issue 16, problem 5: a save is reported done only once it survives a power cut (the new
// file and then its folder fsynced around the rename), for decks, history snapshots and the
// small JSON files alike. fs/promises is wrapped to record the order of sync and rename.
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { setDeckTitle } from '../../../shared/deck/operations';
import { SNAPSHOT_INTERVAL_MS } from '../../../electron/services/history';
import { RecentDecks } from '../../../electron/services/recent';
import { testLibrary } from './helpers';

const events = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (file, ...rest) => {
    const handle = await fs.open(file, ...rest);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      await sync();
      events.push(`sync ${String(file)}`);
    };
    return handle;
  };
  const rename: typeof fs.rename = async (from, to) => {
    await fs.rename(from, to);
    events.push(`rename ${String(from)} -> ${String(to)}`);
  };
  return { ...fs, default: { ...fs, open, rename }, open, rename };
});

/** Every rename into `target` came after an fsync of the file renamed and before one of the folder. */
function expectDurableRenames(target: string): void {
  const renames = events.map((e, i) => [e, i] as const).filter(([e]) => e.startsWith('rename ') && e.endsWith(` -> ${target}`));
  expect(renames.length, `a rename into ${path.basename(target)}`).toBeGreaterThan(0);
  for (const [e, i] of renames) {
    const tmp = e.slice('rename '.length, e.indexOf(' -> '));
    expect(events.slice(0, i), `${path.basename(tmp)} fsynced before the rename`).toContain(`sync ${tmp}`);
    expect(events.slice(i + 1), 'the folder fsynced after the rename').toContain(`sync ${path.dirname(target)}`);
  }
}

describe('durable saves', () => {
  it('a deck save, its history snapshot and the recent list are fsynced (file, then folder) before success', async () => {
    const { files, dir, clock } = await testLibrary();
    const { opened } = await files.create('Durable', 'blank');
    events.length = 0;
    clock.advance(SNAPSHOT_INTERVAL_MS * 2);
    const deck = structuredClone(opened.deck);
    setDeckTitle(deck, 'Durable 2');
    await files.save(opened.ref, deck, opened.revision);
    expectDurableRenames(path.join(dir, 'Durable.briefdeck'));
    const [version] = await files.history(opened.ref);
    expectDurableRenames(path.join(dir, '.history', opened.deck.id, `${version!.id}.briefdeck`));

    const recent = new RecentDecks(path.join(dir, 'user', 'recent.json'));
    await recent.touch(path.join(dir, 'Durable.briefdeck'));
    expectDurableRenames(path.join(dir, 'user', 'recent.json'));
  });
});
