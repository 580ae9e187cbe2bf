// The file name an export suggests: title, audience, the version's marking in banner words, made
// safe for file systems by the host's sanitiser (real temp files for the host side).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../shared/deck/codec';
import { createDeck } from '../../../shared/deck/operations';
import { ExportOptionsSchema } from '../../../shared/api/contract';
import { markedFileBase } from '../../../shared/export/fileName';
import { setDeckScheme } from '../../../shared/markings';
import { exportFileBase } from '../../../electron/services/export/exportFileName';
import { fileNameProblem } from '../../../electron/services/fileNames';
import { buildLeakDeck } from '../markings/leakDeck';

const { deck } = buildLeakDeck();
const opts = (audience: string | null, more: object = {}) => ExportOptionsSchema.parse({ audience, ...more });

describe('markedFileBase', () => {
  it('the full deck: title and the deck’s marking, its separators as spaces', () => {
    expect(markedFileBase('Briefing', deck, opts(null))).toBe('Briefing — TOP SECRET NOFORN');
  });

  it('an audience’s version: title, audience, and that version’s own marking (by id or name)', () => {
    expect(markedFileBase('Briefing', deck, opts('aud_partners'))).toBe('Briefing — Partners (AUS, JPN) — CONFIDENTIAL REL TO USA, AUS, JPN');
    expect(markedFileBase('Briefing', deck, opts('internal'))).toBe('Briefing — Internal — TOP SECRET NOFORN');
  });

  it('the marking is the exported slides’ (an audience’s range), as on the file’s cover', () => {
    // Slide 6 alone holds only UNCLASSIFIED content.
    expect(markedFileBase('Briefing', deck, opts('aud_partners', { range: { from: 6, to: 6 } }))).toBe('Briefing — Partners (AUS, JPN) — UNCLASSIFIED');
  });

  it('an unmarked deck keeps its title; an unknown audience adds nothing (the export refuses it)', () => {
    expect(markedFileBase('Plain', createDeck('Plain'), opts(null))).toBe('Plain');
    expect(markedFileBase('Briefing', deck, opts('Nobody'))).toBe('Briefing');
  });

  it('TLP’s colon becomes a space', () => {
    const tlp = createDeck('Feed');
    setDeckScheme(tlp, 'tlp');
    tlp.meta.marking!.defaultLevel = 'TLP:AMBER';
    expect(markedFileBase('Feed', tlp, opts(null))).toBe('Feed — TLP AMBER');
  });

  it('a long title is shortened first, so the marking survives any length limit', () => {
    const long = 'A'.repeat(300);
    const name = markedFileBase(long, deck, opts('aud_partners'));
    expect(name.endsWith(' — Partners (AUS, JPN) — CONFIDENTIAL REL TO USA, AUS, JPN')).toBe(true);
    expect(name.startsWith(`${'A'.repeat(79)}…`)).toBe(true);
  });
});

describe('exportFileBase (the host side)', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('reads the deck file, keeps every name valid, and falls back to the plain name for a broken file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marks-name-'));
    dirs.push(dir);
    const file = path.join(dir, 'Leak.briefdeck');
    await writeFile(file, serializeDeck(deck));
    const download = await exportFileBase(file, 'Leak.briefdeck', '', opts('aud_partners'), '.pdf');
    expect(download).toBe('Leak — Partners (AUS, JPN) — CONFIDENTIAL REL TO USA, AUS, JPN');
    expect(fileNameProblem(`${download}.pdf`)).toBeNull();
    // A title with characters no file system takes, as the Save dialog gets it.
    const dialog = await exportFileBase(file, 'Leak.briefdeck', 'Trade: who/what?', opts(null), '.pptx');
    expect(dialog).toBe('Trade who what — TOP SECRET NOFORN');
    const broken = path.join(dir, 'Broken.briefdeck');
    await writeFile(broken, '{"format":"briefdeck"');
    expect(await exportFileBase(broken, 'Broken.briefdeck', '', opts('aud_partners'), '.pdf')).toBe('Broken');
  });
});
