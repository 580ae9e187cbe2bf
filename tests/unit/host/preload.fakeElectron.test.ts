// The preload bundle, run under plain Node with a fake 'electron' module (no binary here):
// it exposes only the bridge, refuses channels outside the contract, buffers OS-opened decks
// until the renderer listens, and answers the close request only after the flush.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_CAPABILITIES } from '../../../shared/api/capabilities';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
let work: string;
let r: Record<string, unknown>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-fake-preload-'));
  const outfile = path.join(work, 'preload.cjs');
  await build({ entryPoints: [path.join(root, 'electron/preload/index.ts')], outfile, bundle: true, format: 'cjs', platform: 'browser', external: ['electron'], logLevel: 'silent' });
  const out = execFileSync(process.execPath, ['-r', path.join(here, 'fakePreloadElectron.cjs'), outfile], { encoding: 'utf8', timeout: 20000 });
  const line = out.split('\n').find((l) => l.startsWith('FAKE_PRELOAD_REPORT '));
  if (!line) throw new Error(`preload produced no report:\n${out}`);
  r = JSON.parse(line.slice('FAKE_PRELOAD_REPORT '.length)) as Record<string, unknown>;
}, 60000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('preload bridge (fake electron)', () => {
  it('exposes window.briefdeck with the bridge methods only', () => {
    expect(r.key).toBe('briefdeck');
    expect(r.methods).toEqual(['capabilities', 'invoke', 'onBeforeClose', 'onCommand', 'onOpenDeck', 'onPresentShow']);
    expect(r.capabilities).toEqual(DESKTOP_CAPABILITIES);
  });

  it('forwards contract channels and refuses others without calling main', () => {
    expect(r.good).toMatchObject({ ok: true, data: { channel: 'library.list' } });
    expect(r.bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(r.invoked).toEqual(['library.list']);
  });

  it('delivers a deck that arrived before anyone listened, and stops after unsubscribe', () => {
    expect(r.decks).toEqual(['ext:0123456789abcdef01234567', 'library:Later.briefdeck']);
  });

  it('hands a prepared audience window its present route (kept until it listens; present routes only)', () => {
    expect(r.shows).toEqual(['#/present?deck=library%3AX.briefdeck&role=audience&from=3', '#/present?deck=library%3AX.briefdeck&role=audience&from=5']);
  });

  it('passes menu command ids (strings only)', () => {
    expect(r.commands).toEqual(['slide.add']);
  });

  it('answers the close request only after the renderer’s flush finished', () => {
    expect(r.answeredBeforeFlush).toBe(false);
    expect(r.flushed).toBe(true);
    expect(r.sent).toEqual([['app:before-close-done', 'close-1']]);
  });
});
