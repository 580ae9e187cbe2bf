// One PowerPoint export in a fresh process, for the bench (tests/bench/pptx.ts): prints JSON with
// the module load time, the first export (geometry and writer warming up, as the CLI pays it),
// the median of three more, the file size and the process's peak RSS.
const t0 = performance.now();
const { readFileSync } = await import('node:fs');
const { exportPptx } = await import('../../electron/services/pptx/exportPptx');
const { parseDeckText } = await import('../../shared/deck/codec');
const loadMs = performance.now() - t0;
const [deckPath, outPath] = process.argv.slice(2) as [string, string];
const deck = parseDeckText(readFileSync(deckPath, 'utf8'), 'bench');
const options = { range: null, includeHidden: false, layout: 'slides' as const, sourcesPage: true, pageNumbers: true, paper: 'letter' as const };
let t = performance.now();
const first = await exportPptx(deck, options, outPath);
const firstMs = performance.now() - t;
const warm: number[] = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  await exportPptx(deck, options, outPath);
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ loadMs, firstMs, warmMs: warm[1], slides: first.slides, bytes: first.bytes, peakRss: process.resourceUsage().maxRSS * 1024 }));
export {};
