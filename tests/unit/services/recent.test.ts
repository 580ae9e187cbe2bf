// The recent-decks list: newest first, at most 10, files that are gone are left out of list().
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentDecks } from '../../../electron/services/recent';
import { tempDir, TestClock } from './helpers';

async function decks(dir: string, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = path.join(dir, `d${i}.briefdeck`);
    await writeFile(p, '{}');
    out.push(p);
  }
  return out;
}

describe('recent decks', () => {
  it('lists opened decks newest first, each once, at most 10', async () => {
    const dir = await tempDir();
    const clock = new TestClock();
    const recent = new RecentDecks(path.join(dir, 'user', 'recent.json'), clock.now);
    const paths = await decks(dir, 12);
    for (const p of paths) {
      clock.advance(1000);
      await recent.touch(p);
    }
    await recent.touch(paths[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(paths[5]);
    expect(list[1]).toBe(paths[11]);
    expect(new Set(list).size).toBe(list.length);
    // Persisted: a new instance (next app start) sees the same list.
    expect(await new RecentDecks(path.join(dir, 'user', 'recent.json')).list()).toEqual(list);
  });

  it('leaves out decks that no longer exist, follows renames, forgets deleted decks', async () => {
    const dir = await tempDir();
    const recent = new RecentDecks(path.join(dir, 'recent.json'));
    const [a, b, c] = await decks(dir, 3);
    for (const p of [a!, b!, c!]) await recent.touch(p);
    await rm(b!);
    expect(await recent.list()).toEqual([c, a]);
    // Kept in the file (its drive may come back); File > Open Recent offers to remove it.
    expect(await recent.entries()).toEqual([c, b, a]);
    await recent.forget(b!);
    const moved = path.join(dir, 'renamed.briefdeck');
    await writeFile(moved, '{}');
    await recent.moved(a!, moved);
    expect(await recent.list()).toEqual([c, moved]);
    await recent.forget(c!);
    expect(await recent.list()).toEqual([moved]);
  });

  it('treats a damaged recent file as empty and repairs it on the next change', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'recent.json');
    await writeFile(file, '{"entries": [oops');
    const recent = new RecentDecks(file);
    expect(await recent.list()).toEqual([]);
    const [a] = await decks(dir, 1);
    await recent.touch(a!);
    expect(await recent.list()).toEqual([a]);
    await writeFile(file, JSON.stringify({ entries: [{ path: 42 }] }));
    expect(await recent.list()).toEqual([]);
  });
});
