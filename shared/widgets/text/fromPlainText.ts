// Plain text from the clipboard as a text widget: one paragraph per line; lines that all start
// with a bullet mark ("•", "-", "*", "–") become bullets. Nothing is dropped: a paragraph longer
// than a bullet may be is split at sentence ends, and text with more paragraphs than a widget
// holds is refused with the numbers, so the person can paste it in parts.
import { fail, ok, type Result } from '../../result';
import { cleanPastedText } from '../../clipboard/pastedText';
import type { TextProps } from './schema';

/** TextPropsSchema's limits. */
export const MAX_PARAGRAPHS = 100;
export const MAX_PARAGRAPH_CHARS = 2000;

const BULLET = /^\s*[•\-*–]\s+/;

/** Splits a paragraph into pieces of at most `max` characters, at a sentence end or a space. */
function splitLong(paragraph: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const cut = sentence > max / 2 ? sentence + 1 : window.lastIndexOf(' ') > max / 2 ? window.lastIndexOf(' ') : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

export function textPropsFromPlainText(text: string): Result<TextProps> {
  const lines = cleanPastedText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return fail('bad_request', 'The clipboard text is empty; nothing was pasted.');
  const bulleted = lines.length > 1 && lines.every((l) => BULLET.test(l));
  const paragraphs = lines.map((l) => (bulleted ? l.replace(BULLET, '') : l)).flatMap((l) => splitLong(l, MAX_PARAGRAPH_CHARS));
  if (paragraphs.length > MAX_PARAGRAPHS) {
    return fail(
      'too_large',
      `The clipboard text has ${paragraphs.length.toLocaleString('en')} paragraphs; a text widget holds up to ${MAX_PARAGRAPHS}. Nothing was pasted: copy a shorter part and paste it again.`,
    );
  }
  return ok({ heading: '', bullets: paragraphs, bulleted });
}
