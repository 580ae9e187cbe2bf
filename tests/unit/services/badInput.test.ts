// Every kind of bad deck file: a clear message naming the file, and the file untouched,
// whether it is opened, listed, saved over (even with force) or restored.
import { createHash } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DECK_BYTES, serializeDeck } from '../../../shared/deck/codec';
import { BriefdeckError, type ErrorCode } from '../../../shared/result';
import { bytes, sampleDeck, testLibrary } from './helpers';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/deck/constants';
import { defaultWidget } from '../../../shared/widgets';

async function codeOf(p: Promise<unknown>): Promise<{ code: ErrorCode; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BriefdeckError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a BriefdeckError');
}

const good = serializeDeck(sampleDeck('Good deck'));
const newer = good.replace(`"schemaVersion": ${CURRENT_SCHEMA_VERSION}`, '"schemaVersion": 7');
const invalid = (() => {
  const d = JSON.parse(good);
  d.slides[d.slideOrder[1]].title = 42;
  return JSON.stringify(d, null, 2);
})();

// A slide keyed "__proto__" (an own key after JSON.parse; issue 16), and one named "constructor".
const protoSlide = (name: string) => {
  const d = JSON.parse(good);
  const old = d.slideOrder[1];
  const slides: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.slides)) Object.defineProperty(slides, k === old ? name : k, { value: k === old ? { ...(v as object), id: name } : v, enumerable: true });
  d.slides = slides;
  d.slideOrder[1] = name;
  return JSON.stringify(d, null, 2);
};

const cases: { name: string; content: string; code: ErrorCode; mentions: RegExp }[] = [
  { name: 'not JSON', content: 'PK\u0003\u0004 this is a zip, not a deck', code: 'not_json', mentions: /not readable JSON/ },
  { name: 'truncated', content: good.slice(0, Math.floor(good.length / 2)), code: 'truncated', mentions: /incomplete/ },
  { name: 'empty', content: '', code: 'truncated', mentions: /is empty: the file has nothing in it/ },
  { name: 'blank lines only', content: '\n\n  \n', code: 'truncated', mentions: /is empty/ },
  { name: 'binary with stray braces', content: '\u0000\u0001garbage{{{', code: 'not_json', mentions: /not readable JSON/ },
  { name: 'foreign JSON', content: JSON.stringify({ name: 'my-package', version: '1.0.0' }), code: 'foreign_format', mentions: /not a Briefdeck deck/ },
  { name: 'a JSON array', content: '[1,2,3]', code: 'foreign_format', mentions: /not a Briefdeck deck/ },
  { name: 'schema violation', content: invalid, code: 'invalid_deck', mentions: /slides\.slide_\w+\.title/ },
  { name: 'a slide keyed "__proto__"', content: protoSlide('__proto__'), code: 'invalid_deck', mentions: /slides\.__proto__: "?.*reserved name/ },
  { name: 'a slide named "constructor"', content: protoSlide('constructor'), code: 'invalid_deck', mentions: /slides\.constructor: "constructor" is a reserved name/ },
  { name: 'newer schemaVersion', content: newer, code: 'newer_version', mentions: /newer version of Briefdeck/ },
];

describe('bad deck files', () => {
  for (const c of cases) {
    it(`${c.name}: open refuses with a message naming the file, and nothing is written`, async () => {
      const { files, dir } = await testLibrary();
      const file = path.join(dir, 'Bad one.briefdeck');
      await writeFile(file, c.content);
      const before = await bytes(file);

      const err = await codeOf(files.open('library:Bad one.briefdeck'));
      expect(err.code).toBe(c.code);
      expect(err.message).toContain('“Bad one.briefdeck”');
      expect(err.message).toMatch(c.mentions);
      expect(err.message).toMatch(/not changed/);

      // Listed with its problem, not hidden and not crashing the list.
      const list = await files.list();
      expect(list).toHaveLength(1);
      expect(list[0]!.problem).toBe(err.message);

      // Saving over it is refused even when forced; so is Save As onto a newer version's file.
      const save = await codeOf(files.save('library:Bad one.briefdeck', sampleDeck(), 'anything', { force: true }));
      expect(save.code).toBe(c.code === 'newer_version' ? 'newer_version' : 'conflict');
      expect(save.message).toContain('“Bad one.briefdeck”');
      if (c.code === 'newer_version') expect((await codeOf(files.saveAs(file, sampleDeck()))).code).toBe('newer_version');
      await expect(files.history('library:Bad one.briefdeck')).rejects.toThrow(BriefdeckError);
      await expect(files.rename('library:Bad one.briefdeck', 'Other')).rejects.toThrow(BriefdeckError);

      expect((await bytes(file)).equals(before)).toBe(true);
    });
  }

  it('a deck saved with a byte-order mark (as some Windows editors write it) opens, and its revision is its bytes', async () => {
    const { files, dir } = await testLibrary();
    const file = path.join(dir, 'Edited.briefdeck');
    await writeFile(file, `\uFEFF${good}`);
    const opened = await files.open('library:Edited.briefdeck');
    expect(opened.deck.meta.title).toBe('Good deck');
    expect(opened.revision).toBe(createHash('sha256').update(await bytes(file)).digest('hex'));
    // Saved on that revision (no conflict), the file is written without the mark.
    await files.save(opened.ref, opened.deck, opened.revision);
    expect((await bytes(file)).subarray(0, 1).toString()).toBe('{');
  });

  it('a file above MAX_DECK_BYTES is refused by size before it is read', async () => {
    const { files, dir } = await testLibrary();
    const file = path.join(dir, 'Huge.briefdeck');
    await writeFile(file, '');
    await truncate(file, MAX_DECK_BYTES + 1); // sparse: costs no disk space
    const err = await codeOf(files.open('library:Huge.briefdeck'));
    expect(err.code).toBe('too_large');
    expect(err.message).toMatch(/“Huge\.briefdeck” is 100 MB, more than the 100 MB/);
    const list = await files.list();
    expect(list[0]!.problem).toBe(err.message);
    expect((await codeOf(files.save('library:Huge.briefdeck', sampleDeck(), 'x', { force: true }))).code).toBe('conflict');
    const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
    expect(size).toBe(MAX_DECK_BYTES + 1);
  });

  it('a deck too large to open again is not saved', async () => {
    const { files } = await testLibrary();
    const { opened } = await files.create('Big', 'blank');
    const deck = structuredClone(opened.deck);
    // 4 pictures of 29 MB each, each shown by an image widget (a save leaves out pictures no
    // widget shows): each valid, together above the limit.
    for (let i = 0; i < 4; i++) {
      deck.assets[`a${i}`] = { id: `a${i}`, name: 'x.png', mime: 'image/png', data: 'A'.repeat(29_000_000), source: null };
      const picture = defaultWidget('image', `picture${i}`);
      picture.props.assetId = `a${i}`;
      deck.widgets[picture.id] = picture;
    }
    const err = await codeOf(files.save(opened.ref, deck, opened.revision));
    expect(err.code).toBe('too_large');
    expect((await files.open(opened.ref)).revision).toBe(opened.revision);
  });
});
