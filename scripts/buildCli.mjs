// Bundles the headless entry points, `serve` (the browser host) and `export`, into ES modules
// under dist/cli, as the Electron main process is bundled: they start with plain `node`, with no
// TypeScript transpiler on the way (tsx took ~1.4 s before any work). playwright-core (it finds
// its own files on disk) and resvg (a native module) stay in node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_ENTRIES = ['export', 'serve'];

export async function buildCli() {
  await build({
    entryPoints: CLI_ENTRIES.map((name) => path.join(root, 'electron', 'cli', `${name}.ts`)),
    outdir: path.join(root, 'dist', 'cli'),
    outExtension: { '.js': '.mjs' },
    // The export CLI loads the PDF or the PowerPoint side only when asked: shared chunks.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['playwright-core', '@resvg/resvg-js'],
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildCli();
  console.log(`Built dist/cli/${CLI_ENTRIES.map((n) => `${n}.mjs`).join(', ')} in ${Date.now() - started} ms`);
}
