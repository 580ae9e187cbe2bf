// export.pptx through the handler table: Electron-like (a Save dialog chooses the path; cancel
// writes nothing), browser-host-like (the file is offered once as a download with the
// PowerPoint content type), bad requests refused, and a deck that selects nothing named.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OneTimeDownloads } from '../../../electron/cli/browserHost/downloads';
import { serializeDeck } from '../../../shared/deck/codec';
import type { HandlerDeps } from '../../../electron/api/handlers';
import { harness, loadedPreferences, testDeps } from '../api/harness';
import { buildMixedDeck } from '../export/decks';
import { tempDir } from '../services/helpers';
import { readPptx } from './ooxml';

async function setup(over: Partial<HandlerDeps> = {}) {
  const dir = await tempDir();
  const { preferences } = await loadedPreferences(path.join(dir, '.prefs.json'));
  const { deck, titles } = buildMixedDeck();
  await writeFile(path.join(dir, 'Alliance.briefdeck'), serializeDeck(deck));
  return { dir, titles, ...harness(testDeps(dir, preferences, over)) };
}

const options = { range: null, includeHidden: false, sourcesPage: true };

describe('export.pptx', () => {
  it('writes where the Save dialog says, and nothing when it is cancelled', async () => {
    const out = await tempDir();
    let answer: string | null = path.join(out, 'Chosen.pptx');
    let asked = '';
    const { call, titles } = await setup({ dialogs: { open: async () => null, saveAs: async () => null, savePptx: async (name) => ((asked = name), answer) } });
    const r = await call<{ location: string; pages: number; bytes: number }>('export.pptx', { ref: 'library:Alliance.briefdeck', options, title: 'Alliance: Q3?' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // The deck is marked OFFICIAL-SENSITIVE: the suggestion says so (shared/export/fileName.ts).
    expect(asked).toBe('Alliance Q3 — OFFICIAL-SENSITIVE.pptx');
    expect(r.data).toMatchObject({ location: answer, pages: titles.length + 1 });
    expect(readPptx(await readFile(answer)).slides.map((s) => s.title)).toEqual([...titles, 'Sources']);
    answer = null;
    expect(await call('export.pptx', { ref: 'library:Alliance.briefdeck', options, title: '' })).toEqual({ ok: true, data: null });
    expect(await readdir(out)).toEqual(['Chosen.pptx']);
  });

  it('offers the file once as a download in the browser host, with the PowerPoint content type', async () => {
    const downloads = new OneTimeDownloads();
    const { call, titles } = await setup({ offerDownload: (name, write) => downloads.offerWritten(name, write) });
    const r = await call<{ location: string; pages: number }>('export.pptx', { ref: 'library:Alliance.briefdeck', options: { ...options, sourcesPage: false } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.location).toMatch(/^downloads\/[0-9a-f]{48}\/Alliance%20%E2%80%94%20OFFICIAL-SENSITIVE\.pptx$/);
    expect(r.data.pages).toBe(titles.length);
    const server = http.createServer((req, res) => {
      if (!downloads.serve(req, res, new URL(req.url ?? '/', 'http://x').pathname, {})) res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const got = await fetch(base + r.data.location);
      expect(got.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
      expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''Alliance%20%E2%80%94%20OFFICIAL-SENSITIVE.pptx");
      expect(readPptx(new Uint8Array(await got.arrayBuffer())).slides).toHaveLength(titles.length);
      expect((await fetch(base + r.data.location)).status).toBe(404);
    } finally {
      server.close();
      await downloads.dispose();
    }
  });

  it('refuses malformed requests and says why nothing could be exported', async () => {
    const { call } = await setup({ offerDownload: (name, write) => new OneTimeDownloads().offerWritten(name, write) });
    const bad = await call('export.pptx', { ref: '../etc/passwd', options });
    expect(bad.ok === false && bad.error.code).toBe('bad_request');
    const none = await call('export.pptx', { ref: 'library:Alliance.briefdeck', options: { ...options, range: { from: 40, to: 41 } } });
    expect(none.ok === false && none.error.message).toMatch(/Nothing to export: slides 40-41 select no visible slides/);
    const hostless = await setup();
    const unsupported = await hostless.call('export.pptx', { ref: 'library:Alliance.briefdeck', options });
    expect(unsupported.ok === false && unsupported.error.code).toBe('not_supported');
  });
});
