// The browser host's one-time downloads: an exported PDF is offered once as an attachment and,
// when the user asked to open it when done, once more as an in-tab view; then the file is gone.
import { access, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OneTimeDownloads } from '../../../electron/cli/browserHost/downloads';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(downloads: OneTimeDownloads): Promise<string> {
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (!downloads.serve(req, res, pathname, {})) res.writeHead(404).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const exists = (f: string) => access(f).then(() => true, () => false);

describe('one-time downloads', () => {
  it('a plain offer is served once as an attachment; /view/ is refused', async () => {
    const downloads = new OneTimeDownloads();
    const base = await serve(downloads);
    const { id, file } = await downloads.reserve();
    await writeFile(file, '%PDF-1.7 plain');
    const location = downloads.offer(id, file, 'Deck.pdf');
    expect((await fetch(base + location.replace(`${id}/`, `${id}/view/`))).status).toBe(404);
    const first = await fetch(base + location);
    expect(first.headers.get('content-disposition')).toMatch(/^attachment; filename="Deck.pdf"/);
    expect(await first.text()).toBe('%PDF-1.7 plain');
    expect((await fetch(base + location)).status).toBe(404);
    await expect.poll(() => exists(file)).toBe(false);
    await downloads.dispose();
  });

  it('a viewable offer is served once inline and once as an attachment, then deleted', async () => {
    const downloads = new OneTimeDownloads();
    const base = await serve(downloads);
    const { id, file } = await downloads.reserve();
    await writeFile(file, '%PDF-1.7 view');
    const location = downloads.offer(id, file, 'Deck.pdf', Date.now(), true);
    const view = location.replace(`${id}/`, `${id}/view/`);
    const shown = await fetch(base + view);
    expect(shown.headers.get('content-disposition')).toMatch(/^inline; filename="Deck.pdf"/);
    expect(await shown.text()).toBe('%PDF-1.7 view');
    expect((await fetch(base + view)).status).toBe(404);
    expect(await exists(file)).toBe(true);
    expect(await (await fetch(base + location)).text()).toBe('%PDF-1.7 view');
    expect((await fetch(base + location)).status).toBe(404);
    await expect.poll(() => exists(file)).toBe(false);
    await downloads.dispose();
  });
});
