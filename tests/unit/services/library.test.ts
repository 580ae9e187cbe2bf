// The library folder: list, create, duplicate, rename, delete (to the trash).
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../shared/deck/codec';
import { DeckSchema } from '../../../shared/deck/schema';
import { sampleDeck, tempDir, testLibrary } from './helpers';

describe('library', () => {
  it('creates its folder and lists decks newest first with title, slide count, time and size', async () => {
    const { files, dir } = await testLibrary({});
    const lib = path.join(dir, 'nested', 'Briefdeck');
    const { createProjectFiles } = await import('../../../electron/services/projectFiles');
    const f2 = createProjectFiles({ libraryDir: lib });
    expect(await f2.list()).toEqual([]);
    expect((await stat(lib)).isDirectory()).toBe(true);
    await writeFile(path.join(dir, 'Older.briefdeck'), serializeDeck(sampleDeck('Older', 2)));
    await writeFile(path.join(dir, 'Newer.briefdeck'), serializeDeck(sampleDeck('Newer', 5)));
    await writeFile(path.join(dir, 'notes.txt'), 'not a deck');
    await writeFile(path.join(dir, '.Hidden.briefdeck.tmp'), '{');
    await utimes(path.join(dir, 'Older.briefdeck'), new Date('2026-01-01'), new Date('2026-01-01'));
    const list = await files.list();
    expect(list.map((d) => [d.title, d.slideCount, d.ref])).toEqual([
      ['Newer', 5, 'library:Newer.briefdeck'],
      ['Older', 2, 'library:Older.briefdeck'],
    ]);
    expect(list[1]!.modifiedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(list[0]!.sizeBytes).toBeGreaterThan(100);
    expect(list.every((d) => d.problem === null)).toBe(true);
  });

  it('notices a changed file in the list (the summary cache is keyed by mtime and size)', async () => {
    const { files, dir } = await testLibrary();
    const file = path.join(dir, 'A.briefdeck');
    await writeFile(file, serializeDeck(sampleDeck('First', 1)));
    expect((await files.list())[0]!.title).toBe('First');
    await writeFile(file, serializeDeck(sampleDeck('Second title', 4)));
    await utimes(file, new Date(), new Date(Date.now() + 5000));
    expect((await files.list())[0]!.title).toBe('Second title');
  });

  it('creates blank decks under unique safe names', async () => {
    const { files, dir } = await testLibrary();
    const a = await files.create('Q3: Taiwan / Strait?', 'blank');
    const b = await files.create('Q3: Taiwan / Strait?', 'blank');
    expect(a.opened.fileName).toBe('Q3 Taiwan Strait.briefdeck');
    expect(b.opened.fileName).toBe('Q3 Taiwan Strait 2.briefdeck');
    expect(a.opened.deck.meta.title).toBe('Q3: Taiwan / Strait?');
    expect(a.notice).toBeNull();
    expect(DeckSchema.safeParse(JSON.parse(await readFile(path.join(dir, a.opened.fileName), 'utf8'))).success).toBe(true);
    const parallel = await Promise.all([1, 2, 3].map(() => files.create('Same', 'blank')));
    expect(new Set(parallel.map((p) => p.opened.fileName)).size).toBe(3);
  });

  it('creates from the sample deck when it is installed, else a blank deck with a notice', async () => {
    const sampleDir = await tempDir();
    const { files } = await testLibrary({ sampleDir });
    const blank = await files.create('From sample', 'sample');
    expect(blank.notice).toMatch(/sample deck is not installed.*blank deck/);
    expect(blank.opened.deck.slideOrder).toHaveLength(1);
    const sample = sampleDeck('The sample', 6);
    await writeFile(path.join(sampleDir, 'sample.briefdeck'), serializeDeck(sample));
    const fromSample = await files.create('My briefing', 'sample');
    expect(fromSample.notice).toBeNull();
    expect(fromSample.opened.deck.slideOrder).toEqual(sample.slideOrder);
    expect(fromSample.opened.deck.meta.title).toBe('My briefing');
    expect(fromSample.opened.deck.id).not.toBe(sample.id);
  });

  it('duplicates as "Title (copy)" with a new deck id', async () => {
    const { files } = await testLibrary();
    const { opened } = await files.create('Budget', 'blank');
    const copy = await files.duplicate(opened.ref);
    expect(copy.title).toBe('Budget (copy)');
    expect(copy.ref).toBe('library:Budget (copy).briefdeck');
    const copy2 = await files.duplicate(opened.ref);
    expect(copy2.ref).toBe('library:Budget (copy) 2.briefdeck');
    expect((await files.open(copy.ref)).deck.id).not.toBe(opened.deck.id);
    expect((await files.list()).length).toBe(3);
  });

  it('renames both the title inside and the file name, keeping the old content in history', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Old name', 'blank');
    await files.create('Taken', 'blank');
    const { summary, from, to } = await files.rename(opened.ref, 'Taken');
    expect(summary.ref).toBe('library:Taken 2.briefdeck');
    expect(summary.title).toBe('Taken');
    expect(from).toBe(path.join(dir, 'Old name.briefdeck'));
    expect(to).toBe(path.join(dir, 'Taken 2.briefdeck'));
    expect((await files.open(summary.ref)).deck.meta.title).toBe('Taken');
    expect((await readdir(dir)).filter((n) => n.endsWith('.briefdeck')).sort()).toEqual(['Taken 2.briefdeck', 'Taken.briefdeck']);
    expect((await files.history(summary.ref)).map((h) => h.title)).toEqual(['Old name']);
    // Renaming to the same title changes nothing; a case change keeps the file.
    expect((await files.rename(summary.ref, 'Taken')).summary.ref).toBe(summary.ref);
    const lower = await files.rename('library:Taken.briefdeck', 'taken');
    expect(lower.summary.ref).toBe('library:taken.briefdeck');
  });

  it('renames a deck outside the library in its own folder; its reference follows it', async () => {
    const { files } = await testLibrary();
    const outside = await tempDir();
    const file = path.join(outside, 'Away.briefdeck');
    await writeFile(file, serializeDeck(sampleDeck('Away')));
    const ref = files.grantExternalPath(file);
    const { summary, to } = await files.rename(ref, 'Far away');
    expect(summary.ref).toBe(ref);
    expect(to).toBe(path.join(outside, 'Far away.briefdeck'));
    expect((await files.open(ref)).deck.meta.title).toBe('Far away');
  });

  it('deletes into <library>/.trash by default, and through an injected trash otherwise', async () => {
    const { files, dir, clock } = await testLibrary();
    const { opened } = await files.create('Bin me', 'blank');
    const { trashedTo } = await files.remove(opened.ref);
    expect(trashedTo).toBe(path.join(dir, '.trash', `${clock.now().toISOString().replace(/[-:.]/g, '')}-Bin me.briefdeck`));
    expect(JSON.parse(await readFile(trashedTo, 'utf8')).meta.title).toBe('Bin me');
    expect(await files.list()).toEqual([]);
    await expect(files.remove(opened.ref)).rejects.toMatchObject({ code: 'not_found' });

    const trashed: string[] = [];
    const { files: f2, dir: d2 } = await testLibrary({ trash: async (p) => void trashed.push(p) });
    const c = await f2.create('OS trash', 'blank');
    expect((await f2.remove(c.opened.ref)).trashedTo).toBe('the system trash');
    expect(trashed).toEqual([path.join(d2, 'OS trash.briefdeck')]);
  });

  it('does not delete a folder that looks like a deck', async () => {
    const { files, dir } = await testLibrary();
    await mkdir(path.join(dir, 'Folder.briefdeck'));
    await expect(files.remove('library:Folder.briefdeck')).rejects.toMatchObject({ code: 'io_error' });
  });
});
