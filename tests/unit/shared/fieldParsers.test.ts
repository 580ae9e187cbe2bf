import { describe, expect, it } from 'vitest';
import { parseCountryCode, parseHexColor, parseIsoDate, parseOptionalNumber, parseOptionalPositive, parseOptionalUrl, parseRequired, parseYear } from '../../../shared/fieldParsers';

const value = <T,>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERR ${r.message}`);

describe('field parsers (what a committed field means)', () => {
  it('years: four digits 1000–3000, blank is none; partial years are refused with a reason', () => {
    expect(value(parseYear(' 2024 '))).toBe(2024);
    expect(value(parseYear(''))).toBeNull();
    expect(value(parseYear('202'))).toMatch(/^ERR 202 is outside 1000–3000/);
    expect(value(parseYear('20x4'))).toMatch(/^ERR “20x4” is not a year/);
    expect(value(parseYear('3001'))).toMatch(/outside/);
  });

  it('numbers: commas between thousands, signs, decimals; words are refused', () => {
    expect(value(parseOptionalNumber('1,250.5'))).toBe(1250.5);
    expect(value(parseOptionalNumber('-3'))).toBe(-3);
    expect(value(parseOptionalNumber('.5'))).toBe(0.5);
    expect(value(parseOptionalNumber('1e3'))).toBe(1000);
    expect(value(parseOptionalNumber(''))).toBeNull();
    expect(value(parseOptionalNumber('about 50'))).toMatch(/^ERR “about 50” is not a number/);
    expect(value(parseOptionalNumber('12abc'))).toMatch(/^ERR/);
    expect(value(parseOptionalNumber('Infinity'))).toMatch(/^ERR/);
  });

  it('axis maximum: above zero, blank for automatic', () => {
    expect(value(parseOptionalPositive('100'))).toBe(100);
    expect(value(parseOptionalPositive(''))).toBeNull();
    expect(value(parseOptionalPositive('0'))).toMatch(/above zero/);
    expect(value(parseOptionalPositive('1e16'))).toMatch(/too large/);
  });

  it('URLs: http(s) with a domain; www. gets https://; other text is refused', () => {
    expect(value(parseOptionalUrl('https://www.usgs.gov/mcs'))).toBe('https://www.usgs.gov/mcs');
    expect(value(parseOptionalUrl('www.csis.org/x'))).toBe('https://www.csis.org/x');
    expect(value(parseOptionalUrl(''))).toBeNull();
    expect(value(parseOptionalUrl('usgs report'))).toMatch(/not a web address/);
    expect(value(parseOptionalUrl('javascript:alert(1)'))).toMatch(/not a web address/);
    expect(value(parseOptionalUrl('https://'))).toMatch(/not a complete web address/);
    expect(value(parseOptionalUrl('https://intranet'))).toMatch(/not a complete/);
  });

  it('colours: #rrggbb, rrggbb and #rgb become lower-case #rrggbb', () => {
    expect(value(parseHexColor('#E08A00'))).toBe('#e08a00');
    expect(value(parseHexColor('e08a00'))).toBe('#e08a00');
    expect(value(parseHexColor('#e80'))).toBe('#ee8800');
    expect(value(parseHexColor('orange'))).toMatch(/not a colour/);
    expect(value(parseHexColor('#e08a0'))).toMatch(/not a colour/);
  });

  it('dates: ISO year, month or real day', () => {
    expect(value(parseIsoDate('2021-02-24'))).toBe('2021-02-24');
    expect(value(parseIsoDate('2021-02'))).toBe('2021-02');
    expect(value(parseIsoDate('2021'))).toBe('2021');
    expect(value(parseIsoDate(''))).toBe('');
    expect(value(parseIsoDate('2021-02-30'))).toMatch(/not a day of the calendar/);
    expect(value(parseIsoDate('2021-13'))).toMatch(/Month 13/);
    expect(value(parseIsoDate('24 Feb 2021'))).toMatch(/2021-02-24, 2021-02 or 2021/);
  });

  it('country codes: alpha-2, alpha-3, numeric or a name become alpha-2', () => {
    expect(value(parseCountryCode('au'))).toBe('AU');
    expect(value(parseCountryCode('AUS'))).toBe('AU');
    expect(value(parseCountryCode('036'))).toBe('AU');
    expect(value(parseCountryCode('Australia'))).toBe('AU');
    expect(value(parseCountryCode(''))).toBeNull();
    expect(value(parseCountryCode('EU'))).toBe('EU');
    expect(value(parseCountryCode('Atlantis'))).toMatch(/not a country code/);
  });

  it('required text', () => {
    expect(value(parseRequired('The label')('  SECRET '))).toBe('SECRET');
    expect(value(parseRequired('The label')('  '))).toBe('ERR The label cannot be empty.');
  });
});
