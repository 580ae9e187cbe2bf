// Characters XML 1.0 cannot hold (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF): a deck
// may contain them (pasted text), and one of them makes a whole .pptx or SVG unreadable.
// Every string the PowerPoint export writes passes through here.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(INVALID, '');
}
