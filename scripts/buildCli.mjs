// Bundles the headless entry points, `serve` (the browser host) and `export`, into ES modules
// under dist/cli, as the Electron main process is bundled: they start with plain `node`, with no
// TypeScript transpiler on the way (tsx took ~1.4 s before any work). playwright-core (it finds
// its own files on disk) and resvg (a native module) stay in node_modules.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfLibDeflate } from './pdfLibDeflate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_ENTRIES = ['export', 'serve'];

/** playwright-core is one large CommonJS bundle: imported from an ES module, Node first scans
 * it for its export names (cjs-module-lexer, ~0.1 s of the export's start); required, it loads
 * as is. The bundle's imports of it become a require through the banner's `require`. */
const requirePlaywright = {
  name: 'require-playwright-core',
  setup(b) {
    b.onResolve({ filter: /^playwright-core$/ }, (args) =>
      args.namespace === 'required' ? { path: 'playwright-core', external: true } : { path: 'playwright-core', namespace: 'required' },
    );
    b.onLoad({ filter: /.*/, namespace: 'required' }, () => ({ contents: "module.exports = require('playwright-core');", loader: 'js', resolveDir: root }));
  },
};

/** Builds the CLIs into `outdir` (default dist/cli). Its chunks/ is emptied first: chunk names
 * carry a content hash, so every build would otherwise leave the last one's chunks behind. */
export async function buildCli(outdir = path.join(root, 'dist', 'cli')) {
  await rm(path.join(outdir, 'chunks'), { recursive: true, force: true });
  await build({
    entryPoints: CLI_ENTRIES.map((name) => path.join(root, 'electron', 'cli', `${name}.ts`)),
    outdir,
    outExtension: { '.js': '.mjs' },
    // The export CLI loads the PDF or the PowerPoint side only when asked: shared chunks.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['playwright-core', '@resvg/resvg-js'],
    plugins: [requirePlaywright, pdfLibDeflate],
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
