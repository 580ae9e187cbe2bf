// A deck's language (issue #17 item 7): a BCP 47 tag ("de-DE") that sets how its numbers and
// dates are written on every surface, the slides' lang attribute, the PDF's /Lang and the
// spell checker. The UI itself stays English.

/** What a deck without a language of its own is written in: how decks printed before there
 * was a choice. */
export const DEFAULT_LANGUAGE = 'en-US';

/** The canonical form of a language tag ("de-de" -> "de-DE"), or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** A POSIX locale ("de_DE.UTF-8", "pt_BR@euro") as a language tag; null for C/POSIX or junk. */
export function languageFromPosix(locale: string): string | null {
  const base = locale.split(/[.@]/)[0]?.replace('_', '-') ?? '';
  if (base === '' || base === 'C' || base === 'POSIX') return null;
  return canonicalLanguage(base);
}

/** The languages the Deck tab offers (any valid tag is accepted in the file). */
export const LANGUAGE_CHOICES: readonly string[] = [
  'en-US', 'en-GB', 'en-AU', 'de-DE', 'de-CH', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pl-PL', 'pt-BR', 'sv-SE', 'ja-JP', 'ko-KR', 'zh-TW', 'zh-CN', 'id-ID', 'vi-VN', 'hi-IN',
];

/** "German (Germany)": the language's name in English (the UI's language). */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
