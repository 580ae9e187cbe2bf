// The export entry starts Chromium on a guess made before the argument parser loads
// (electron/cli/mayPrintPdf.ts). Every command line the parser reads as a PDF export must be
// guessed as one (else Chromium starts late), and help, the audience list and PowerPoint must not
// (else a Chromium starts for nothing and is closed unused).
import { describe, expect, it } from 'vitest';
import { mayPrintPdf } from '../../../electron/cli/mayPrintPdf';
import { parseExportArgs } from '../../../shared/export/cliArgs';

const LINES = [
  ['deck.briefdeck'],
  ['deck.briefdeck', '-o', 'out.pdf'],
  ['deck.briefdeck', '-o', 'Out.PDF', '--notes', '--paper', 'a4'],
  ['deck.briefdeck', '--format', 'pdf', '--handout', '3', '--range', '1-5,8'],
  ['deck.briefdeck', '-o', 'brief.pdf', '--audience', 'Partners (AUS, JPN)', '--no-sources', '--no-page-numbers', '--include-hidden'],
  ['deck.briefdeck', '-o', 'out.pptx'],
  ['deck.briefdeck', '-o', 'OUT.PPTX', '--notes'],
  ['deck.briefdeck', '--format', 'pptx'],
  ['deck.briefdeck', '--format', 'pptx', '-o', 'x'],
  ['deck.briefdeck', '--list-audiences'],
  ['--help'],
  ['-h'],
  ['deck.briefdeck', '-o', 'out.pdf', '-h'],
];

describe('mayPrintPdf', () => {
  it.each(LINES)('agrees with the parser: %s', (...argv: string[]) => {
    const parsed = parseExportArgs(argv, { paper: 'letter' });
    const pdf = parsed.ok === true && parsed.args.format === 'pdf';
    expect(mayPrintPdf(argv)).toBe(pdf);
  });
});
