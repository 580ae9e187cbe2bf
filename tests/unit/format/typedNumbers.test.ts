// Numbers an author types in a deck's language (issue #17 item 7): the chart grid, the table grid
// and the chart's axis maximum read them as the language writes them, else in the plain form,
// and show committed values the language's way so they read back unchanged.
import { describe, expect, it } from 'vitest';
import { formatEditableNumber } from '../../../shared/format/localeFormat';
import { readTypedNumber } from '../../../shared/format/localeNumbers';
import { parseOptionalNumber, parseOptionalPositive } from '../../../shared/fieldParsers';

describe('typed numbers in the deck’s language', () => {
  it('reads German, French, English and Swiss forms, then the plain form', () => {
    expect(readTypedNumber('1.234,5', 'de-DE')).toBe(1234.5);
    expect(readTypedNumber('1 234,5', 'fr-FR')).toBe(1234.5);
    expect(readTypedNumber('1\u202f234,5', 'fr-FR')).toBe(1234.5);
    expect(readTypedNumber('−3', 'de-DE')).toBe(-3);
    expect(readTypedNumber('1,234.5', 'en-US')).toBe(1234.5);
    expect(readTypedNumber('1’234.5', 'de-CH')).toBe(1234.5);
    // The plain form is understood in any language: a figure copied from an English source.
    expect(readTypedNumber('1,234.5', 'de-DE')).toBe(1234.5);
    expect(readTypedNumber('1e6', 'de-DE')).toBe(1e6);
    // The language comes first: in German "1,234" is one and a bit.
    expect(readTypedNumber('1,234', 'de-DE')).toBe(1.234);
    // A comma that does not group threes is not dropped: "1,5" is no number in English.
    expect(readTypedNumber('1,5', 'en-US')).toBeNull();
    for (const bad of ['1.23,4', 'viel', '12abc', 'Infinity', '']) expect(readTypedNumber(bad, 'de-DE'), bad).toBeNull();
  });

  it('writes a committed value the language’s way, every digit, and reads it back', () => {
    expect(formatEditableNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatEditableNumber(1234.5, 'fr-FR')).toBe('1\u202f234,5');
    expect(formatEditableNumber(-3, 'sv-SE')).toBe('−3');
    expect(formatEditableNumber(12345678.123, 'en-US')).toBe('12,345,678.123');
    expect(formatEditableNumber(0.1, 'de-DE')).toBe('0,1');
    // Indian grouping (lakh) is not by threes: shown ungrouped so it reads back.
    expect(formatEditableNumber(1900000, 'hi-IN')).toBe('1900000');
    for (const language of ['de-DE', 'fr-FR', 'en-US', 'de-CH', 'hi-IN', 'sv-SE', 'ja-JP', 'pl-PL']) {
      for (const v of [1234.5, -0.25, 1900000, 0.0051, 1e21, 42]) expect(readTypedNumber(formatEditableNumber(v, language), language), `${language} ${v}`).toBe(v);
    }
  });

  it('a field that cannot read a cell says how the deck’s language writes numbers', () => {
    expect(parseOptionalNumber('1.234,5', 'de-DE')).toEqual({ ok: true, value: 1234.5 });
    expect(parseOptionalNumber('', 'de-DE')).toEqual({ ok: true, value: null });
    const bad = parseOptionalNumber('1.23,4', 'de-DE');
    expect(!bad.ok && bad.message).toBe('“1.23,4” is not a number. Type digits such as 1.234,5 as German (Germany), the deck’s language, writes them, or leave it empty.');
    const english = parseOptionalNumber('about 50');
    expect(!english.ok && english.message).toBe('“about 50” is not a number. Type digits such as 1,234.5, or leave it empty.');
    expect(parseOptionalPositive('2.500', 'de-DE')).toEqual({ ok: true, value: 2500 });
  });
});
