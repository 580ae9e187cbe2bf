// The browser host's HTTP boundary (issue 2 "Tests prove each rejection"): a real server on
// 127.0.0.1 with a real temp library and a stand-in renderer folder, driven over raw HTTP.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../../electron/cli/browserHost/server';
import type { Logger } from '../../../electron/services/context';
import { addSlide, createDeck } from '../../../shared/deck/operations';
import { rawRequest } from './rawHttp';
import { BROWSER_CAPABILITIES } from '../../../shared/api/capabilities';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const MAX_BODY = 64 * 1024;

let root: string;
let host: BrowserHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-host-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Briefdeck test</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.mjs'), 'export {};');
  await writeFile(path.join(rendererDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer folder');
  const deck = createDeck('Pacific partners', 'Policy Unit');
  addSlide(deck, 'titleBody', 1, 'Second');
  await mkdir(path.join(root, 'library'));
  await writeFile(path.join(root, 'library', 'Pacific partners.briefdeck'), JSON.stringify(deck));
  host = await startBrowserHost({ port: 0, libraryDir: path.join(root, 'library'), rendererDir, log: quiet, maxBodyBytes: MAX_BODY });
});

afterAll(async () => {
  await host?.close();
  await rm(root, { recursive: true, force: true });
});

const api = (channel: string, init: { token?: string | null; headers?: Record<string, string>; body?: string; method?: string } = {}) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...init.headers };
  const token = init.token === undefined ? host.token : init.token;
  if (token !== null) headers['X-Briefdeck-Token'] = token;
  return rawRequest({ port: host.port, method: init.method ?? 'POST', path: `/api/${channel}`, headers, body: init.body ?? '{}' });
};

const errorCode = (json: unknown) => (json as { ok: boolean; error?: { code: string } }).error?.code;

