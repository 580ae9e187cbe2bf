import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeFileNameFor, isDeckFileName, safeFileBase, uniqueFileName } from '../../../electron/services/fileNames';
import { tempDir } from './helpers';

describe('safe file names from titles', () => {
  it('strips characters Windows forbids and control characters', () => {
    expect(safeFileBase('Q3: China/Taiwan <draft> "v2" | a*b? \\x')).toBe('Q3 China Taiwan draft v2 a b x');
    expect(safeFileBase('tab\there\u0000nul\u001fend')).toBe('tab here nul end');
  });
  it('trims dots and spaces so no hidden or trailing-dot names appear', () => {
    expect(safeFileBase('  ..hidden deck..  ')).toBe('hidden deck');
    expect(safeFileBase('../../etc/passwd')).toBe('etc passwd');
  });
  it('falls back to a name when nothing is left', () => {
    expect(safeFileBase('')).toBe('Untitled deck');
    expect(safeFileBase(' /// ... ')).toBe('Untitled deck');
  });
  it('avoids Windows reserved device names', () => {
    expect(safeFileBase('CON')).toBe('CON deck');
    expect(safeFileBase('com1.notes')).toBe('com1 deck.notes');
    expect(safeFileBase('Console')).toBe('Console');
  });
  it('caps the length in bytes (under 200 with the extension and a number) without splitting a character', () => {
    const long = '😀'.repeat(200);
    const out = safeFileBase(long);
    expect(out).toBe('😀'.repeat(45)); // 180 bytes: 199 - 10 (.briefdeck) - 8 (room for " 2")
    expect(safeFileBase('x'.repeat(400), '.pdf')).toBe('x'.repeat(187));
  });
  it('numbers names that are taken, ignoring case', () => {
    expect(uniqueFileName('Deck', [])).toBe('Deck.briefdeck');
    expect(uniqueFileName('Deck', ['deck.briefdeck', 'Deck 2.briefdeck'])).toBe('Deck 3.briefdeck');
    expect(uniqueFileName('Deck', ['Deck.briefdeck'], 'Deck.briefdeck')).toBe('Deck.briefdeck');
  });
  it('finds a free name in a real folder', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'Trade.briefdeck'), '{}');
    await mkdir(path.join(dir, 'Trade 2.briefdeck'));
    expect(await freeFileNameFor(dir, 'Trade')).toBe('Trade 3.briefdeck');
    expect(await freeFileNameFor(path.join(dir, 'missing'), 'Trade')).toBe('Trade.briefdeck');
  });
  it('recognises deck file names', () => {
    expect(isDeckFileName('a.briefdeck')).toBe(true);
    expect(isDeckFileName('.a.briefdeck')).toBe(false);
    expect(isDeckFileName('.a.briefdeck.tmp')).toBe(false);
    expect(isDeckFileName('.briefdeck')).toBe(false);
    expect(isDeckFileName('a/b.briefdeck')).toBe(false);
  });
});
