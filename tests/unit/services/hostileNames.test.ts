// Issue 16, problem 4: one sanitiser for every file name Briefdeck makes or accepts. Titles
// with bidi and zero-width controls never reach a file name (“Budget \u202Efdp.kced” must not
// display as a .pdf); names Windows reserves or refuses are never accepted for a new file in
// the library, by Save As, or for an export; every name stays under 200 bytes.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harness, loadedPreferences, testDeps } from '../api/harness';
import { checkOutputPath } from '../../../electron/services/export/atomicOutput';
import { fileNameProblem, MAX_FILE_NAME_BYTES, safeFileBase } from '../../../electron/services/fileNames';
import { serializeDeck } from '../../../shared/deck/codec';
import { sampleDeck, tempDir, testLibrary } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s).length;
// Bidi embeddings, overrides, isolates and marks; zero-width space, joiners, word joiner, BOM.
const INVISIBLE = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

const HOSTILE_TITLES = [
  'Budget \u202Efdp.kced',
  'Budget \u2066fdp\u2069.briefdeck',
  'a\u200Bb\u200Fc\uFEFF',
  'con',
  'CON.txt',
  'nul .pdf',
  'com1',
  'LPT9.notes',
  'com\u00B9',
  'a:b',
  '*?',
  '<>:"/\\|?*',
  '%2e%2e',
  '%2E%2e%2f%5c',
  'trailing dots...',
  'trailing spaces   ',
  '  .hidden',
  '😀'.repeat(200),
  'é'.repeat(300),
  'x'.repeat(400),
];

describe('the file-name sanitiser', () => {
  for (const title of HOSTILE_TITLES) {
    it(`makes a clean name from ${JSON.stringify(title.slice(0, 30))}`, () => {
      const name = `${safeFileBase(title)}.briefdeck`;
      for (const c of INVISIBLE) expect(name.includes(c), `U+${c.codePointAt(0)!.toString(16)}`).toBe(false);
      expect(name).not.toMatch(/[<>:"/\\|?*]/);
      expect(name).not.toMatch(/%(2e|2f|5c|00)/i);
      expect(bytes(name)).toBeLessThan(MAX_FILE_NAME_BYTES);
      expect(fileNameProblem(name)).toBeNull();
      expect(fileNameProblem(`${safeFileBase(title, '.pdf')}.pdf`)).toBeNull();
    });
  }

  it('keeps ordinary titles as they are', () => {
    expect(safeFileBase('Pacific partners: 2026 review')).toBe('Pacific partners 2026 review');
    expect(safeFileBase('Growth up 20% in Q3')).toBe('Growth up 20% in Q3');
    expect(safeFileBase('Taiwan 台灣 briefing')).toBe('Taiwan 台灣 briefing');
  });

  it('names every problem of a name it would not make', () => {
    expect(fileNameProblem('con.briefdeck')).toMatch(/reserved by Windows/);
    expect(fileNameProblem('CON.txt.briefdeck')).toMatch(/reserved by Windows/);
    expect(fileNameProblem('a:b.briefdeck')).toMatch(/“:”/);
    expect(fileNameProblem('*?.briefdeck')).toMatch(/“\*”/);
    expect(fileNameProblem('%2e%2e.briefdeck')).toMatch(/%2e/);
    expect(fileNameProblem('Budget \u202Efdp.kced.briefdeck')).toMatch(/invisible/);
    expect(fileNameProblem('end.')).toMatch(/ends with a dot or a space/);
    expect(fileNameProblem(`${'x'.repeat(200)}.pdf`)).toMatch(/200 bytes/);
    expect(fileNameProblem('Plain name.briefdeck')).toBeNull();
  });
});

describe('names Briefdeck makes', () => {
  it('new decks, copies and renames from hostile titles get clean file names', async () => {
    const { files, dir } = await testLibrary();
    for (const title of HOSTILE_TITLES) await files.create(title, 'blank');
    const { opened } = await files.create('Plain', 'blank');
    const dup = await files.duplicate(opened.ref);
    await files.rename(dup.ref, 'Budget \u202Efdp.kced');
    for (const name of await readdir(dir)) {
      if (name.startsWith('.')) continue;
      expect(fileNameProblem(name), name).toBeNull();
    }
  });

  it('Save As and export suggest clean names', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'Deck.briefdeck'), serializeDeck(sampleDeck('Budget \u202Efdp.kced')));
    const suggested: string[] = [];
    const dialogs = {
      open: async () => null,
      saveAs: async (name: string) => (suggested.push(name), null),
      savePdf: async (name: string) => (suggested.push(name), null),
      savePptx: async (name: string) => (suggested.push(name), null),
    };
    const { preferences } = await loadedPreferences(path.join(dir, '.briefdeck-preferences.json'));
    const { call } = harness(testDeps(dir, preferences, { dialogs, exportPdf: async () => ({ location: '', pages: 0, bytes: 0, warnings: [] }) }));
    const deck = sampleDeck('Budget \u202Efdp.kced');
    expect((await call('dialog.saveAs', { deck })).ok).toBe(true);
    expect((await call('export.start', { ref: 'library:Deck.briefdeck', options: {}, title: 'con' })).ok).toBe(true);
    expect(suggested.length).toBeGreaterThanOrEqual(2);
    for (const name of suggested) expect(fileNameProblem(name), name).toBeNull();
  });
});

describe('names Briefdeck accepts for a new file', () => {
  for (const bad of ['con', 'CON.txt', 'a:b', '*?', '%2e%2e', 'Budget \u202Efdp.kced', 'aux ', 'x.']) {
    it(`saving to a new library name “${bad}.briefdeck” is refused and nothing is written`, async () => {
      const { files, dir } = await testLibrary();
      const ref = `library:${bad}.briefdeck`;
      await expect(files.save(ref, sampleDeck(), 'missing')).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/cannot be a file name/) });
      expect(await readdir(dir)).toEqual([]);
    });
  }

  it('an existing file with such a name still opens and saves (it is not new)', async () => {
    const { files, dir } = await testLibrary();
    await writeFile(path.join(dir, 'a:b.briefdeck'), serializeDeck(sampleDeck('Old')));
    const opened = await files.open('library:a:b.briefdeck');
    await files.save(opened.ref, sampleDeck('New'), opened.revision);
    expect((await files.open(opened.ref)).deck.meta.title).toBe('New');
  });

  it('Save As to a reserved or invalid name is refused', async () => {
    const { files } = await testLibrary();
    const out = await tempDir();
    for (const bad of ['con.briefdeck', 'a:b.briefdeck', 'Budget \u202Efdp.kced.briefdeck']) {
      await expect(files.saveAs(path.join(out, bad), sampleDeck())).rejects.toMatchObject({ code: 'bad_request' });
    }
    expect(await readdir(out)).toEqual([]);
  });

  it('an export to a reserved or invalid file name is refused before printing', async () => {
    const out = await tempDir();
    for (const bad of ['nul.pdf', 'a:b.pdf', 'x?.pptx', 'Budget \u202Efdp.pdf', `${'é'.repeat(120)}.pdf`]) {
      await expect(checkOutputPath(path.join(out, bad))).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/cannot be a file name/) });
    }
    await expect(checkOutputPath(path.join(out, 'Fine name.pdf'))).resolves.toBeUndefined();
  });
});
