import { z } from 'zod';

/** Where a number or a quote comes from. Sources are data (DESIGN.md §2). */
export const SourceSchema = z.object({
  // Organisation that published the figure or statement.
  publisher: z.string().max(500),
  // Title of the publication, report or page.
  title: z.string().max(1000),
  // Year of publication; null when unknown.
  year: z.number().int().min(1000).max(3000).nullable().default(null),
  // Link to the original; null when the source has no stable address.
  url: z.string().max(2000).nullable().default(null),
  // Date the source was read (ISO date), for web sources that change.
  accessed: z.string().max(40).nullable().default(null),
  // Caveats a reader should see (secondary copies, projections, derived values).
  note: z.string().max(4000).nullable().default(null),
});
export type Source = z.infer<typeof SourceSchema>;

export function sourceKey(s: Source): string {
  return [s.publisher, s.title, s.year ?? '', s.url ?? ''].join('|').toLowerCase();
}

export function formatSourceLine(s: Source): string {
  const parts = [s.publisher, s.title].filter((p) => p.trim() !== '');
  if (s.year !== null) parts.push(String(s.year));
  return `Source: ${parts.join(', ')}`;
}
