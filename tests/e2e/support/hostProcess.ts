// The browser host the e2e tests drive runs in its own process, started the way a person runs
// `npm run serve`. In the test process it would launch its print Chromium from the same
// playwright-core instance that @playwright/test instruments: the runner then traced and
// screenshotted the host's print pages, gave them the tests' context options, and at teardown
// raced the host closing that browser ("Object with guid response@… was not bound", then a
// 60 s hang: the flaky exportPreflight test of issue 11). A process of its own shares nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The serve CLI as `npm run build` bundles it (what `npm run serve` starts). */
export const HOST_BUNDLE = path.join(ROOT, 'dist', 'cli', 'serve.mjs');

export interface HostProcess {
  url: string;
  token: string;
  port: number;
  /** Every line the host printed (its log), oldest first. */
  logs: string[];
  close(): Promise<void>;
}

const READY = /Briefdeck is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))/;

export async function startHostProcess(libraryDir: string, timeoutMs = 30_000): Promise<HostProcess> {
  if (!existsSync(HOST_BUNDLE)) throw new Error(`${HOST_BUNDLE} is missing: run \`npm run build\` first (npm run test:e2e does).`);
  const child = spawn(process.execPath, [HOST_BUNDLE, '--port', '0', '--library', libraryDir, '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      logs.push(...lines);
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const ready = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the browser host did not start within ${timeoutMs} ms:\n${logs.join('\n')}`)), timeoutMs);
    const check = () => {
      const line = logs.map((l) => READY.exec(l)).find((m) => m !== null);
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the browser host exited with ${code} before it was ready:\n${logs.join('\n')}`));
    });
  });
  return { url: ready[1]!, port: Number(ready[2]), token: ready[3]!, logs, close: () => stop(child) };
}

/** Ctrl+C as a person would (the host closes its printer and connections), then waits for it. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}
