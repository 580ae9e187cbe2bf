// Bundles the Electron main process and the preload into CommonJS (the package is
// "type": "module", and a sandboxed preload must be CommonJS): dist/electron/main.cjs and
// dist/electron/preload.cjs. Needs no Electron binary.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfLibDeflate } from './pdfLibDeflate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  format: 'cjs',
  // resvg (the PowerPoint export's PNG fallbacks) loads a native .node binary for the platform at
  // run time: it stays a node_modules dependency (unpacked from the asar, electron-builder.json).
  external: ['electron', '@resvg/resvg-js'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Modules that find files from import.meta.url keep working inside a CommonJS bundle.
  define: { 'import.meta.url': '__briefdeckImportMetaUrl' },
  banner: { js: "const __briefdeckImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

const started = Date.now();
await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(outdir, 'main.cjs'),
    platform: 'node',
    target: 'node22',
    plugins: [pdfLibDeflate],
  }),
  build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    // The sandboxed preload has no Node: only require('electron') and web APIs.
    platform: 'browser',
    target: 'chrome140',
    // Loaded before every page: keep it small (it carries the contract's schemas).
    minify: true,
    define: {},
    banner: {},
  }),
]);
console.log(`Built dist/electron/main.cjs and preload.cjs in ${Date.now() - started} ms`);
