// `npm start` after the build: launches the Electron binary on this folder. Electron 45
// fetches its binary on first launch; where that cannot happen (no network to GitHub) we say
// so in one line and point to the browser host instead of printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NO_BINARY =
  'Briefdeck: the Electron binary could not be downloaded (no network?). Run `npm run serve` to use the same app in your browser.';
const debug = process.env.BRIEFDECK_DEBUG === '1';

function giveUp(detail) {
  if (debug && detail) console.error(String(detail).trim());
  console.error(NO_BINARY);
  process.exit(1);
}

// require('electron') answers the binary's path, downloading it first if it is missing. Run it
// in a child so its download chatter and stack traces stay out of the terminal.
const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
  cwd: root,
  encoding: 'utf8',
  timeout: 10 * 60 * 1000,
});
const binary = probe.status === 0 ? probe.stdout.trim() : '';
if (!binary || !existsSync(binary)) giveUp(`${probe.stdout ?? ''}\n${probe.stderr ?? ''}\n${probe.error ?? ''}`);

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
child.on('error', (e) => giveUp(e));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
