// `npm run bench`: every speed and memory target in one run, printed as figures (never
// asserted in unit tests). Each issue adds its measure here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { launchChromium } from '../../electron/services/export/chromium';
import { benchEditor } from './editor';

function row(name: string, value: string, target: string): string {
  return `${name.padEnd(44)} ${value.padStart(12)}   ${target}`;
}

async function main(): Promise<void> {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-'));
  const host = await startBrowserHost({ port: 0, libraryDir, open: false });
  const browser = await launchChromium();
  try {
    console.log(`Briefdeck bench on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
    const ed = await benchEditor(browser, host.url, libraryDir);
    console.log(`Editor: ${ed.slides}-slide deck (${(ed.fileBytes / 1024 / 1024).toFixed(1)} MB file)`);
    console.log(row('  open -> editable first slide', `${ed.openToEditableMs.toFixed(0)} ms`, 'target < 1000 ms'));
    console.log(row('  autosave, UI-thread time', `${ed.autosaveSyncMs.toFixed(1)} ms`, 'target < 50 ms'));
    console.log(row('  JS heap after GC', `${ed.heapMB.toFixed(0)} MB`, 'target < 300 MB'));
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
