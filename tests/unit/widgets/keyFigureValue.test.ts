// A key figure's value on the slide in the deck's language (issue #17 item 7): one number, with
// what stands around it kept as typed, is written the language's way; anything else as typed.
import { describe, expect, it } from 'vitest';
import { keyFigureValue } from '../../../shared/widgets/keyFigure/value';

describe('key-figure values in the deck’s language', () => {
  it('writes one typed number the German, French and English way, keeping prefix and suffix', () => {
    const de = (v: string) => keyFigureValue(v, 'de-DE');
    expect(de('1900000')).toBe('1.900.000');
    expect(de('1,234.5')).toBe('1.234,5');
    expect(de('1.234,5')).toBe('1.234,5');
    expect(de('$1.2bn')).toBe('$1,2bn');
    expect(de('~55.60')).toBe('~55,60');
    expect(de('+12%')).toBe('+12%');
    expect(de('−3')).toBe('−3');
    expect(keyFigureValue('1900000', 'fr-FR')).toBe('1\u202f900\u202f000');
    expect(keyFigureValue('1.234,5', 'en-US')).toBe('1.234,5');
    // Four digits typed without a separator stay ungrouped (a year reads as one): 1234.5 as typed.
    expect(keyFigureValue('1234.5', 'de-DE')).toBe('1234,5');
    expect(keyFigureValue('19000', 'en-US')).toBe('19,000');
  });

  it('keeps what is not one number, a year-like four digits, leading zeros and long digit runs as typed', () => {
    const de = (v: string) => keyFigureValue(v, 'de-DE');
    for (const typed of ['Q3 2024', '10-20', 'n/a', '', '.5', '3.', '007', '12345678901234567890', '1.23,4', 'about 50'])
      expect(de(typed), typed).toBe(typed);
    expect(de('2030')).toBe('2030');
    // A German comma is a decimal sign: "270,000" is read as German writes it, shown as typed.
    expect(de('270,000')).toBe('270,000');
  });
});
