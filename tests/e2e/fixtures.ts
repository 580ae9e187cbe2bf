// The e2e fixture: every test gets its own browser host (a process of its own, started as
// `npm run serve` is: support/hostProcess.ts) over a fresh temp library, and a page already
// open on the host's tokened address.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startHostProcess } from './support/hostProcess';

export interface TestHost {
  /** The tokened address: http://127.0.0.1:PORT/?token=… */
  url: string;
  token: string;
  port: number;
  /** This test's own library folder (deleted afterwards). */
  libraryDir: string;
  /** The host's printed lines (its log), for tests that check what was logged. */
  logs: string[];
  /** Writes a file into the library (a deck as an object is written as JSON); returns its path. */
  writeLibraryFile(fileName: string, content: string | Buffer | object): Promise<string>;
}

/** Writes a file into a library folder; objects are written as pretty JSON like the app does. */
export async function writeLibraryFile(libraryDir: string, fileName: string, content: string | Buffer | object): Promise<string> {
  const file = path.join(libraryDir, fileName);
  const data = typeof content === 'string' || Buffer.isBuffer(content) ? content : `${JSON.stringify(content, null, 2)}\n`;
  await writeFile(file, data);
  return file;
}

export const test = base.extend<{ host: TestHost }>({
  // Auto: every test's page starts on the app, even a test that never names `host`.
  host: [
    async ({ page }, use) => {
      const libraryDir = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-e2e-'));
      const server = await startHostProcess(libraryDir);
      try {
        await page.goto(server.url);
        await use({
          url: server.url,
          token: server.token,
          port: server.port,
          libraryDir,
          logs: server.logs,
          writeLibraryFile: (name, content) => writeLibraryFile(libraryDir, name, content),
        });
      } finally {
        await server.close();
        // The page may still be finishing an autosave into the library (its history copy):
        // retry, and never fail a test over its temp folder.
        await rm(libraryDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch((e: unknown) =>
          console.warn(`could not remove ${libraryDir}: ${(e as Error).message}`),
        );
      }
    },
    { auto: true },
  ],
});

export { expect };
