import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../shared/format/localeNumbers';
import { formatDate, formatNumber, formatScaleValue } from '../../../shared/format/localeFormat';
import { canonicalLanguage, languageFromPosix, languageName } from '../../../shared/format/language';

describe('numbers read as a language writes them', () => {
  it('German: dot groups, comma decimals, spaces, minus signs, currency and percent', () => {
    const de = (s: string) => parseLocaleNumber(s, 'de-DE');
    expect(de('1.234,5')).toBe(1234.5);
    expect(de('1.234.567')).toBe(1234567);
    expect(de('1 234')).toBe(1234);
    expect(de('−3')).toBe(-3);
    expect(de('-0,25')).toBe(-0.25);
    expect(de('22 %')).toBe(22);
    expect(de('1.234,5 €')).toBe(1234.5);
    expect(de('€ −1.234')).toBe(-1234);
    // A comma is the decimal sign in German: "1,234" is one and a bit.
    expect(de('1,234')).toBe(1.234);
    for (const bad of ['1.23,4', '12,3,4', 'abc', '1.2.3', '', '€', '--3']) expect(de(bad), bad).toBeNull();
  });

  it('English: comma groups and dot decimals; "€1,234" is 1234', () => {
    const en = (s: string) => parseLocaleNumber(s, 'en-US');
    expect(en('€1,234')).toBe(1234);
    expect(en('US$ 1,234.56')).toBe(1234.56);
    expect(en('1 234')).toBe(1234);
    expect(en('−3')).toBe(-3);
    expect(en('.5')).toBe(0.5);
    expect(en('1.234,5')).toBeNull();
  });

  it('French (narrow no-break space groups) and Swiss German (apostrophe groups)', () => {
    expect(parseLocaleNumber('1\u202f234,5', 'fr-FR')).toBe(1234.5);
    expect(parseLocaleNumber('1 234,5', 'fr-FR')).toBe(1234.5);
    expect(parseLocaleNumber('1’234.5', 'de-CH')).toBe(1234.5);
    expect(parseLocaleNumber("1'234.5", 'de-CH')).toBe(1234.5);
  });
});

describe('numbers and dates written in the deck’s language', () => {
  it('formats chart values, map scales and quote dates', () => {
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en-US')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr-FR')).toBe('1\u202f234,5');
    expect(formatNumber(0.033, 'de-DE')).toBe('0,033');
    expect(formatScaleValue(2_500_000, 3_000_000, 'de-DE')).toBe('2,5\u00a0Mio.');
    expect(formatDate('2021-02', 'de-DE')).toBe('Februar 2021');
    expect(formatDate('2021-02-24', 'ja-JP')).toBe('2021年2月24日');
  });

  it('knows language tags', () => {
    expect(canonicalLanguage('de-de')).toBe('de-DE');
    expect(canonicalLanguage('not a tag')).toBeNull();
    expect(languageFromPosix('de_DE.UTF-8')).toBe('de-DE');
    expect(languageFromPosix('C.UTF-8')).toBeNull();
    expect(languageFromPosix('POSIX')).toBeNull();
    expect(languageName('de-DE')).toBe('German (Germany)');
  });
});

describe('CSV import in the deck’s language', () => {
  it('reads a German CSV and names the row and column of a cell it cannot read', async () => {
    const { importCsv } = await import('../../../shared/data/csvImport');
    const good = importCsv('Land;Förderung (t)\nChina;270.000\nAustralien;13.000,5\nUSA;−3\n', 'Förderung.csv', { id: 'ds_de', language: 'de-DE' });
    expect(good.ok && good.data.rows.map((r) => r.f_rderung_t)).toEqual([270000, 13000.5, -3]);
    const bad = importCsv('Land;Förderung (t)\nChina;270.000\nJapan;viel\n', 'Förderung.csv', { id: 'ds_de', language: 'de-DE' });
    expect(!bad.ok && bad.error.message).toBe(
      '“Förderung.csv”, row 3, column B (“Förderung (t)”): “viel” is not a number as German (Germany), the deck’s language, writes numbers (such as “1.234,5”). Every column after the first must hold numbers (leave a cell empty for no data); fix that cell and import again.',
    );
  });
});
