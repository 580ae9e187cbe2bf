// The print route's query: deck=REF&layout=…&range=…&hidden=…&sources=…&numbers=…&paper=… (shared/routes.ts
// builds and parses the route with these). One encoder and one decoder, so every printer asks for the same pages.
import { ExportOptionsSchema, type ExportOptions } from '../api/contract';
import { formatRange, parseRange } from './range';
import { PaperSchema } from './paper';

/** Query string (without '?') for the print route. */
export function printQuery(deckRef: string, options: ExportOptions): string {
  const q = new URLSearchParams();
  q.set('deck', deckRef);
  q.set('layout', options.layout);
  if (options.range) q.set('range', formatRange(options.range));
  q.set('hidden', options.includeHidden ? '1' : '0');
  q.set('sources', options.sourcesPage ? '1' : '0');
  q.set('numbers', options.pageNumbers ? '1' : '0');
  q.set('paper', options.paper);
  if (options.audience) q.set('audience', options.audience);
  return q.toString();
}

/** Reads the options back; anything missing or malformed falls back to the default. */
export function optionsFromParams(params: URLSearchParams): ExportOptions {
  const range = parseRange(params.get('range') ?? '');
  const layout = ExportOptionsSchema.shape.layout.safeParse(params.get('layout') ?? undefined);
  const paper = PaperSchema.safeParse(params.get('paper') ?? undefined);
  const audience = params.get('audience');
  return ExportOptionsSchema.parse({
    range: range.ok ? range.range : null,
    includeHidden: params.get('hidden') === '1',
    layout: layout.success ? layout.data : 'slides',
    sourcesPage: params.get('sources') !== '0',
    pageNumbers: params.get('numbers') !== '0',
    paper: paper.success ? paper.data : 'letter',
    // An audience id the deck does not have makes the print route fail, naming it: never the
    // full deck in place of a version.
    ...(audience ? { audience } : {}),
  });
}
