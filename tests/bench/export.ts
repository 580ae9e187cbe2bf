// Export bench (issues 4 and 15): a 100-slide deck grown from the sample deck (a third maps, a
// third charts, the rest quotes, text and key figures) exported with `npm run export` exactly as a
// person types it, side by side with (a) the floor: Chromium printing the print route's final DOM
// saved as static HTML (the cost of printing alone), (b) Marp CLI exporting a 100-slide Markdown
// deck with the same titles and texts on the same Chromium, and (c) LibreOffice converting the
// same deck as .pptx (Briefdeck's PowerPoint export: native charts, map pictures) to PDF, skipped
// with a note where soffice is absent. Each is timed from launch to PDF on disk, with the peak
// RSS of its process tree, in interleaved rounds. Targets: within 1.5x of the floor, faster than
// Marp and LibreOffice, < 5 MB. Another row times the export dialog's path in the browser host,
// where Chromium and the app were made ready while the dialog was open: click to PDF on disk.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startBrowserHost } from '../../electron/cli/browserHost/server';
import { launchChromium } from '../../electron/services/export/chromium';
import { defaultExportOptions } from '../../electron/services/export/exportDeckFile';
import { buildPptx } from '../../electron/services/pptx/exportPptx';
import { ChromiumPrinter, hostRouteUrl } from '../../electron/services/export/chromiumPrinter';
import { parseDeckText, serializeDeck } from '../../shared/deck/codec';
import { addSlide, createDeck, placeWidget } from '../../shared/deck/operations';
import { DeckSchema, type Deck } from '../../shared/deck/schema';
import { newId } from '../../shared/ids';
import type { Widget, WidgetKind } from '../../shared/widgets';
import { markingFromClassification } from '../../shared/markings/legacy';
import { formatTrace, parseTrace, type TraceStep } from './exportTrace';
import { measure, type Measured } from './processTree';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'sample', 'supply-chain-alliance.briefdeck');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Widgets of the sample deck by kind, and its slide titles. */
function seedWidgets(): { seed: string; byKind: Map<WidgetKind, Widget[]>; titles: string[] } {
  const deck = parseDeckText(readFileSync(SAMPLE, 'utf8'), 'sample');
  const byKind = new Map<WidgetKind, Widget[]>();
  for (const w of Object.values(deck.widgets)) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  const titles = deck.slideOrder.map((id) => deck.slides[id]?.title ?? '').filter((t) => t.trim() !== '');
  return { seed: 'sample deck', byKind, titles };
}

/** 100 slides: i%3==0 map, i%3==1 chart, else quote / text / key figure in turn. */
export function buildExportBenchDeck(count = 100): { deck: Deck; seed: string } {
  const { seed, byKind, titles } = seedWidgets();
  const deck = createDeck('Export bench: supply chain alliance', 'Bench');
  deck.meta.marking = markingFromClassification({ label: 'OFFICIAL', color: '#1f5fa8' });
  deck.slides[deck.slideOrder[0] as string]!.title = 'Export bench: supply chain alliance';
  const rest: WidgetKind[] = ['quote', 'text', 'keyFigure'];
  for (let i = 1; i < count; i++) {
    const kind: WidgetKind = i % 3 === 0 ? 'map' : i % 3 === 1 ? 'chart' : (rest[Math.floor(i / 3) % 3] as WidgetKind);
    const pool = byKind.get(kind) ?? [];
    const source = pool[i % Math.max(1, pool.length)];
    const title = `${i + 1}. ${titles[i % Math.max(1, titles.length)] ?? 'Slide'}`;
    const layout = kind === 'quote' ? 'quoteFocus' : kind === 'text' ? 'titleBody' : 'oneLarge';
    const slot = kind === 'quote' ? 'quote' : kind === 'text' ? 'body' : 'main';
    const id = addSlide(deck, layout, deck.slideOrder.length, title);
    if (source) placeWidget(deck, id, slot, { ...structuredClone(source), id: newId('w') } as Widget);
    deck.slides[id]!.notes = `Speaker notes for slide ${i + 1}.`;
  }
  return { deck: DeckSchema.parse(deck), seed };
}

