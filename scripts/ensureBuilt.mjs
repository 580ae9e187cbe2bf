// Builds only what is missing or older than its sources (the renderer's pages, a CLI bundle),
// saying so in one line when it does; scripts/cli.mjs calls it before starting a CLI.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time among these files and everything below these folders (under `base`). */
function newest(base, paths) {
  let latest = 0;
  const visit = (p) => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else latest = Math.max(latest, s.mtimeMs);
  };
  for (const p of paths) visit(path.join(base, p));
  return latest;
}

/** Why `output` must be built again from `inputs` (paths under `base`), or null when it is up to date. */
export function staleness(base, output, inputs) {
  const out = statSync(path.join(base, output), { throwIfNoEntry: false });
  if (!out) return 'it has not been built yet';
  return newest(base, inputs) > out.mtimeMs ? 'its sources changed since the last build' : null;
}

// What each build reads: the renderer bundles renderer/, shared/ and assets/ with its packages;
// the CLI bundles electron/ and shared/ (assets are read from disk at run time).
const RENDERER_INPUTS = ['renderer', 'shared', 'assets', 'vite.config.ts', 'package-lock.json'];
const CLI_INPUTS = ['electron', 'shared', 'scripts/buildCli.mjs', 'scripts/pdfLibDeflate.mjs', 'package-lock.json'];

export async function ensureBuilt(name) {
  const renderer = staleness(root, 'dist/renderer/index.html', RENDERER_INPUTS);
  if (renderer) {
    console.error(`Building the app's pages first (${renderer}); later runs reuse them…`);
    const { build } = await import('vite');
    await build({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer'), logLevel: 'warn' });
  }
  const cli = staleness(root, `dist/cli/${name}.mjs`, CLI_INPUTS);
  if (cli) {
    console.error(`Building the ${name} command first (${cli})…`);
    const { buildCli } = await import('./buildCli.mjs');
    await buildCli();
  }
}

