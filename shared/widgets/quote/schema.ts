// Quote widget props: an attributed statement. Attribution is always shown with it.
// The view shrinks the type within bounds so a long quote never overflows its slot.
import { z } from 'zod';
import type { KindWidget } from '../definition';

export const QuotePropsSchema = z.object({
  // The words quoted, as plain text (never HTML).
  text: z.string().max(5000),
  // Who said it.
  speaker: z.string().max(300).default(''),
  // Their role or affiliation at the time.
  role: z.string().max(500).default(''),
  // When it was said (ISO date or partial date such as 2021-02).
  date: z.string().max(40).default(''),
  // Where the quote was published.
  sourceTitle: z.string().max(500).default(''),
  // Link to the publication; empty for none.
  sourceUrl: z.string().max(2000).default(''),
});
export type QuoteProps = z.infer<typeof QuotePropsSchema>;
/** A quote widget as stored in a deck. */
export type QuoteWidget = KindWidget<'quote', QuoteProps>;

export function defaultQuoteProps(): QuoteProps {
  return { text: 'Type the quotation here.', speaker: 'Speaker', role: '', date: '', sourceTitle: '', sourceUrl: '' };
}