/** The same titles and texts as Markdown for Marp. */
export function deckToMarkdown(deck: Deck): string {
  const parts = ['---\nmarp: true\npaginate: true\nfooter: OFFICIAL\nheader: OFFICIAL\n---\n'];
  deck.slideOrder.forEach((id, i) => {
    const slide = deck.slides[id]!;
    const lines = [`# ${slide.title}`, ''];
    for (const wid of Object.values(slide.slots)) {
      const w = wid ? deck.widgets[wid] : undefined;
      if (!w) continue;
      if (w.kind === 'quote') lines.push(`> ${w.props.text}`, '', `— ${w.props.speaker}, ${w.props.role}`);
      if (w.kind === 'text') lines.push(...(w.props.heading ? [`## ${w.props.heading}`] : []), ...w.props.bullets.map((b) => `- ${b}`));
      if (w.kind === 'keyFigure') lines.push(`## ${w.props.value} ${w.props.unit}`, w.props.label, w.props.comparison);
      if (w.kind === 'chart') lines.push(`## ${w.props.title}`, '', `| ${w.props.table.columns.join(' | ')} |`, `|${w.props.table.columns.map(() => '---').join('|')}|`, ...w.props.table.rows.map((r) => `| ${r.join(' | ')} |`));
      if (w.kind === 'map') lines.push(`## ${w.props.title || 'Map'}`, w.props.countries.map((c) => c.label ?? c.id).join(', '));
      if (w.source) lines.push('', `<small>Source: ${w.source.publisher}, ${w.source.title}</small>`);
    }
    parts.push(`${i > 0 ? '\n---\n\n' : ''}${lines.join('\n')}\n`);
  });
  return parts.join('');
}

