// The export CLI's work (electron/cli/export.ts is its entry): arguments, then a PDF through the
// Chromium printer or a PowerPoint file in Node. Prints progress and preflight warnings; exits 0
// on success, 1 with one clear line when the export fails, 2 on bad arguments, 130 when
// interrupted (no partial PDF is left behind).
// BRIEFDECK_EXPORT_TRACE=1 also writes each step of a PDF export to stderr when it ends, one
// `trace <epoch ms> <step>` line each (the bench's per-phase table reads them).
import { EXPORT_USAGE, parseExportArgs } from '../../shared/export/cliArgs';
import { systemPaper } from '../services/systemPaper';
import type { ExportOptions } from '../../shared/api/contract';
import { BriefdeckError } from '../../shared/result';
import type { Logger } from '../services/context';
import type { ExportProgress, PrintPage, TraceMark } from '../services/export/printTarget';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: (m, d) => console.error(`[briefdeck] ${m}`, d ?? '') };

function progressLine(p: ExportProgress): string | null {
  switch (p.phase) {
    case 'starting':
      return 'Starting Chromium…';
    case 'loading':
      return 'Loading the deck…';
    case 'rendering':
      return `Drawing slides ${p.rendered}/${p.total}`;
    case 'fonts':
      return `Drawing slides ${p.total}/${p.total}, waiting for fonts…`;
    case 'printing':
      return `Printing ${p.total} slides…`;
    case 'finishing':
      return 'Adding metadata and bookmarks…';
    case 'done':
      return null;
    default:
      return null;
  }
}

/** Runs the export the arguments ask for. `chromium` is the one the entry started before this
 * module loaded (or null): a PDF export prints with it; anything else closes it unused. */
export async function main(argv: readonly string[], chromium: Promise<PrintPage> | null, startedAt: number): Promise<number> {
  const code = await run(argv, chromium, startedAt);
  // Unused (help, a bad argument, PowerPoint) or left by a failure before printing.
  await chromium?.then((c) => c.close()).catch(() => undefined);
  return code;
}

async function run(argv: readonly string[], chromium: Promise<PrintPage> | null, startedAt: number): Promise<number> {
  const parsed = parseExportArgs([...argv], { paper: systemPaper() });
  if (parsed.ok === 'help') {
    console.log(EXPORT_USAGE);
    return 0;
  }
  if (parsed.ok === 'list-audiences') return listAudiences(parsed.deckPath);
  if (!parsed.ok) {
    console.error(parsed.message);
    return 2;
  }
  const { deckPath, outPath, options, format } = parsed.args;
  if (format === 'pptx') return exportPowerPoint(deckPath, outPath, options);
  const steps: { step: string; at: number }[] = [];
  const trace: TraceMark | undefined =
    process.env.BRIEFDECK_EXPORT_TRACE === '1' ? (step, at = performance.timeOrigin + performance.now()) => void steps.push({ step, at }) : undefined;
  trace?.('node started', performance.timeOrigin);
  if (chromium) trace?.('chromium launch started', startedAt);
  trace?.('arguments read');
  try {
    return await exportPdf(deckPath, outPath, options, trace, chromium);
  } finally {
    for (const { step, at } of steps.sort((a, b) => a.at - b.at)) process.stderr.write(`trace ${at.toFixed(1)} ${step}\n`);
  }
}

async function exportPdf(deckPath: string, outPath: string, options: ExportOptions, trace: TraceMark | undefined, started: Promise<PrintPage> | null): Promise<number> {
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  process.once('SIGTERM', () => abort.abort());
  const tty = process.stderr.isTTY;
  let lastLine = '';
  const t0 = performance.now();
  try {
    // Loaded only for the format asked for: --help and a PowerPoint export never load the host
    // or the printer. Chromium (started by the entry, else here) comes up while the exporter
    // loads and the deck is read.
    const chromium = started ?? import('../services/export/cdpPrintPage').then((m) => m.launchCdpPrintPage());
    chromium.catch(() => undefined);
    if (!started) trace?.('chromium launch started');
    const [{ exportDeckFile }, { startBrowserHost }] = await Promise.all([import('../services/export/exportDeckFile'), import('./browserHost/server')]);
    trace?.('exporter loaded');
    const result = await exportDeckFile({
      deckPath,
      outPath,
      options,
      chromium,
      trace,
      signal: abort.signal,
      startHost: (libraryDir) => startBrowserHost({ port: 0, libraryDir, open: false, log: quiet }),
      onProgress: (p) => {
        const line = progressLine(p);
        if (line === null || line === lastLine) return;
        lastLine = line;
        if (tty) process.stderr.write(`\r\x1b[K${line}`);
        else if (p.phase !== 'rendering') process.stderr.write(`${line}\n`);
      },
    });
    if (tty) process.stderr.write('\r\x1b[K');
    for (const w of result.preflight) console.warn(`warning: ${w.message}`);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`Wrote ${outPath}: ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KB in ${secs} s${result.preflight.length ? ` (${result.preflight.length} warning${result.preflight.length > 1 ? 's' : ''})` : ''}.`);
    return 0;
  } catch (e) {
    if (tty) process.stderr.write('\r\x1b[K');
    if (e instanceof BriefdeckError) {
      console.error(e.message);
      return e.code === 'cancelled' ? 130 : 1;
    }
    console.error(`Export failed: ${(e as Error).message}`);
    return 1;
  }
}

async function exportPowerPoint(deckPath: string, outPath: string, options: ExportOptions): Promise<number> {
  const abort = new AbortController();
  process.once('SIGINT', () => abort.abort());
  const t0 = performance.now();
  try {
    const { exportPptxFile } = await import('../services/pptx/exportPptx');
    const r = await exportPptxFile({ deckPath, outPath, options, signal: abort.signal });
    for (const w of r.warnings) console.warn(`warning: ${w}`);
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`Wrote ${outPath}: ${r.slides} slides, ${(r.bytes / 1024).toFixed(0)} KB in ${secs} s${r.warnings.length ? ` (${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''})` : ''}.`);
    return 0;
  } catch (e) {
    if (e instanceof BriefdeckError) {
      console.error(e.message);
      return e.code === 'cancelled' ? 130 : 1;
    }
    console.error(`Export failed: ${(e as Error).message}`);
    return 1;
  }
}

/** --list-audiences: the deck's audiences, one a line, as --audience takes them. */
async function listAudiences(deckPath: string): Promise<number> {
  try {
    const [{ readExportDeck }, { audienceLines }] = await Promise.all([import('../services/export/readExportDeck'), import('../../shared/markings/audienceList')]);
    const deck = await readExportDeck(deckPath);
    for (const line of audienceLines(deck)) console.log(line);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}
