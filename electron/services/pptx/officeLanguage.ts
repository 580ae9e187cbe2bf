// The deck's language in the PowerPoint package (issue #17 item 7): the proofing language of its
// text and the locale of its charts' number formats, so a German deck reads "1.234,5".
import lcid from 'lcid';

/** The prefix that gives an OOXML number format its locale ("[$-407]" for de-DE), or '' when
 * Windows has no locale id for the tag. Format codes are written in one invariant form (comma
 * groups, point decimals); the reader shows them with the separators of the format's locale
 * (LibreOffice does; PowerPoint follows the viewer's regional settings where it overrides). */
export function numberFormatLocale(language: string): string {
  const id = lcid.to(language);
  return id === undefined ? '' : `[$-${id.toString(16).toUpperCase()}]`;
}

/** A chart's format code in the deck's language: "#,##0.0" -> "[$-407]#,##0.0". */
export function localizedFormatCode(code: string, language: string): string {
  return `${numberFormatLocale(language)}${code}`;
}

/** Every run, paragraph end and default in the package's text marked with the deck's language.
 * pptxgenjs writes lang="en-US" in a dozen places its run option does not reach (paragraph ends,
 * notes, placeholders, chart text, the default text style), so the language is set here, once,
 * for all of them: PowerPoint's spell checker, screen readers and hyphenation then read the
 * text as the deck's language. Typed text is escaped, so the attribute cannot occur in it. */
export function markTextLanguage(xml: string, language: string): string {
  if (language === 'en-US') return xml;
  return xml.replace(/(<a:(?:rPr|endParaRPr|defRPr)\b[^>]*?\s)lang="en-US"/g, `$1lang="${language}"`);
}
