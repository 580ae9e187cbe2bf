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
