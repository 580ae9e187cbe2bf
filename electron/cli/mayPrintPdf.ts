// The export CLI's entry starts Chromium before the argument parser loads (export.ts), on this
// guess: not help, not the audience list, no PowerPoint in sight. The parser (shared/export/
// cliArgs.ts) decides after; tests/unit/export/cliArgs check the two agree.

export function mayPrintPdf(argv: readonly string[]): boolean {
  return !argv.some((a) => ['-h', '--help', '--list-audiences', 'pptx'].includes(a) || /\.pptx$/i.test(a));
}