/** Serves one static HTML file plus the built renderer's assets (fonts, CSS) on 127.0.0.1. */
async function serveStatic(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const assets = path.join(ROOT, 'dist', 'renderer');
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0] ?? '/';
    if (p === '/' || p === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    const file = path.join(assets, path.normalize(p).replace(/^(\.\.[/\\])+/, ''));
    readFile(file).then(
      (data) => {
        const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.woff2') ? 'font/woff2' : file.endsWith('.woff') ? 'font/woff' : 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type });
        res.end(data);
      },
      () => {
        res.writeHead(404);
        res.end();
      },
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface ExportBenchRow {
  name: string;
  wallMs: number;
  msPerSlide: number;
  ratioToFloor: number;
  ratioToMarp: number | null;
  peakRssMB: number;
  pdfMB: number;
  cpuS: number;
  load: number;
}

export interface ExportBenchResult {
  slides: number;
  seed: string;
  rows: ExportBenchRow[];
  table: string;
}

export async function benchExport(options: { runs?: number } = {}): Promise<ExportBenchResult> {
  const runs = options.runs ?? 3;
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-export-bench-'));
  try {
    const { deck, seed } = buildExportBenchDeck();
    const slides = deck.slideOrder.length;
    const deckPath = path.join(work, 'bench.briefdeck');
    await writeFile(deckPath, serializeDeck(deck));

    // Ours: exactly `npm run export` (npm, the build check, the bundled CLI on plain Node, Chromium
    // launch, host start, print, finish) as a person types it. The renderer is built by then.
    // The CLI's trace (BRIEFDECK_EXPORT_TRACE) says when each step happened; printed at the end.
    let oursPid: number | null = null;
    const traces: TraceStep[][] = [];
    const runOurs = async () => {
      let stderr = '';
      let startedAt = 0;
      const m = await measure(
        () => oursPid,
        () =>
          new Promise<string>((resolve, reject) => {
            const out = path.join(work, 'ours.pdf');
            startedAt = performance.timeOrigin + performance.now();
            const env = { ...process.env, BRIEFDECK_EXPORT_TRACE: '1' };
            const child = execFile('npm', ['run', '-s', 'export', '--', deckPath, '-o', out, '--no-sources'], { cwd: ROOT, env, timeout: 600_000 }, (err, _so, se) => {
              stderr = se;
              return err ? reject(new Error(`npm run export failed: ${se || err.message}`)) : resolve(out);
            });
            oursPid = child.pid ?? null;
          }),
      );
      traces.push([...parseTrace(stderr, startedAt), { step: 'npm exited, PDF on disk', ms: m.wallMs }]);
      return m;
    };

    // The second peer: LibreOffice converting an equivalent .pptx (Briefdeck's own PowerPoint
    // export of the same deck: native charts, map pictures) to PDF, as a PowerPoint user would.
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
    const pptxPath = path.join(work, 'bench.pptx');
    if (soffice) await writeFile(pptxPath, (await buildPptx(deck, defaultExportOptions({ sourcesPage: false }), 'bench.briefdeck')).bytes);
    let loPid: number | null = null;
    const runLibreOffice = () =>
      measure(
        () => loPid,
        () =>
          new Promise<string>((resolve, reject) => {
            const outDir = path.join(work, 'lo');
            // Its own profile, so a running LibreOffice (or a parallel bench) is not reused.
            const args = ['--headless', `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, pptxPath];
            const child = execFile(soffice!, args, { timeout: 600_000 }, (err) => (err ? reject(new Error(`LibreOffice failed: ${err.message}`)) : resolve(path.join(outDir, 'bench.pdf'))));
            loPid = child.pid ?? null;
          }),
      );
    // Its first start creates the profile (several seconds): done once, outside the timing.
    if (soffice) await runLibreOffice();

    // The floor: the print route's final DOM as static HTML, printed by the same Chromium.
    const html = await captureFinalDom(work, deckPath);
    const statics = await serveStatic(html);
    const runFloor = () =>
      measure(
        () => process.pid,
        async () => {
          const out = path.join(work, 'floor.pdf');
          const browser = await launchChromium();
          try {
            const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
            await page.goto(statics.url, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
          } finally {
            await browser.close();
          }
          return out;
        },
      );

    // The peer: Marp CLI on the same Chromium, same titles and texts.
    const md = path.join(work, 'bench.md');
    await writeFile(md, deckToMarkdown(deck));
    const marpBin = path.join(ROOT, 'node_modules', '.bin', 'marp');
    let marpPid: number | null = null;
    const runMarp = () =>
      measure(
        () => marpPid,
        () =>
          new Promise<string>((resolve, reject) => {
            const out = path.join(work, 'marp.pdf');
            // --no-stdin: with a pipe for stdin Marp waits for Markdown on it and never ends.
            const args = [md, '--no-stdin', '--pdf', '--pdf-outlines', '-o', out, '--browser-path', chromiumBinary()];
            const child = execFile(marpBin, args, { env: { ...process.env, CHROME_PATH: chromiumBinary() }, timeout: 600_000 }, (err) =>
              err ? reject(new Error(`Marp CLI failed: ${err.message}`)) : resolve(out),
            );
            marpPid = child.pid ?? null;
          }),
      );

    // The export dialog's path in the browser host: the printer was prepared when the dialog
    // opened (Chromium started, a print page loaded the app), so timing starts at the click.
    const dialogLib = path.join(work, 'dialog-lib');
    await mkdir(dialogLib, { recursive: true });
    await symlink(deckPath, path.join(dialogLib, 'bench.briefdeck'));
    const dialogHost = await startBrowserHost({ port: 0, libraryDir: dialogLib, open: false, log: quiet });
    const dialogRef = 'library:bench.briefdeck';
    // A printer per run, closed after it, so no idle Chromium sits in the other rows' RSS.
    const runDialog = async () => {
      const printer = new ChromiumPrinter({ host: dialogHost });
      try {
        if (!(await printer.prepare(dialogRef))) throw new Error('the printer could not be prepared');
        return await measure(
          () => process.pid,
          async () => {
            const out = path.join(work, 'dialog.pdf');
            await printer.exportPdf({ ref: dialogRef, options: defaultExportOptions({ sourcesPage: false }), outPath: out });
            return out;
          },
        );
      } finally {
        await printer.close();
      }
    };

    // Rounds of each in turn, so whatever else the machine does falls on all of them.
    const all: Record<'ours' | 'dialog' | 'floor' | 'marp' | 'lo', Measured[]> = { ours: [], dialog: [], floor: [], marp: [], lo: [] };
    try {
      for (let i = 0; i < runs; i++) {
        all.ours.push(await runOurs());
        all.dialog.push(await runDialog());
        all.floor.push(await runFloor());
        all.marp.push(await runMarp());
        if (soffice) all.lo.push(await runLibreOffice());
      }
    } finally {
      await statics.close();
      await dialogHost.close();
    }
    const ours = fastest(all.ours);
    const dialog = fastest(all.dialog);
    const floor = fastest(all.floor);
    const marp = fastest(all.marp);

    const rows: ExportBenchRow[] = [
      { name: 'npm run export (Briefdeck CLI)', ...ours },
      { name: 'Briefdeck, export dialog (printer prepared)', ...dialog },
      { name: 'Floor (static HTML of the final DOM)', ...floor },
      { name: 'Marp CLI 4 (same titles and texts)', ...marp },
      ...(soffice ? [{ name: 'LibreOffice pptx -> pdf (same deck as .pptx)', ...fastest(all.lo) }] : []),
    ].map((r) => ({
      name: r.name,
      wallMs: r.wallMs,
      msPerSlide: r.wallMs / slides,
      ratioToFloor: r.wallMs / floor.wallMs,
      ratioToMarp: r.wallMs / marp.wallMs,
      peakRssMB: r.peakRss / 2 ** 20,
      pdfMB: r.bytes / 2 ** 20,
      cpuS: r.cpuS,
      load: r.load,
    }));
    const spread = (xs: Measured[]) => xs.map((x) => `${(x.wallMs / 1000).toFixed(2)} (cpu ${x.cpuS.toFixed(2)}, load ${x.load.toFixed(1)})`).join(', ');
    const lo = soffice ? fastest(all.lo) : null;
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const runsLine = [
      'Every run, wall s (CPU s of its process tree, 1-minute load average at its start):',
      `  npm run export ${spread(all.ours)}`,
      `  export dialog ${spread(all.dialog)}`,
      `  floor ${spread(all.floor)}`,
      `  Marp ${spread(all.marp)}`,
      ...(soffice ? [`  LibreOffice ${spread(all.lo)}`] : []),
      `npm run export / Marp: ${(ours.wallMs / marp.wallMs).toFixed(2)}x wall, ${(ours.cpuS / marp.cpuS).toFixed(2)}x CPU (target < 1: ${met(ours.wallMs < marp.wallMs)}; fastest runs at load ${ours.load.toFixed(1)} / ${marp.load.toFixed(1)})`,
      lo
        ? `npm run export / LibreOffice: ${(ours.wallMs / lo.wallMs).toFixed(2)}x wall, ${(ours.cpuS / lo.cpuS).toFixed(2)}x CPU (target < 1: ${met(ours.wallMs < lo.wallMs)}; fastest runs at load ${ours.load.toFixed(1)} / ${lo.load.toFixed(1)})`
        : 'LibreOffice: skipped, no soffice on this machine (apt-get install libreoffice-impress).',
      'The export dialog row is timed from the Export click: Chromium started and the app loaded while the dialog was open (export.prepare).',
      `Where the fastest npm run export's time went (ms since npm was started; page: steps are the print page's own marks):`,
      formatTrace(traces[all.ours.indexOf(ours)] ?? []),
    ].join('\n');
    return { slides, seed, rows, table: `${formatTable(rows, slides, seed, runs)}\n${runsLine}` };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function chromiumBinary(): string {
  // Marp wants the real binary; Debian's /usr/bin/chromium is a wrapper script.
  return process.env.BRIEFDECK_CHROMIUM ?? (existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium');
}

function fastest(xs: Measured[]): Measured {
  return xs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

/** Loads the print route on a host, waits until ready, and returns its DOM as a static page. */
async function captureFinalDom(work: string, deckPath: string): Promise<string> {
  const lib = path.join(work, 'capture-lib');
  await mkdir(lib, { recursive: true });
  await symlink(deckPath, path.join(lib, 'bench.briefdeck'));
  const host = await startBrowserHost({ port: 0, libraryDir: lib, open: false, log: quiet });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(hostRouteUrl(host, { name: 'print', deck: 'library:bench.briefdeck', options: defaultExportOptions({ sourcesPage: false }), widgetTimeoutMs: null }));
    await page.waitForFunction(() => (window as unknown as { __briefdeckPrint?: { ready?: boolean } }).__briefdeckPrint?.ready === true, null, { timeout: 120_000 });
    return await page.evaluate(() => {
      const doc = document.documentElement.cloneNode(true) as HTMLElement;
      doc.querySelectorAll('script, link[rel=modulepreload]').forEach((s) => s.remove());
      return `<!doctype html>\n${doc.outerHTML}`;
    });
  } finally {
    await browser.close();
    await host.close();
  }
}

function formatTable(rows: ExportBenchRow[], slides: number, seed: string, runs: number): string {
  const head = `Export: ${slides}-slide deck from the ${seed}, best of ${runs} interleaved runs, launch to PDF on disk`;
  const cols = ['', 'wall s', 'CPU s', 'load', 'ms/slide', 'x floor', 'x Marp', 'peak RSS', 'PDF'];
  const lines = rows.map((r) => [
    r.name,
    (r.wallMs / 1000).toFixed(2),
    r.cpuS.toFixed(2),
    r.load.toFixed(1),
    r.msPerSlide.toFixed(1),
    r.ratioToFloor.toFixed(2),
    r.ratioToMarp === null ? '-' : r.ratioToMarp.toFixed(2),
    `${r.peakRssMB.toFixed(0)} MB`,
    `${r.pdfMB.toFixed(2)} MB`,
  ]);
  const widths = cols.map((c, i) => Math.max(c.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  return [head, fmt(cols), ...lines.map(fmt), 'Targets (issue #15): npm run export faster than Marp and than LibreOffice in the same run, within 1.5x of the floor, PDF under 5 MB.'].join('\n');
}
