// Text size estimates for the PowerPoint export, which has no browser to measure in: greedy word
// wrap with an average glyph width per font. Used to pick the starting size a slide view would
// reach by measuring (quotes) and to warn when text will not fit; PowerPoint's own autofit
// (shrink on overflow) still has the last word on screen.

/** Average advance per character as a share of the font size (measured on Inter / Source Serif 4 prose). */
export const CHAR_WIDTH_EM = { sans: 0.53, serif: 0.5 } as const;

/** Lines `text` takes at `size` px in a box `width` px wide. */
export function wrappedLines(text: string, width: number, size: number, charEm: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * charEm)));
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (line === 0) {
        lines += Math.floor(Math.max(0, len - 1) / perLine);
        line = ((len - 1) % perLine) + 1;
      } else if (line + 1 + len <= perLine) line += 1 + len;
      else {
        lines++;
        lines += Math.floor(Math.max(0, len - 1) / perLine);
        line = ((len - 1) % perLine) + 1;
      }
    }
  }
  return lines;
}

/** Height in px of `text` at `size` with line height `lineHeight` (a multiple of the size). */
export function textHeight(text: string, width: number, size: number, charEm: number, lineHeight: number): number {
  return wrappedLines(text, width, size, charEm) * size * lineHeight;
}
