// Before the e2e run: bundles the serve CLI into one ES module (packages stay in node_modules),
// so each test's browser host starts as a plain Node process (support/hostProcess.ts).
// import.meta.url is pinned to the source module's place, so the bundle finds the repository
// (dist/renderer, assets/, package.json) as the CLI does.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { HOST_BUNDLE } from './support/hostProcess';

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  await build({
    entryPoints: [path.join(root, 'electron', 'cli', 'serve.ts')],
    outfile: HOST_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'electron', 'cli', 'browserHost', 'repoRoot.ts')).href) },
  });
}
