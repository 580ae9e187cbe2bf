// Inline markers of text bullets, **bold** and _italic_, parsed into runs. The one parser for
// the slide view (React elements) and the PowerPoint export (text runs); never HTML.

export interface InlineRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

export function parseInline(text: string): InlineRun[] {
  const out: InlineRun[] = [];
  const re = /\*\*(.+?)\*\*|_(.+?)_/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), bold: false, italic: false });
    if (m[1] !== undefined) out.push({ text: m[1], bold: true, italic: false });
    else out.push({ text: m[2] ?? '', bold: false, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), bold: false, italic: false });
  return out;
}

/** A field's text with its selection (start..end, as a text field reports it). */
export interface MarkedSelection {
  text: string;
  start: number;
  end: number;
}

export type InlineMark = 'bold' | 'italic';

const MARKERS: Record<InlineMark, string> = { bold: '**', italic: '_' };
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Ctrl+B / Ctrl+I in a bullet: wraps the selection in the mark's markers, or takes them off when
 * it already has them. With nothing selected it marks the word at the caret (as word processors
 * do); between words it inserts an empty pair with the caret inside. A selection over several
 * lines marks each line on its own, since a marker never spans bullets. */
export function toggleInlineMark(sel: MarkedSelection, mark: InlineMark): MarkedSelection {
  const m = MARKERS[mark];
  const { text } = sel;
  let { start, end } = sel;
  if (start === end) {
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
    if (start === end) return { text: text.slice(0, start) + m + m + text.slice(end), start: start + m.length, end: start + m.length };
  }
  const inner = text.slice(start, end);
  if (text.slice(start - m.length, start) === m && text.slice(end, end + m.length) === m) {
    return { text: text.slice(0, start - m.length) + inner + text.slice(end + m.length), start: start - m.length, end: end - m.length };
  }
  if (inner.length > 2 * m.length && inner.startsWith(m) && inner.endsWith(m)) {
    const bare = inner.slice(m.length, -m.length);
    return { text: text.slice(0, start) + bare + text.slice(end), start, end: start + bare.length };
  }
  // Markers go inside a line's own spaces: "**word** " reads as bold, "**word **" does not.
  const marked = inner
    .split('\n')
    .map((line) => {
      const core = line.trim();
      if (core === '') return line;
      const lead = line.slice(0, line.indexOf(core));
      return lead + m + core + m + line.slice(lead.length + core.length);
    })
    .join('\n');
  return { text: text.slice(0, start) + marked + text.slice(end), start, end: start + marked.length };
}
