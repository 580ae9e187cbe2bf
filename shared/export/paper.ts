// Paper for notes pages, handouts and their Sources pages (issue #17 item 6): A4 or US Letter,
// portrait. Slides always print on their own 16:9 page. Sizes in CSS px at 96 px/in; A4's
// 793.7 x 1122.5 px is rounded down so a page's box never spills onto a second sheet.
import { z } from 'zod';

export const PaperSchema = z.enum(['letter', 'a4']);
export type Paper = z.infer<typeof PaperSchema>;

export interface PageSize {
  width: number;
  height: number;
  /** The CSS @page size. */
  css: string;
}

export const PAPER_SIZES: Record<Paper, PageSize & { label: string }> = {
  letter: { label: 'US Letter', width: 816, height: 1056, css: '8.5in 11in' },
  a4: { label: 'A4', width: 793, height: 1122, css: '210mm 297mm' },
};

/** Regions whose offices print on Letter (the Americas that use it, and the Philippines);
 * everywhere else A4, as CLDR's paper-size data has it. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

/** The paper a person in `locale` (a BCP 47 tag such as "en-AU" or a POSIX "en_US.UTF-8")
 * most likely uses; Letter when the locale names no region (the C locale, plain "en"). */
export function defaultPaperFor(locale: string | undefined): Paper {
  const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Z]{2})\b/i.exec(locale ?? '')?.[1]?.toUpperCase();
  if (!region) return 'letter';
  return LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
