// Arguments of `npm run export -- <deck.briefdeck> -o <out.pdf> [--notes|--handout N]
// [--range 1-5,8,10-12] [--no-sources] [--include-hidden] [--no-page-numbers]`, parsed purely so
// every mistake gets one clear line and a test.
import type { ExportOptions } from '../api/contract';
import { parseRange } from './range';

export const EXPORT_USAGE =
  'Usage: npm run export -- <deck.briefdeck> [-o out.pdf] [--notes | --handout 2|3|6] [--range 1-5,8,10-12] [--include-hidden] [--no-sources] [--no-page-numbers]';

export interface ExportCliArgs {
  deckPath: string;
  /** Defaults to the deck's path with .pdf. */
  outPath: string;
  options: ExportOptions;
}

export type CliParse = { ok: true; args: ExportCliArgs } | { ok: false; message: string } | { ok: 'help' };

export function parseExportArgs(argv: readonly string[]): CliParse {
  let deckPath: string | null = null;
  let outPath: string | null = null;
  const options: ExportOptions = { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true };
  let layoutSet: string | null = null;
  const setLayout = (flag: string, layout: ExportOptions['layout']): string | null => {
    if (layoutSet !== null && layoutSet !== flag) return `${layoutSet} and ${flag} cannot be combined: pick one layout.`;
    layoutSet = flag;
    options.layout = layout;
    return null;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const value = (): string | null => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    switch (a) {
      case '-h':
      case '--help':
        return { ok: 'help' };
      case '-o':
      case '--out': {
        const v = value();
        if (v === null) return { ok: false, message: `${a} needs a file name, e.g. ${a} briefing.pdf` };
        outPath = v;
        break;
      }
      case '--notes': {
        const e = setLayout('--notes', 'notes');
        if (e) return { ok: false, message: e };
        break;
      }
      case '--handout': {
        const v = value();
        if (v !== '2' && v !== '3' && v !== '6') return { ok: false, message: '--handout needs 2, 3 or 6 (slides per page).' };
        const e = setLayout('--handout', `handout${v}`);
        if (e) return { ok: false, message: e };
        break;
      }
      case '--range': {
        const v = value();
        if (v === null) return { ok: false, message: '--range needs slides, e.g. --range 1-5 or --range 1-5,8,10-12' };
        const r = parseRange(v);
        if (!r.ok) return { ok: false, message: r.message };
        options.range = r.range;
        break;
      }
      case '--include-hidden':
        options.includeHidden = true;
        break;
      case '--no-sources':
        options.sourcesPage = false;
        break;
      case '--no-page-numbers':
        options.pageNumbers = false;
        break;
      default:
        if (a.startsWith('-')) return { ok: false, message: `Unknown option ${a}. ${EXPORT_USAGE}` };
        if (deckPath !== null) return { ok: false, message: `Give one deck at a time (got ${deckPath} and ${a}).` };
        deckPath = a;
    }
  }
  if (deckPath === null) return { ok: false, message: `Which deck? ${EXPORT_USAGE}` };
  if (outPath !== null && !/\.pdf$/i.test(outPath)) return { ok: false, message: `The output should be a .pdf file (got ${outPath}).` };
  return { ok: true, args: { deckPath, outPath: outPath ?? deckPath.replace(/(\.briefdeck)?$/i, '.pdf'), options } };
}
