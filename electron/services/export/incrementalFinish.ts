// Finishing Chromium's PDF without rewriting it: the document information, the language and
// a slide outline are appended as an incremental update (PDF 32000-1 §7.5.6): new objects, a
// revised catalog, and an xref section whose trailer points back at Chromium's. Nothing
// Chromium wrote is parsed beyond the trailer, the catalog and the page tree, so this takes
// milliseconds where loading and saving the whole file with pdf-lib took ~0.3 s on a
// 100-slide deck. Returns null for any file it does not fully understand (xref streams, an
// earlier update, encryption, an odd page tree); the caller then uses pdf-lib.
import type { OutlineEntry } from '../../../shared/export/pagePlan';
import type { PdfInfo } from './postProcess';

export function finishIncrementally(bytes: Uint8Array, info: PdfInfo, outline: readonly OutlineEntry[]): Uint8Array | null {
  // latin1 maps every byte to one char, so string indices are byte offsets.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!tail) return null;
  const xrefAt = Number(tail[1]);
  if (!text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  if (trailerAt < 0) return null;
  const trailer = dictAt(text, text.indexOf('<<', trailerAt));
  if (trailer === null || /\/(Prev|Encrypt|XRefStm)\b/.test(trailer)) return null;
  const size = numberOf(trailer, 'Size');
  const root = refOf(trailer, 'Root');
  const offsets = parseXref(text.slice(xrefAt, trailerAt));
  if (size === null || root === null || offsets === null) return null;

  const objectDict = (n: number): string | null => {
    const at = offsets.get(n);
    if (at === undefined || !new RegExp(`^${n}\\s+0\\s+obj\\s*<<`).test(text.slice(at, at + 40))) return null;
    return dictAt(text, text.indexOf('<<', at));
  };
  const catalog = objectDict(root);
  const pagesRoot = catalog === null ? null : refOf(catalog, 'Pages');
  if (catalog === null || pagesRoot === null) return null;
  const pages: number[] = [];
  const walk = (n: number, depth: number): boolean => {
    const d = objectDict(n);
    if (d === null || depth > 64) return false;
    if (/\/Type\s*\/Pages\b/.test(d)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(d);
      return kids !== null && [...(kids[1] ?? '').matchAll(/(\d+)\s+0\s+R/g)].every((k) => walk(Number(k[1]), depth + 1));
    }
    if (!/\/Type\s*\/Page\b/.test(d)) return false;
    pages.push(n);
    return true;
  };
  if (!walk(pagesRoot, 0) || pages.length === 0) return null;

  // New objects are numbered from the old /Size: the Info dictionary, then the outline.
  const objects: string[] = [];
  const infoRef = size;
  const now = info.createdAt ?? new Date();
  const infoEntries: [string, string][] = [
    ['Title', hexText(info.title || 'Untitled briefing')],
    ...(info.author ? ([['Author', hexText(info.author)]] as [string, string][]) : []),
    ...(info.subject ? ([['Subject', hexText(info.subject)]] as [string, string][]) : []),
    ...(info.keywords.length > 0 ? ([['Keywords', hexText(info.keywords.join(' '))]] as [string, string][]) : []),
    ['Creator', hexText(info.creator)],
    ['Producer', hexText(`${info.creator} (Chromium)`)],
    ['CreationDate', `(${pdfDate(now)})`],
    ['ModDate', `(${pdfDate(now)})`],
  ];
  objects.push(`<<${infoEntries.map(([k, v]) => `/${k} ${v}`).join(' ')}>>`);

  const entries = outline.filter((e) => e.pageIndex >= 0 && e.pageIndex < pages.length);
  const outlineRef = size + 1;
  if (entries.length > 0) {
    const first = outlineRef + 1;
    const last = outlineRef + entries.length;
    objects.push(`<</Type /Outlines /First ${first} 0 R /Last ${last} 0 R /Count ${entries.length}>>`);
    entries.forEach((e, i) => {
      const self = first + i;
      const links = `${i > 0 ? ` /Prev ${self - 1} 0 R` : ''}${self < last ? ` /Next ${self + 1} 0 R` : ''}`;
      objects.push(`<</Title ${hexText(e.title)} /Parent ${outlineRef} 0 R /Dest [${pages[e.pageIndex]} 0 R /Fit]${links}>>`);
    });
  }

  // The revised catalog: Chromium's entries minus the ones replaced here.
  const kept = catalog
    .replace(/\/Outlines\s+\d+\s+\d+\s+R/g, '')
    .replace(/\/PageMode\s*\/[A-Za-z]+/g, '')
    .replace(/\/Lang\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g, '')
    .trim();
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(info.language) ? info.language : 'en';
  const added = `${entries.length > 0 ? ` /Outlines ${outlineRef} 0 R /PageMode /UseOutlines` : ''} /Lang (${lang})`;
  const revisedCatalog = `<<${kept}${added}>>`;

  let out = text.endsWith('\n') ? '' : '\n';
  let offset = bytes.byteLength + out.length;
  const at = new Map<number, number>();
  const write = (n: number, body: string) => {
    at.set(n, offset);
    const chunk = `${n} 0 obj\n${body}\nendobj\n`;
    out += chunk;
    offset += chunk.length;
  };
  write(root, revisedCatalog);
  objects.forEach((body, i) => write(size + i, body));
  const newSize = size + objects.length;
  const line = (n: number) => `${String(at.get(n)).padStart(10, '0')} 00000 n \n`;
  const xref = `xref\n${root} 1\n${line(root)}${size} ${objects.length}\n${objects.map((_, i) => line(size + i)).join('')}`;
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];
  out += `${xref}trailer\n<</Size ${newSize} /Root ${root} 0 R /Info ${infoRef} 0 R /Prev ${xrefAt}${id ? ` ${id}` : ''}>>\nstartxref\n${offset}\n%%EOF\n`;

  const appended = Buffer.from(out, 'latin1');
  const result = new Uint8Array(bytes.byteLength + appended.byteLength);
  result.set(bytes, 0);
  result.set(appended, bytes.byteLength);
  return result;
}

/** The inside of the dictionary whose `<<` is at `open` (null if unbalanced). */
function dictAt(text: string, open: number): string | null {
  if (open < 0 || !text.startsWith('<<', open)) return null;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      i = skipLiteralString(text, i);
      if (i < 0) return null;
    } else if (c === '<' && text[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && text[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return text.slice(open + 2, i - 1);
    } else if (c === '<') {
      const close = text.indexOf('>', i);
      if (close < 0) return null;
      i = close;
    }
  }
  return null;
}

/** Index of the `)` closing the literal string that opens at `open` (-1 if none). */
function skipLiteralString(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Object number -> byte offset, from a classic xref table with in-use entries. */
function parseXref(section: string): Map<number, number> | null {
  const lines = section.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines[0] !== 'xref') return null;
  const offsets = new Map<number, number>();
  let i = 1;
  while (i < lines.length) {
    const head = /^(\d+)\s+(\d+)$/.exec(lines[i] ?? '');
    if (!head) return null;
    const first = Number(head[1]);
    const count = Number(head[2]);
    for (let k = 0; k < count; k++) {
      const entry = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(lines[i + 1 + k] ?? '');
      if (!entry) return null;
      if (entry[3] === 'n') offsets.set(first + k, Number(entry[1]));
    }
    i += 1 + count;
  }
  return offsets;
}

function numberOf(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\b(?!\\s+\\d+\\s+R)`).exec(dict);
  return m ? Number(m[1]) : null;
}

function refOf(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

/** A PDF text string as UTF-16BE hex with its byte-order mark. */
function hexText(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}
