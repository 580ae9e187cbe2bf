// The Electron smoke test (DESIGN.md §7): the real app, launched by Playwright with a deck on
// the command line, must show that deck in the editor. It runs where an Electron binary
// exists and is reported as skipped, with the reason, where it does not (our CI machines).
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { addSlide, createDeck } from '../../shared/deck/operations';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The binary's path without triggering Electron's download-on-first-use. */
function electronBinary(): string | undefined {
  const dir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron'));
  const pathFile = path.join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const built = existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) && existsSync(path.join(root, 'dist', 'renderer', 'index.html'));

test('Electron: opens a deck passed on the command line', async () => {
  const skipReason =
    binary === undefined
      ? 'no Electron binary in node_modules/electron/dist (Electron downloads it on first launch; this machine cannot)'
      : !built
        ? 'the app is not built: run `npm run build` first'
        : null;
  if (skipReason !== null) {
    // The list reporter does not print skip reasons; say it where people read the run.
    console.log(`Electron smoke test skipped: ${skipReason}`);
    test.skip(true, skipReason);
  }

  const work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-electron-'));
  try {
    const deck = createDeck('Smoke test deck', 'CI');
    addSlide(deck, 'titleBody', 1, 'Second slide');
    const deckPath = path.join(work, 'Smoke test deck.briefdeck');
    await writeFile(deckPath, JSON.stringify(deck, null, 2));

    const app = await electron.launch({
      executablePath: binary,
      args: [root, deckPath],
      env: { ...process.env, BRIEFDECK_LIBRARY: path.join(work, 'library'), ELECTRON_DISABLE_SECURITY_WARNINGS: 'true' },
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toMatch(/^app:\/\/briefdeck\//);
      await expect(page.getByTestId('deck-title-input')).toHaveValue('Smoke test deck', { timeout: 20_000 });
      // The page has the bridge and no Node (contextIsolation, sandbox, nodeIntegration off).
      const globals = await page.evaluate(() => {
        const g = globalThis as { briefdeck?: { invoke?: unknown }; require?: unknown; process?: unknown };
        return [typeof g.briefdeck?.invoke, typeof g.require, typeof g.process];
      });
      expect(globals).toEqual(['function', 'undefined', 'undefined']);
      // The API answers through the preload.
      const info = await page.evaluate(() => (globalThis as { briefdeck?: { invoke(c: string, r: unknown): Promise<unknown> } }).briefdeck?.invoke('app.info', {}));
      expect(info).toMatchObject({ ok: true, data: { host: 'electron', capabilities: { nativeFileDialogs: true, osTrash: true, displays: true, preparedAudience: true } } });
    } finally {
      await app.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
