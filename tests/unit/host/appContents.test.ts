// What the installers' app.asar would hold. electron-builder cannot package here (it downloads
// Electron), so its file list is computed the way it builds it: the configuration's `files`
// patterns over the project, plus the production dependency tree (`npm ls --omit=dev`). Everything
// the app runs is bundled (esbuild for main and preload, Vite for the renderer), so only the
// bundles, the assets it reads and a handful of runtime packages may be in it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const config = JSON.parse(readFileSync(path.join(root, 'electron-builder.json'), 'utf8')) as { files: string[] };
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

/** Packages the app loads from node_modules at run time, and why. */
const RUNTIME_PACKAGES: Record<string, string> = {
  '@resvg/resvg-js': 'a native module (PowerPoint map pictures) that a bundle cannot contain',
};
/** resvg's prebuilt binary comes as one optional package per platform. */
const isRuntimePackage = (name: string) => name in RUNTIME_PACKAGES || /^@resvg\/resvg-js-[a-z0-9-]+$/.test(name);

/** A glob of electron-builder's `files` as a RegExp over '/'-separated project paths. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else re += /[.+?^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, rel = ''): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (['node_modules', '.git', 'release'].includes(child)) continue;
      out = out.concat(walk(dir, child));
    } else if (entry.isFile()) out.push(child);
  }
  return out;
}

/** The project files `files` selects (later `!` patterns exclude, as electron-builder does). */
function projectFiles(patterns: readonly string[]): string[] {
  const rules = patterns.map((p) => ({ exclude: p.startsWith('!'), re: globRegExp(p.replace(/^!/, '')) }));
  return walk(root).filter((f) => rules.reduce((inside, r) => (r.re.test(f) ? !r.exclude : inside), false));
}

/** The production dependency tree as electron-builder collects it: package name -> folder. */
function productionPackages(): Map<string, string> {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
  const dirs = out.split('\n').filter((l) => l.trim() !== '' && path.resolve(l) !== root);
  return new Map(dirs.map((d) => [path.relative(path.join(root, 'node_modules'), d).split(path.sep).join('/'), d]));
}

function bytesOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((n, e) => (e.isFile() ? n + statSync(path.join(e.parentPath, e.name)).size : n), 0);
}

describe('app.asar contents (computed from electron-builder.json and npm ls --omit=dev)', () => {
  it('the project files are only the bundles, the renderer, the assets it reads, package.json and the licence', () => {
    const allowed = [/^package\.json$/, /^LICENSE$/, /^dist\/electron\/(main|preload)\.cjs$/, /^dist\/renderer\//, /^assets\/(sample|datasets|icons\/png)\//];
    const files = projectFiles(config.files);
    expect(files).toContain('package.json');
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    // Sources, tests and source maps stay out.
    expect(files.some((f) => /^(electron|renderer|shared|tests|scripts)\//.test(f) || f.endsWith('.map'))).toBe(false);
  });

  it('the file patterns are read the way electron-builder reads them', () => {
    expect(globRegExp('dist/electron/**').test('dist/electron/main.cjs')).toBe(true);
    expect(globRegExp('!dist/electron/**/*.map'.slice(1)).test('dist/electron/main.cjs.map')).toBe(true);
    expect(globRegExp('assets/sample/**').test('assets/samplex/a')).toBe(false);
    expect(projectFiles(['tests/unit/host/**', '!tests/unit/host/*.cjs'])).not.toContain('tests/unit/host/fakeElectron.cjs');
  });

  it('node_modules holds only the runtime packages: everything else is bundled and a devDependency', () => {
    expect(Object.keys(pkg.dependencies ?? {}).filter((n) => !isRuntimePackage(n))).toEqual([]);
    const packages = productionPackages();
    const names = [...packages.keys()];
    expect(names.filter((n) => !isRuntimePackage(n))).toEqual([]);
    expect(names).toContain('@resvg/resvg-js');
    const mib = [...packages.values()].reduce((n, d) => n + bytesOf(d), 0) / 2 ** 20;
    // One platform's resvg binary is about 4 MiB; the old list of 21 packages was ~190 MiB.
    expect(mib).toBeLessThan(20);
  });
});
