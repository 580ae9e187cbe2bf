// Where the app's own files are (package.json, dist/renderer, assets/), found by walking up from
// this module to Briefdeck's package.json, so it holds from the sources (tsx, vitest), from the
// CLI bundles in dist/cli and from the Electron bundle alike.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: { root: string; version: string } | null = null;

function find(): { root: string; version: string } {
  if (found) return found;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'briefdeck') return (found = { root: dir, version: pkg.version ?? '0.0.0' });
    }
    dir = path.dirname(dir);
  }
  return (found = { root: process.cwd(), version: '0.0.0' });
}

/** The folder holding Briefdeck's package.json. */
export function appRoot(): string {
  return find().root;
}

/** The app version from package.json (the PDF's Creator, app.info in the browser host). */
export function appVersion(): string {
  return find().version;
}
