// `npm run export` / `npm run serve`: builds only what is missing or older than its sources
// (ensureBuilt.mjs), then starts the bundled CLI in this same Node process (no transpiler).
//   node scripts/cli.mjs export deck.briefdeck -o deck.pdf
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './ensureBuilt.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...args] = process.argv.slice(2);
if (!['export', 'serve'].includes(name ?? '')) {
  console.error('Usage: node scripts/cli.mjs export|serve [arguments]');
  process.exit(2);
}
await ensureBuilt(name);
// The CLI reads its arguments from process.argv as if started directly.
process.argv.splice(2, process.argv.length - 2, ...args);
const entry = path.join(root, 'dist', 'cli', `${name}.mjs`);
if (!existsSync(entry)) throw new Error(`${entry} is missing after the build`);
await import(pathToFileURL(entry).href);
