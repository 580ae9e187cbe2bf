import { describe, expect, it } from 'vitest';
import { systemLanguage } from '../../../electron/services/systemLanguage';

describe('the system language a new deck takes', () => {
  it('reads LC_ALL, then LC_NUMERIC, then LANG, else the ICU locale', () => {
    expect(systemLanguage({ LANG: 'de_DE.UTF-8' })).toBe('de-DE');
    expect(systemLanguage({ LC_NUMERIC: 'fr_FR.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('fr-FR');
    expect(systemLanguage({ LC_ALL: 'ja_JP.UTF-8', LC_NUMERIC: 'fr_FR' })).toBe('ja-JP');
    // C and POSIX say nothing about a language: the ICU locale decides (a valid tag).
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe(Intl.getCanonicalLocales(Intl.DateTimeFormat().resolvedOptions().locale)[0]);
  });
});
