// Arguments of `npm run export -- <deck.briefdeck> -o <out.pdf|out.pptx> [--format pdf|pptx]
// [--notes|--handout N] [--paper a4|letter] [--range 1-5,8,10-12] [--no-sources] [--include-hidden] [--no-page-numbers]
// [--audience NAME]` and `npm run export -- <deck.briefdeck> --list-audiences`,
// parsed purely so every mistake gets one clear line and a test. The format comes from --format,
// else from the output's extension, else PDF.
import type { ExportOptions } from '../api/contract';
import { PaperSchema, type Paper } from './paper';
import { parseRange } from './range';

export const EXPORT_USAGE =
  'Usage: npm run export -- <deck.briefdeck> [-o out.pdf | -o out.pptx] [--format pdf|pptx] [--notes | --handout 2|3|6] [--paper a4|letter] [--range 1-5,8,10-12] [--include-hidden] [--no-sources] [--no-page-numbers] [--audience NAME]\n       npm run export -- <deck.briefdeck> --list-audiences';

export type ExportFormat = 'pdf' | 'pptx';

export interface ExportCliArgs {
  deckPath: string;
  /** Defaults to the deck's path with the format's extension. */
  outPath: string;
  format: ExportFormat;
  options: ExportOptions;
}

export type CliParse = { ok: true; args: ExportCliArgs } | { ok: false; message: string } | { ok: 'help' } | { ok: 'list-audiences'; deckPath: string };

/** `paper`: the paper notes pages and handouts use without --paper (the CLI passes the one its
 * locale's LC_PAPER names). */
export function parseExportArgs(argv: readonly string[], defaults: { paper: Paper } = { paper: 'letter' }): CliParse {
  let deckPath: string | null = null;
  let outPath: string | null = null;
  const options: ExportOptions = { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: defaults.paper };
  let layoutSet: string | null = null;
  let formatSet: ExportFormat | null = null;
  let pageNumbersFlag = false;
  let paperFlag = false;
  let listAudiences = false;
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
      case '--paper': {
        const v = PaperSchema.safeParse(value()?.toLowerCase());
        if (!v.success) return { ok: false, message: '--paper needs a4 or letter (the paper notes pages and handouts print on).' };
        options.paper = v.data;
        paperFlag = true;
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
      case '--format': {
        const v = value()?.toLowerCase();
        if (v !== 'pdf' && v !== 'pptx') return { ok: false, message: '--format needs pdf or pptx.' };
        formatSet = v;
        break;
      }
      case '--audience': {
        // The deck's audience by name (or id); the deck says whether it has one, before Chromium starts.
        const v = argv[i + 1];
        if (v === undefined || v.trim() === '') return { ok: false, message: '--audience needs the name of one of the deck’s audiences, e.g. --audience "Partners (AUS, JPN)"; --list-audiences lists them.' };
        i++;
        options.audience = v;
        break;
      }
      case '--list-audiences':
        listAudiences = true;
        break;
      case '--include-hidden':
        options.includeHidden = true;
        break;
      case '--no-sources':
        options.sourcesPage = false;
        break;
      case '--no-page-numbers':
        options.pageNumbers = false;
        pageNumbersFlag = true;
        break;
      default:
        if (a.startsWith('-')) return { ok: false, message: `Unknown option ${a}. ${EXPORT_USAGE}` };
        if (deckPath !== null) return { ok: false, message: `Give one deck at a time (got ${deckPath} and ${a}).` };
        deckPath = a;
    }
  }
  if (deckPath === null) return { ok: false, message: `Which deck? ${EXPORT_USAGE}` };
  if (listAudiences) return { ok: 'list-audiences', deckPath };
  const fromExtension: ExportFormat | null = outPath === null ? null : /\.pptx$/i.test(outPath) ? 'pptx' : /\.pdf$/i.test(outPath) ? 'pdf' : null;
  const format = formatSet ?? fromExtension ?? 'pdf';
  if (outPath !== null && fromExtension !== format) return { ok: false, message: `The output should be a .${format} file (got ${outPath}).` };
  if (format === 'pptx') {
    // Options the PowerPoint file has no place for are refused, not ignored.
    if (layoutSet !== null) return { ok: false, message: `${layoutSet} is for PDF; a PowerPoint file keeps one slide per slide, with the speaker notes in it.` };
    if (paperFlag) return { ok: false, message: '--paper is for PDF notes pages and handouts; PowerPoint slides keep their 16:9 size.' };
    if (pageNumbersFlag) return { ok: false, message: '--no-page-numbers is for PDF; the PowerPoint export adds no page numbers.' };
  }
  return { ok: true, args: { deckPath, outPath: outPath ?? deckPath.replace(/(\.briefdeck)?$/i, `.${format}`), format, options } };
}
