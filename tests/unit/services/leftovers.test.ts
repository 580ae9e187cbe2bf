// Issue 16, problem 5: a write killed part-way leaves a hidden temp file; the next start of
// Briefdeck removes it (in the library, each deck's history folder and the trash), while a
// temp file another running Briefdeck is writing on a shared folder is left alone.
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../electron/cli/browserHost/server';
import { tempDir } from './helpers';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A temp name as a process of this host that has since exited would have made it. */
function deadWritersTempName(target: string): string {
  const module = path.resolve('electron/services/safeWrite.ts');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `import(${JSON.stringify(module)}).then(m => process.stdout.write(m.tempNameFor(${JSON.stringify(target)})))`]);
  return child.stdout.toString();
}

describe('leftover temp files', () => {
  it('starting the browser host removes a killed write’s temp files from the library, .history and .trash', async () => {
    const root = await tempDir();
    const rendererDir = path.join(root, 'renderer');
    await mkdir(rendererDir);
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    const lib = path.join(root, 'library');
    const hist = path.join(lib, '.history', 'deck_abc');
    await mkdir(hist, { recursive: true });
    await mkdir(path.join(lib, '.trash'));
    const dead = deadWritersTempName('20261128T100000000Z.briefdeck');
    const partial = [
      path.join(hist, dead),
      path.join(hist, '.20261128T100000000Z.briefdeck.tmp'), // steno's fixed name, from an earlier version
      path.join(lib, deadWritersTempName('Budget.briefdeck')),
      path.join(lib, '.trash', deadWritersTempName('x.briefdeck')),
    ];
    for (const p of partial) await writeFile(p, '{"format":"briefd');
    const hourAgo = (Date.now() - 2 * 60 * 60_000) / 1000;
    await utimes(partial[1]!, hourAgo, hourAgo);
    // Another machine's Briefdeck writing right now: not ours to remove.
    const othersLive = path.join(lib, '.~bd.ffffff.4242.abcdef.01234567.Shared.briefdeck.tmp');
    await writeFile(othersLive, '{');
    await writeFile(path.join(hist, '20261128T100000000Z.briefdeck'), '{}');

    const host = await startBrowserHost({ port: 0, libraryDir: lib, rendererDir, log: quiet });
    try {
      expect(await readdir(hist)).toEqual(['20261128T100000000Z.briefdeck']);
      expect(await readdir(path.join(lib, '.trash'))).toEqual([]);
      expect((await readdir(lib)).filter((n) => n.endsWith('.tmp'))).toEqual([path.basename(othersLive)]);
    } finally {
      await host.close();
    }
  });
});
