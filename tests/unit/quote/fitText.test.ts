// Quote fitting maths and the attribution line.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/format/localeFormat';
import { attributionLine, fitFontSize, QUOTE_MAX_PX, QUOTE_MIN_PX } from '../../../shared/widgets/quote/fitText';
import { QuotePropsSchema, defaultQuoteProps } from '../../../shared/widgets/quote/schema';
import { WidgetSchema, defaultWidget } from '../../../shared/widgets';

describe('fitFontSize', () => {
  it('keeps the maximum when it fits', () => {
    expect(fitFontSize(() => true)).toEqual({ size: QUOTE_MAX_PX, overflow: false });
  });
  it('finds the largest size that fits, in whole pixels', () => {
    for (const limit of [22, 23, 37, 50, 63]) {
      const tried: number[] = [];
      const fit = fitFontSize((s) => (tried.push(s), s <= limit));
      expect(fit).toEqual({ size: limit, overflow: false });
      expect(tried.length).toBeLessThanOrEqual(8); // binary search, not a scan
    }
  });
  it('reports overflow at the minimum', () => {
    expect(fitFontSize(() => false)).toEqual({ size: QUOTE_MIN_PX, overflow: true });
  });
});

describe('attribution', () => {
  it('formats dates and the line', () => {
    expect(formatDate('2021-02-24', 'en-GB')).toBe('24 February 2021');
    expect(formatDate('2021-02', 'en-GB')).toBe('February 2021');
    expect(formatDate('spring 2021', 'de-DE')).toBe('spring 2021');
    expect(formatDate('2021-02-24', 'en-US')).toBe('February 24, 2021');
    expect(formatDate('2021-02-24', 'de-DE')).toBe('24. Februar 2021');
    expect(formatDate('2021-02-30', 'de-DE'), 'a day the month does not have stays as typed').toBe('2021-02-30');
    expect(attributionLine({ speaker: 'Peter Harrell', role: 'NSC', date: '2021-02-24', sourceTitle: 'VOA report' }, 'en-GB')).toBe(
      '— Peter Harrell, NSC, 24 February 2021 · VOA report',
    );
    expect(attributionLine({ speaker: '', role: '', date: '', sourceTitle: '' }, 'en-GB')).toBe('— Unattributed');
  });
});

describe('quote schema', () => {
  it('defaults are valid', () => {
    expect(QuotePropsSchema.parse(defaultQuoteProps())).toEqual(defaultQuoteProps());
    expect(WidgetSchema.safeParse(defaultWidget('quote', 'q1')).success).toBe(true);
  });
  it('fills optional fields and rejects bad props', () => {
    expect(QuotePropsSchema.parse({ text: 'x' })).toEqual({ text: 'x', speaker: '', role: '', date: '', sourceTitle: '', sourceUrl: '' });
    expect(QuotePropsSchema.safeParse({}).success).toBe(false);
    expect(QuotePropsSchema.safeParse({ text: 5 }).success).toBe(false);
    expect(QuotePropsSchema.safeParse({ text: 'x'.repeat(5001) }).success).toBe(false);
    expect(QuotePropsSchema.safeParse({ text: 'x', date: 'x'.repeat(41) }).success).toBe(false);
  });
});
