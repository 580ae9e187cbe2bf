// PowerPoint bench (issue 14): the 100-slide export bench deck (tests/bench/export.ts) exported to
// .pptx in a fresh Node process (no Chromium), beside the PowerPoint user's pipeline (LibreOffice
// converting that .pptx to PDF) and our PDF export of the same deck (the CLI, Chromium). Each is
// a child process timed from spawn to file on disk, with the peak RSS of its process tree.
// Targets: the .pptx export under 1 s and under 5 MB.
import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializeDeck } from '../../shared/deck/codec';
import type { Deck } from '../../shared/deck/schema';
import { buildExportBenchDeck } from './export';
import { measure } from './processTree';
// @ts-expect-error a plain .mjs build script without type declarations
import { ensureBuilt } from '../../scripts/ensureBuilt.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
/** The export CLI as `npm run export` starts it (built on demand by scripts/cli.mjs). */
const CLI_BUNDLE = path.join(ROOT, 'dist', 'cli', 'export.mjs');

function spawnMeasured(cmd: string, args: string[], out: string): { child: () => ChildProcess | null; run: () => Promise<string>; stdout: () => string } {
  let child: ChildProcess | null = null;
  let stdout = '';
  return {
    child: () => child,
    stdout: () => stdout,
    run: () =>
      new Promise<string>((resolve, reject) => {
        child = execFile(cmd, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (err, so, se) => {
          stdout = so;
          if (err) reject(new Error(`${cmd} ${args.join(' ')} failed: ${se || err.message}`));
          else resolve(out);
        });
      }),
  };
}

interface OnceResult {
  loadMs: number;
  firstMs: number;
  warmMs: number;
  slides: number;
  bytes: number;
  peakRss: number;
}

function parseOnce(stdout: string): OnceResult {
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as OnceResult;
}

/** The deck with each map's frame moved a little, so no two maps draw the same picture. */
function withDistinctMaps(deck: Deck): Deck {
  const copy = JSON.parse(JSON.stringify(deck)) as Deck;
  Object.values(copy.widgets).forEach((w, i) => {
    if (w.kind === 'map') w.props.bounds = [w.props.bounds[0] + (i % 17) * 0.4, w.props.bounds[1], w.props.bounds[2] + (i % 17) * 0.4, w.props.bounds[3]];
  });
  return copy;
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
const row = (name: string, value: string, rest: string) => `${name.padEnd(46)} ${value.padStart(10)}   ${rest}`;

export async function benchPptx(): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pptx-bench-'));
  try {
    const { deck, seed } = buildExportBenchDeck(100);
    const deckPath = path.join(work, 'bench.briefdeck');
    await writeFile(deckPath, serializeDeck(deck));
    const pptx = path.join(work, 'bench.pptx');
    const once = spawnMeasured(TSX, ['tests/bench/pptxOnce.ts', deckPath, pptx], pptx);
    const p = await measure(() => once.child()?.pid ?? null, once.run);
    const inner = parseOnce(once.stdout());
    // The bench deck repeats the sample deck's few maps, which the export draws once each; a deck
    // whose 33 maps all differ pays for every one.
    const distinctPath = path.join(work, 'distinct.briefdeck');
    await writeFile(distinctPath, serializeDeck(withDistinctMaps(deck)));
    const distinct = spawnMeasured(TSX, ['tests/bench/pptxOnce.ts', distinctPath, path.join(work, 'distinct.pptx')], path.join(work, 'distinct.pptx'));
    const d = await measure(() => distinct.child()?.pid ?? null, distinct.run);
    const dInner = parseOnce(distinct.stdout());
    const profile = await mkdtemp(path.join(os.tmpdir(), 'briefdeck-lo-'));
    const lo = spawnMeasured('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, pptx], path.join(work, 'bench.pdf'));
    const l = await measure(() => lo.child()?.pid ?? null, lo.run);
    await rm(profile, { recursive: true, force: true });
    const ourPdf = path.join(work, 'ours.pdf');
    await ensureBuilt('export');
    const cli = spawnMeasured(process.execPath, [CLI_BUNDLE, deckPath, '-o', ourPdf], ourPdf);
    const c = await measure(() => cli.child()?.pid ?? null, cli.run);
    // The CLI as shipped (the esbuild bundle on plain Node) and as a person types it (npm run).
    const bundled = spawnMeasured(process.execPath, [CLI_BUNDLE, deckPath, '-o', path.join(work, 'cli.pptx')], path.join(work, 'cli.pptx'));
    const b = await measure(() => bundled.child()?.pid ?? null, bundled.run);
    const typed = spawnMeasured('npm', ['run', '-s', 'export', '--', deckPath, '-o', path.join(work, 'npm.pptx')], path.join(work, 'npm.pptx'));
    const n = await measure(() => typed.child()?.pid ?? null, typed.run);
    return [
      `PowerPoint: ${deck.slideOrder.length}-slide deck from the ${seed} (⅓ maps, ⅓ charts; ${inner.slides} slides with Sources), each a fresh process`,
      row('  PPTX export (Node): export call, first in process', `${inner.firstMs.toFixed(0)} ms`, `target < 1000 ms; then ${inner.warmMs.toFixed(0)} ms warm (median of 3)`),
      row('  … whole process: spawn (tsx) -> .pptx on disk', `${(p.wallMs / 1000).toFixed(2)} s`, `modules ${inner.loadMs.toFixed(0)} ms; peak RSS ${mb(p.peakRss)}`),
      row('  … file size', mb(p.bytes), 'target < 5 MB'),
      row('  … the CLI bundle: node dist/cli/export.mjs', `${(b.wallMs / 1000).toFixed(2)} s`, `spawn -> .pptx on disk; peak RSS ${mb(b.peakRss)}`),
      row('  … as typed: npm run export -- -o x.pptx', `${(n.wallMs / 1000).toFixed(2)} s`, 'the same plus npm\'s own start and the build check'),
      row('  … every map a different frame: export call', `${dInner.firstMs.toFixed(0)} ms`, `${dInner.warmMs.toFixed(0)} ms warm; ${mb(d.bytes)}; peak RSS ${mb(d.peakRss)}`),
      row('  LibreOffice 7 converting it to PDF', `${(l.wallMs / 1000).toFixed(2)} s`, `peak RSS ${mb(l.peakRss)}, PDF ${mb(l.bytes)} (the PowerPoint user's pipeline)`),
      row('  our PDF export of the deck (CLI, Chromium)', `${(c.wallMs / 1000).toFixed(2)} s`, `peak RSS ${mb(c.peakRss)}, PDF ${mb(c.bytes)}`),
    ].join('\n');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
