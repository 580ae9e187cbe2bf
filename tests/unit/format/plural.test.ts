// Counted words as one message with plural forms chosen by Intl.PluralRules (issue #17 item 7).
import { describe, expect, it } from 'vitest';
import { plural } from '../../../shared/format/plural';
import { accessedNote, usedOnSlides } from '../../../shared/export/sourcesMessages';

describe('plural messages', () => {
  it('picks the English form by the count and writes the count', () => {
    const slides = (n: number) => plural(n, { one: '# slide', other: '# slides' });
    expect([0, 1, 2, 1500].map(slides)).toEqual(['0 slides', '1 slide', '2 slides', '1,500 slides']);
  });

  it('a Sources entry: where it is used, and its accessed date in the deck’s language', () => {
    expect(usedOnSlides([3])).toBe(' · slide 3');
    expect(usedOnSlides([3, 4])).toBe(' · slides 3, 4');
    expect(accessedNote('2025-01-15', 'de-DE')).toBe(' (accessed 15. Januar 2025)');
    expect(accessedNote('2025-01-15', 'en-GB')).toBe(' (accessed 15 January 2025)');
    expect(accessedNote('early 2025', 'de-DE')).toBe(' (accessed early 2025)');
  });
});
