// `npm run bench`: every speed and memory target in one run, printed as figures (never
// asserted in unit tests). Needs the built renderer (`npm run build`), which it runs first.
// `npm run bench -- editor present` runs only the named parts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { launchChromium } from '../../electron/services/export/chromium';
import { serializeDeck } from '../../shared/deck/codec';
import { benchChangeCheck, benchEditor, buildEditorBenchDeck } from './editor';
import { benchExport } from './export';
import { benchLibrary } from './library';
import { benchPresent, benchPresentStart, buildPresentBenchDeck } from './present';
import { benchPhotos } from './photos';
import { benchPptx } from './pptx';

const PARTS = ['editor', 'library', 'present', 'export', 'pptx', 'photos'] as const;
type Part = (typeof PARTS)[number];
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function row(name: string, value: string, target: string): string {
  return `${name.padEnd(44)} ${value.padStart(12)}   ${target}`;
}

function chosenParts(argv: string[]): Part[] {
  const asked = argv.filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown bench part ${unknown.join(', ')}: choose from ${PARTS.join(', ')}.`);
  return asked.length === 0 ? [...PARTS] : (asked as Part[]);
}

async function benchEditorPart(): Promise<void> {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-'));
  const host = await startBrowserHost({ port: 0, libraryDir, open: false, log: quiet });
  const browser = await launchChromium();
  try {
    const ed = await benchEditor(browser, host.url, libraryDir);
    console.log(`Editor: ${ed.slides}-slide deck (${(ed.fileBytes / 1024 / 1024).toFixed(1)} MB file), browser host in Chromium`);
    console.log(row('  open -> editable first slide', `${ed.openToEditableMs.toFixed(0)} ms`, 'target < 1000 ms'));
    console.log(row('  autosave, UI-thread time', `${ed.autosaveSyncMs.toFixed(1)} ms`, 'target < 50 ms'));
    console.log(row('  JS heap after GC', `${ed.heapMB.toFixed(0)} MB`, 'target < 300 MB'));
    const check = benchChangeCheck(buildEditorBenchDeck());
    console.log(row('  change check, keystroke in largest chart', `${check.largestChartMs.toFixed(1)} ms`, 'target < 50 ms (5,000 rows x 50 columns, Node)'));
    console.log(row('  change check, keystroke in a slide title', `${(check.slideTitleMs * 1000).toFixed(0)} µs`, 'target < 50 ms (500-slide deck, Node)'));
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}

async function benchPresentPart(): Promise<void> {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-'));
  const deck = buildPresentBenchDeck(100);
  fs.writeFileSync(path.join(libraryDir, 'present-bench.briefdeck'), serializeDeck(deck));
  const host = await startBrowserHost({ port: 0, libraryDir, open: false, log: quiet });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const url = `${host.url}#/present?deck=${encodeURIComponent('library:present-bench.briefdeck')}&role=audience&from=1`;
    console.log(`Present: ${deck.slideOrder.length}-slide deck, a map on every slide, audience view in Chromium`);
    const starts = await benchPresentStart(browser, host.url, host.token, 'library:present-bench.briefdeck');
    const sorted = [...starts].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    console.log(row('  F5 -> first audience frame (prepared window)', `${median.toFixed(0)} ms`, `target < 300 ms (median of ${starts.length}: ${starts.map((n) => n.toFixed(0)).join(', ')})`));
    for (const dwell of [0, 1000]) {
      const r = await benchPresent(page, url, dwell);
      const label = dwell === 0 ? 'flipping as fast as frames come' : `${dwell} ms on each slide`;
      if (dwell === 0) console.log(row('  cold audience window -> first frame', `${r.firstFrameMs.toFixed(0)} ms`, 'no prepared window (browser host; projector plugged in at the last moment)'));
      console.log(row(`  next slide p50 / p95 (${label})`, `${r.nextSlide.p50.toFixed(0)} / ${r.nextSlide.p95.toFixed(0)} ms`, `target p95 < 50 ms (max ${r.nextSlide.max.toFixed(0)} ms, n=${r.nextSlide.samples})`));
    }
    await page.close();
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}

async function benchLibraryPart(): Promise<void> {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-'));
  const host = await startBrowserHost({ port: 0, libraryDir, open: false, log: quiet });
  const browser = await launchChromium();
  try {
    const r = await benchLibrary(browser, host.url, libraryDir);
    console.log(`Library: ${r.decks} decks of 20 slides, home screen reloaded in Chromium (browser host)`);
    console.log(row('  navigation -> every card listed', `${r.listedMs.toFixed(0)} ms`, ''));
    console.log(row('  navigation -> cards on screen drawn', `${r.thumbnailsMs.toFixed(0)} ms`, `${r.thumbnailsDrawn} first slides drawn (only near the screen)`));
    console.log(row('  search typed -> one deck left', `${r.searchMs.toFixed(0)} ms`, '“gallium”, 7 keys, in slide notes'));
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(libraryDir, { recursive: true, force: true });
  }
}

async function benchExportPart(): Promise<void> {
  const r = await benchExport();
  console.log(r.table);
}

async function main(): Promise<void> {
  const parts = chosenParts(process.argv.slice(2));
  console.log(`Briefdeck bench on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}\n`);
  const run: Record<Part, () => Promise<void>> = { editor: benchEditorPart, library: benchLibraryPart, present: benchPresentPart, export: benchExportPart, pptx: async () => console.log(await benchPptx()), photos: async () => console.log(await benchPhotos()) };
  for (const part of parts) {
    await run[part]();
    console.log('');
  }
}

main().catch((e: unknown) => {
  console.error(`bench failed: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