describe('browser host', () => {
  it('prints a 127.0.0.1 address carrying a 48-hex-digit token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers a correct call with the Result JSON', async () => {
    const res = await api('library.list');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const result = res.json as { ok: true; data: Array<{ title: string; slideCount: number }> };
    expect(result.ok).toBe(true);
    expect(result.data.map((d) => [d.title, d.slideCount])).toEqual([['Pacific partners', 2]]);
  });

  it('also answers on localhost:PORT', async () => {
    const res = await rawRequest({
      port: host.port,
      method: 'POST',
      path: '/api/app.info',
      headers: { Host: `localhost:${host.port}`, 'X-Briefdeck-Token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect((res.json as { data: { host: string } }).data.host).toBe('browser');
    // A page without the desktop bridge takes BROWSER_CAPABILITIES as this host's; it says the same.
    expect((res.json as { data: { capabilities: unknown } }).data.capabilities).toEqual(BROWSER_CAPABILITIES);
  });

  it('refuses an API call without the token (401)', async () => {
    const res = await api('library.list', { token: null });
    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses an API call with a wrong token (401), including one of the right length', async () => {
    expect((await api('library.list', { token: 'nope' })).status).toBe(401);
    const wrong = host.token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await api('library.list', { token: wrong })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) on the API and on static files (403)', async () => {
    const headers = { Host: `evil.example:${host.port}`, 'X-Briefdeck-Token': host.token, 'Content-Type': 'application/json' };
    const apiRes = await rawRequest({ port: host.port, method: 'POST', path: '/api/library.list', headers, body: '{}' });
    expect(apiRes.status).toBe(403);
    expect(errorCode(apiRes.json)).toBe('bad_request');
    const page = await rawRequest({ port: host.port, path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    const otherPort = await rawRequest({ port: host.port, path: '/', headers: { Host: `127.0.0.1:${host.port + 1}` } });
    expect(otherPort.status).toBe(403);
  });

  it('refuses a foreign Origin even with the right token (403), accepts its own', async () => {
    expect((await api('library.list', { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await api('library.list', { headers: { Origin: `http://127.0.0.1:${host.port + 1}` } })).status).toBe(403);
    expect((await api('library.list', { headers: { Origin: 'null' } })).status).toBe(403);
    expect((await api('library.list', { headers: { Origin: `http://127.0.0.1:${host.port}` } })).status).toBe(200);
  });

  it('refuses GET and other methods on the API (405)', async () => {
    const res = await api('library.list', { method: 'GET', body: '' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
    expect(res.json).toMatchObject({ ok: false });
  });

  it('refuses an unknown channel (404) with a Result', async () => {
    const res = await api('fs.readFile');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect((res.json as { error: { message: string } }).error.message).toContain('fs.readFile');
  });

  it('refuses malformed JSON (400), a non-JSON content type (415) and a bad payload (Result bad_request)', async () => {
    expect((await api('library.list', { body: '{not json' })).status).toBe(400);
    expect((await api('library.list', { headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    const bad = await api('deck.open', { body: JSON.stringify({ ref: '../../etc/passwd' }) });
    expect(bad.status).toBe(200);
    expect(errorCode(bad.json)).toBe('bad_request');
  });

  it('refuses an oversize body by its declared length (413)', async () => {
    const res = await api('library.list', { body: JSON.stringify({ pad: 'x'.repeat(MAX_BODY + 10) }) });
    expect(res.status).toBe(413);
    expect(errorCode(res.json)).toBe('too_large');
  });

  it('refuses an oversize chunked body with no declared length (413)', async () => {
    const res = await rawRequest({
      port: host.port,
      method: 'POST',
      path: '/api/library.list',
      headers: { 'X-Briefdeck-Token': host.token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ pad: 'y'.repeat(MAX_BODY * 3) }),
      chunked: true,
    });
    expect(res.status).toBe(413);
    // The server keeps serving afterwards.
    expect((await api('library.list')).status).toBe(200);
  });

  it('serves index.html for / with CSP and nosniff headers', async () => {
    const res = await rawRequest({ port: host.port, path: '/?token=abc' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('Briefdeck test');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves module scripts and fonts with their MIME types', async () => {
    expect((await rawRequest({ port: host.port, path: '/assets/app.mjs' })).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await rawRequest({ port: host.port, path: '/assets/font.woff2' })).headers['content-type']).toBe('font/woff2');
  });

  it('never serves files outside the renderer folder (path traversal)', async () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const res = await rawRequest({ port: host.port, path: p });
      expect(res.status, p).toBe(404);
      expect(res.body, p).not.toContain('outside the renderer folder');
    }
    expect((await rawRequest({ port: host.port, path: '/missing.js' })).status).toBe(404);
  });

  it('answers /favicon.ico with the app icon', async () => {
    const res = await rawRequest({ port: host.port, path: '/favicon.ico' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
  });

  it('refuses to write through static routes (405)', async () => {
    expect((await rawRequest({ port: host.port, method: 'PUT', path: '/index.html', body: 'x' })).status).toBe(405);
  });
});

describe('browser host start-up', () => {
  it('fails with a clear message when the renderer is not built', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-host-empty-'));
    try {
      await expect(startBrowserHost({ port: 0, libraryDir: path.join(dir, 'lib'), rendererDir: path.join(dir, 'nothing'), log: quiet })).rejects.toThrow(
        /npm run build:renderer/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('creates a missing library folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-host-lib-'));
    try {
      await writeFile(path.join(dir, 'index.html'), 'x');
      const h = await startBrowserHost({ port: 0, libraryDir: path.join(dir, 'a', 'b'), rendererDir: dir, log: quiet });
      await h.close();
      const { stat } = await import('node:fs/promises');
      expect((await stat(path.join(dir, 'a', 'b'))).isDirectory()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('without --port: tries 5178, falls back to a free port when it is taken', async () => {
    const opts = { libraryDir: path.join(root, 'library'), rendererDir: path.join(root, 'renderer'), log: quiet };
    const a = await startBrowserHost(opts);
    const b = await startBrowserHost(opts);
    try {
      expect(b.port).not.toBe(a.port);
      expect([a.port, b.port]).not.toContain(0);
      // Whichever got 5178 (if it was free), the other one still works.
      const res = await rawRequest({ port: b.port, method: 'POST', path: '/api/app.info', headers: { 'X-Briefdeck-Token': b.token, 'Content-Type': 'application/json' }, body: '{}' });
      expect(res.status).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('says which port is taken when an explicit --port is in use', async () => {
    await expect(startBrowserHost({ port: host.port, libraryDir: path.join(root, 'library'), rendererDir: path.join(root, 'renderer'), log: quiet })).rejects.toThrow(
      `Port ${host.port} is already in use`,
    );
  });
});
