// Previous versions: one snapshot per minute while editing, always one before a restore,
// never more than 20, and restore brings a version back.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, historyDirFor, SNAPSHOT_INTERVAL_MS } from '../../../electron/services/history';
import { setDeckTitle } from '../../../shared/deck/operations';
import type { Deck } from '../../../shared/deck/schema';
import { testLibrary } from './helpers';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/deck/constants';

function titled(deck: Deck, title: string): Deck {
  const d = structuredClone(deck);
  setDeckTitle(d, title);
  return d;
}

describe('deck history', () => {
  it('keeps the previous content before a changing save, at most once a minute', async () => {
    const { files, clock } = await testLibrary();
    const { opened } = await files.create('Draft', 'blank');
    let rev = opened.revision;
    for (let i = 1; i <= 5; i++) {
      clock.advance(1000); // autosave every second
      rev = (await files.save(opened.ref, titled(opened.deck, `Draft ${i}`), rev)).revision;
    }
    let history = await files.history(opened.ref);
    expect(history.map((h) => h.title)).toEqual(['Draft']); // the content before the first save
    clock.advance(SNAPSHOT_INTERVAL_MS);
    await files.save(opened.ref, titled(opened.deck, 'Draft 6'), rev);
    history = await files.history(opened.ref);
    expect(history.map((h) => h.title)).toEqual(['Draft 5', 'Draft']);
    expect(history[0]!.slideCount).toBe(1);
    expect(Date.parse(history[0]!.savedAt)).toBe(clock.t);
  });

  it('does not snapshot identical saves', async () => {
    const { files, clock } = await testLibrary();
    const { opened } = await files.create('Same', 'blank');
    for (let i = 0; i < 3; i++) {
      clock.advance(SNAPSHOT_INTERVAL_MS * 2);
      await files.save(opened.ref, opened.deck, opened.revision);
    }
    expect(await files.history(opened.ref)).toEqual([]);
  });

  it(`keeps only the newest ${HISTORY_LIMIT} versions`, async () => {
    const { files, clock, dir } = await testLibrary();
    const { opened } = await files.create('Many', 'blank');
    let rev = opened.revision;
    for (let i = 1; i <= 30; i++) {
      clock.advance(SNAPSHOT_INTERVAL_MS);
      rev = (await files.save(opened.ref, titled(opened.deck, `Version ${i}`), rev)).revision;
    }
    const history = await files.history(opened.ref);
    expect(history).toHaveLength(HISTORY_LIMIT);
    // The newest snapshot holds what was on disk before save 30, i.e. version 29.
    expect(history[0]!.title).toBe('Version 29');
    expect(history.at(-1)!.title).toBe('Version 10');
    expect((await readdir(historyDirFor(dir, opened.deck.id))).length).toBe(HISTORY_LIMIT);
    const times = history.map((h) => Date.parse(h.savedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('restore makes a version current, after keeping the current one (even within the minute)', async () => {
    const { files, clock } = await testLibrary();
    const { opened } = await files.create('Restore me', 'blank');
    clock.advance(1000);
    const s1 = await files.save(opened.ref, titled(opened.deck, 'Second'), opened.revision);
    clock.advance(1000);
    await files.save(opened.ref, titled(opened.deck, 'Third'), s1.revision);
    const [original] = await files.history(opened.ref);
    expect(original!.title).toBe('Restore me');

    clock.advance(1000);
    const restored = await files.restore(opened.ref, original!.id);
    expect(restored.deck.meta.title).toBe('Restore me');
    expect(restored.deck.id).toBe(opened.deck.id);
    const reopened = await files.open(opened.ref);
    expect(reopened.deck.meta.title).toBe('Restore me');
    expect(reopened.revision).toBe(restored.revision);
    // "Third" was kept, so the restore can be undone.
    const after = await files.history(opened.ref);
    expect(after.map((h) => h.title)).toEqual(['Third', 'Restore me']);
    const undo = await files.restore(opened.ref, after[0]!.id);
    expect(undo.deck.meta.title).toBe('Third');
  });

  it('refuses unknown or malformed version ids', async () => {
    const { files } = await testLibrary();
    const { opened } = await files.create('X', 'blank');
    await expect(files.restore(opened.ref, '20990101T000000000Z')).rejects.toMatchObject({ code: 'not_found' });
    await expect(files.restore(opened.ref, '../../X')).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('uses a safe folder name for deck ids that are not plain', () => {
    const dir = historyDirFor('/lib', '../../etc');
    expect(path.dirname(dir)).toBe(path.join('/lib', '.history'));
    expect(path.basename(dir)).toMatch(/^h_[0-9a-f]{32}$/);
  });

  it('history files are valid decks', async () => {
    const { files, clock, dir } = await testLibrary();
    const { opened } = await files.create('Valid', 'blank');
    clock.advance(1000);
    await files.save(opened.ref, titled(opened.deck, 'Valid 2'), opened.revision);
    const hdir = historyDirFor(dir, opened.deck.id);
    const [name] = await readdir(hdir);
    expect(JSON.parse(await readFile(path.join(hdir, name!), 'utf8')).meta.title).toBe('Valid');
  });

  it('a damaged deck can still be restored from its history; the damaged file goes to the trash', async () => {
    const { files, clock, dir } = await testLibrary();
    const { opened } = await files.create('Fragile', 'blank');
    clock.advance(1000);
    await files.save(opened.ref, titled(opened.deck, 'Fragile 2'), opened.revision);
    const file = path.join(dir, 'Fragile.briefdeck');
    const damaged = (await readFile(file, 'utf8')).slice(0, 200);
    await writeFile(file, damaged);
    await expect(files.open(opened.ref)).rejects.toMatchObject({ code: 'truncated' });
    // The library says a kept version can replace it (the home screen offers "Restore a version…").
    expect((await files.list()).map((d) => [d.fileName, d.restorable])).toEqual([['Fragile.briefdeck', true]]);

    const history = await files.history(opened.ref);
    expect(history.map((h) => h.title)).toEqual(['Fragile']);
    const restored = await files.restore(opened.ref, history[0]!.id);
    expect(restored.deck.meta.title).toBe('Fragile');
    expect((await files.open(opened.ref)).deck.id).toBe(opened.deck.id);
    const [trashed] = await readdir(path.join(dir, '.trash'));
    expect(await readFile(path.join(dir, '.trash', trashed!), 'utf8')).toBe(damaged);
  });

  it('a damaged file with no kept versions is not offered for restore; a readable deck never is', async () => {
    const { files, dir } = await testLibrary();
    await files.create('Whole', 'blank');
    await writeFile(path.join(dir, 'Stray.briefdeck'), '{"format":"briefdeck","schemaVe');
    const list = await files.list();
    expect(list.map((d) => [d.fileName, d.problem !== null, d.restorable]).sort()).toEqual([
      ['Stray.briefdeck', true, false],
      ['Whole.briefdeck', false, false],
    ]);
  });

  it('a file from a newer version is neither listed for restore nor restored over', async () => {
    const { files, clock, dir } = await testLibrary();
    const { opened } = await files.create('Future', 'blank');
    clock.advance(1000);
    await files.save(opened.ref, titled(opened.deck, 'Future 2'), opened.revision);
    const file = path.join(dir, 'Future.briefdeck');
    const newer = (await readFile(file, 'utf8')).replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`);
    await writeFile(file, newer);
    await expect(files.history(opened.ref)).rejects.toMatchObject({ code: 'newer_version' });
    expect((await files.list()).map((d) => d.restorable)).toEqual([false]);
    await expect(files.restore(opened.ref, '20261128T100000000Z')).rejects.toMatchObject({ code: 'newer_version' });
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
