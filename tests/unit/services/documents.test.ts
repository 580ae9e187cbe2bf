// Opening and saving one deck: revisions, conflicts, fixtures of every schema version,
// decks outside the library.
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeckText, serializeDeck } from '../../../shared/deck/codec';
import { CURRENT_SCHEMA_VERSION, DeckSchema } from '../../../shared/deck/schema';
import { setDeckTitle } from '../../../shared/deck/operations';
import { revisionOf } from '../../../electron/services/revision';
import { BriefdeckError } from '../../../shared/result';
import { bytes, sampleDeck, tempDir, testLibrary } from './helpers';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

describe('schema version fixtures', () => {
  for (const version of ['v0', 'v1', 'v2']) {
    it(`every ${version} fixture opens as a valid current deck`, async () => {
      const names = (await readdir(path.join(FIXTURES, version))).filter((n) => n.endsWith('.briefdeck'));
      expect(names.length).toBeGreaterThan(0);
      const { files, dir } = await testLibrary();
      for (const name of names) {
        await copyFile(path.join(FIXTURES, version, name), path.join(dir, name));
        const opened = await files.open(`library:${name}`);
        expect(DeckSchema.safeParse(opened.deck).success).toBe(true);
        expect(opened.deck.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
        expect(opened.revision).toBe(revisionOf(await readFile(path.join(dir, name), 'utf8')));
      }
    });
  }

  it('the v0 prototype keeps its slides, widgets, notes and title when migrated', async () => {
    const text = await readFile(path.join(FIXTURES, 'v0/prototype-briefing.briefdeck'), 'utf8');
    const deck = parseDeckText(text, 'prototype-briefing.briefdeck');
    expect(deck.meta.title).toBe('Pacific partners (prototype)');
    expect(deck.slideOrder).toHaveLength(3);
    const [first, second, third] = deck.slideOrder.map((id) => deck.slides[id]!);
    expect(first!.notes).toMatch(/Opening/);
    expect(second!.slots.right).toBeNull();
    expect(deck.widgets[second!.slots.left!]!.kind).toBe('quote');
    expect(third!.hidden).toBe(true);
  });

  it('opening an old version does not rewrite the file; the first save writes the current format', async () => {
    const { files, dir } = await testLibrary();
    const file = path.join(dir, 'Old.briefdeck');
    await copyFile(path.join(FIXTURES, 'v0/prototype-briefing.briefdeck'), file);
    const before = await bytes(file);
    const opened = await files.open('library:Old.briefdeck');
    expect((await bytes(file)).equals(before)).toBe(true);
    await files.save(opened.ref, opened.deck, opened.revision);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });
});

describe('saving', () => {
  it('returns the sha-256 of the bytes written, and reopening gives the same deck and revision', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Trade', 'blank');
    const deck = sampleDeck('Trade');
    const saved = await files.save(opened.ref, deck, opened.revision);
    const onDisk = await readFile(path.join(dir, 'Trade.briefdeck'));
    expect(saved.revision).toBe(revisionOf(onDisk.toString('utf8')));
    const again = await files.open(opened.ref);
    expect(again.revision).toBe(saved.revision);
    expect(again.deck).toEqual(DeckSchema.parse(deck));
  });

  it('refuses with "conflict" when the file changed on disk since it was opened, and leaves it alone', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Shared', 'blank');
    const file = path.join(dir, 'Shared.briefdeck');
    // Someone else edits the file.
    const theirs = structuredClone(opened.deck);
    setDeckTitle(theirs, 'Their title');
    await writeFile(file, serializeDeck(theirs));
    const before = await bytes(file);

    const mine = structuredClone(opened.deck);
    setDeckTitle(mine, 'My title');
    const err = await files.save(opened.ref, mine, opened.revision).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BriefdeckError);
    expect((err as BriefdeckError).code).toBe('conflict');
    expect((err as BriefdeckError).message).toMatch(/“Shared\.briefdeck” was changed on disk.*Reload.*copy/);
    expect((await bytes(file)).equals(before)).toBe(true);

    // A save based on the current revision works; force overwrites.
    const forced = await files.save(opened.ref, mine, opened.revision, { force: true });
    expect((await files.open(opened.ref)).deck.meta.title).toBe('My title');
    expect(forced.revision).not.toBe(revisionOf(before.toString('utf8')));
  });

  it('refuses with "conflict" when the file was deleted since it was opened; force puts it back', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Gone', 'blank');
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'Gone.briefdeck'));
    await expect(files.save(opened.ref, opened.deck, opened.revision)).rejects.toMatchObject({ code: 'conflict' });
    await files.save(opened.ref, opened.deck, opened.revision, { force: true });
    expect((await files.open(opened.ref)).deck.id).toBe(opened.deck.id);
  });

  it('an identical autosave writes nothing and keeps the revision', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Same', 'blank');
    const file = path.join(dir, 'Same.briefdeck');
    const { stat } = await import('node:fs/promises');
    const before = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const saved = await files.save(opened.ref, opened.deck, opened.revision);
    expect(saved.revision).toBe(opened.revision);
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('concurrent saves of one deck are serialized: the second one sees the first and conflicts', async () => {
    const { files } = await testLibrary();
    const { opened } = await files.create('Race', 'blank');
    const a = sampleDeck('A');
    const b = sampleDeck('B');
    const results = await Promise.allSettled([files.save(opened.ref, a, opened.revision), files.save(opened.ref, b, opened.revision)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await files.open(opened.ref)).deck.meta.title).toBe('A');
  });

  it('leaves no temp files in the library after saving', async () => {
    const { files, dir } = await testLibrary();
    const { opened } = await files.create('Tidy', 'blank');
    await files.save(opened.ref, sampleDeck('Tidy'), opened.revision);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('decks outside the library', () => {
  it('are named by granted ext: tokens, never by paths', async () => {
    const { files } = await testLibrary();
    const outside = await tempDir();
    const file = path.join(outside, 'Elsewhere.briefdeck');
    await writeFile(file, serializeDeck(sampleDeck('Elsewhere')));
    const ref = files.grantExternalPath(file);
    expect(ref).toMatch(/^ext:[a-z0-9]{24}$/);
    expect(files.grantExternalPath(file)).toBe(ref);
    const opened = await files.open(ref);
    expect(opened.fileName).toBe('Elsewhere.briefdeck');
    expect(opened.absPath).toBe(file); // main-side only; the handler strips it (tests/unit/api)
    const saved = await files.save(ref, sampleDeck('Edited'), opened.revision);
    expect(saved.revision).toBe(revisionOf(await readFile(file, 'utf8')));
    await expect(files.open('ext:0123456789abcdef')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('Save As writes a new document (new id) and appends the extension', async () => {
    const { files } = await testLibrary();
    const outside = await tempDir();
    const deck = sampleDeck('Copy me');
    const opened = await files.saveAs(path.join(outside, 'Chosen name'), deck);
    expect(opened.fileName).toBe('Chosen name.briefdeck');
    expect(opened.ref).toMatch(/^ext:/);
    expect(opened.deck.id).not.toBe(deck.id);
    expect((await files.open(opened.ref)).deck.meta.title).toBe('Copy me');
  });

  it('refuses references that try to leave the library', async () => {
    const { files } = await testLibrary();
    for (const bad of ['library:../../etc/passwd', '/etc/passwd', 'library:..\\x.briefdeck', 'library:.hidden.briefdeck', 'library:a.json', 'ext:../../x']) {
      expect(() => files.resolve(bad)).toThrow(BriefdeckError);
    }
  });
});
