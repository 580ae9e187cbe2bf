// Reads a PDF back for tests, the way a reader's viewer would: pdfjs-dist (legacy build, for
// Node) for text with positions, the outline, metadata and drawing operators; poppler for
// what pdfinfo / pdffonts / pdfimages report; qpdf checks the file's structure first, so every
// PDF a test reads back is also a well-formed one.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface TextItem {
  str: string;
  x: number;
  /** From the top of the page, in points. */
  top: number;
}

export interface ReadPage {
  width: number;
  height: number;
  text: string;
  items: TextItem[];
  /** Path-construction operators (vector drawing) and image paints on the page. */
  paths: number;
  images: number;
}

export interface ReadPdf {
  pages: ReadPage[];
  outline: { title: string; pageIndex: number }[];
  info: Record<string, unknown>;
  language: string | null;
}

/** Inter's subset maps U+2019 (’) to the same glyph as U+02BC (ʼ), and pdfjs splits the run
 * around it; a viewer's search has the same trouble. Normalised so tests compare words. */
export function normalizeText(s: string): string {
  return s.replace(/\s*[\u02bc\u2019]\s*/g, '’').replace(/\s+/g, ' ');
}

/** `qpdf --check`: throws with qpdf's findings unless the file is clean (no errors, no warnings). */
export function qpdfCheck(file: string): void {
  try {
    execFileSync('qpdf', ['--check', file], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    throw new Error(`qpdf --check ${file} exited ${err.status}: ${`${err.stdout ?? ''}${err.stderr ?? ''}`.trim().slice(0, 2000)}`, { cause: e });
  }
}

/** The trailer's /ID as its two hex halves, as qpdf reads it (null when there is none). */
export function trailerId(file: string): [string, string] | null {
  const trailer = execFileSync('qpdf', ['--show-object=trailer', file], { encoding: 'utf8' });
  const m = /\/ID\s*\[\s*<([0-9a-fA-F]*)>\s*<([0-9a-fA-F]*)>\s*\]/.exec(trailer);
  return m ? [m[1]!.toLowerCase(), m[2]!.toLowerCase()] : null;
}

export async function readPdf(file: string): Promise<ReadPdf> {
  qpdfCheck(file);
  const data = new Uint8Array(await readFile(file));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: ReadPage[] = [];
  const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      items.push({ str: it.str, x: it.transform[4] as number, top: height - (it.transform[5] as number) });
    }
    const ops = await page.getOperatorList();
    let paths = 0;
    let images = 0;
    for (const fn of ops.fnArray) {
      if (fn === pdfjs.OPS.constructPath) paths++;
      if (imageOps.has(fn)) images++;
    }
    pages.push({ width, height, text: normalizeText(items.map((t) => t.str).join(' ')), items, paths, images });
  }
  const outline: ReadPdf['outline'] = [];
  for (const item of (await doc.getOutline()) ?? []) {
    let pageIndex = -1;
    const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
    if (Array.isArray(dest) && dest[0]) pageIndex = await doc.getPageIndex(dest[0] as never);
    outline.push({ title: item.title, pageIndex });
  }
  const meta = await doc.getMetadata();
  const info = meta.info as Record<string, unknown>;
  const language = (info.Language as string | undefined) ?? null;
  await doc.destroy();
  return { pages, outline, info, language };
}

/** The /Alt text of every /Figure in the tagged PDF's structure tree, in document order
 * (what a screen reader announces for a chart or a map). */
export async function figureAlts(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const alts: string[] = [];
  const walk = (obj: PDFObject | undefined): void => {
    const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
    if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) walk(o.get(i));
      return;
    }
    if (!(o instanceof PDFDict)) return;
    if (o.get(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = o.get(PDFName.of('Alt'));
      alts.push(alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : '');
    }
    walk(o.get(PDFName.of('K')));
  };
  walk(root?.get(PDFName.of('K')));
  return alts;
}

/** A structure element of a tagged PDF: its type, its /Scope attribute (header cells) and children. */
export interface StructNode {
  type: string;
  scope: string | null;
  children: StructNode[];
}

/** The structure tree's /Table elements, each with its rows and cells (THead/TBody/TFoot
 * flattened), as a screen reader walks them. */
export async function tableStructures(file: string): Promise<StructNode[]> {
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const look = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const nameOf = (o: PDFObject | undefined) => (o instanceof PDFName ? o.decodeText() : null);
  const scopeOf = (a: PDFObject | undefined): string | null => {
    const attr = look(a);
    if (attr instanceof PDFArray) {
      for (let i = 0; i < attr.size(); i++) {
        const found = scopeOf(attr.get(i));
        if (found) return found;
      }
      return null;
    }
    return attr instanceof PDFDict ? nameOf(attr.get(PDFName.of('Scope'))) : null;
  };
  const build = (obj: PDFObject | undefined): StructNode[] => {
    const o = look(obj);
    if (o instanceof PDFArray) return Array.from({ length: o.size() }, (_, i) => build(o.get(i))).flat();
    if (!(o instanceof PDFDict) || !(o.get(PDFName.of('S')) instanceof PDFName)) return [];
    return [{ type: nameOf(o.get(PDFName.of('S'))) ?? '', scope: scopeOf(o.get(PDFName.of('A'))), children: build(o.get(PDFName.of('K'))) }];
  };
  const tables: StructNode[] = [];
  const flatten = (n: StructNode): StructNode[] => (['THead', 'TBody', 'TFoot'].includes(n.type) ? n.children.flatMap(flatten) : [n]);
  const find = (nodes: StructNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'Table') tables.push({ ...n, children: n.children.flatMap(flatten) });
      else find(n.children);
    }
  };
  find(build(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K'))));
  return tables;
}

/** `pdfinfo` as key -> value. */
export function pdfinfo(file: string): Record<string, string> {
  qpdfCheck(file);
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** `pdffonts` rows: name and whether embedded. */
export function pdffonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type... emb sub uni objectID gen: "emb" is the 5th field from the end.
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/** Raster images on one page (1-based), per pdfimages -list. */
export function pdfimagesOnPage(file: string, page: number): number {
  const out = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  return out.split('\n').slice(2).filter((l) => l.trim() !== '').length;
}

/** Renders every page to PNG (pdftoppm -r 50) under `dir` for people to review. */
export function renderPngs(file: string, dir: string, prefix: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '50', '-png', file, `${dir}/${prefix}`]);
}

/** Every place a PDF can carry text, as text, for leak tests: the page text (pdftotext), every
 * string object decoded (structure tree and alt texts, outline, document info, link
 * annotations' URIs, named destinations), and the whole file uncompressed by qpdf (XMP
 * metadata and anything else stored literally). */
export async function pdfSurfaces(file: string): Promise<{ pageText: string; strings: string; raw: string }> {
  qpdfCheck(file);
  const pageText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const doc = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const found: string[] = [];
  const seen = new Set<PDFObject>();
  const walk = (o: PDFObject | undefined): void => {
    if (!o || seen.has(o)) return;
    seen.add(o);
    if (o instanceof PDFString || o instanceof PDFHexString) found.push(o.decodeText());
    else if (o instanceof PDFArray) for (let i = 0; i < o.size(); i++) walk(o.get(i));
    else if (o instanceof PDFDict) for (const [, v] of o.entries()) walk(v);
    else if (o instanceof PDFRawStream) walk(o.dict);
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) walk(obj);
  walk(doc.context.trailerInfo.Info);
  const raw = execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--decode-level=all', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
  return { pageText, strings: found.join('\n'), raw };
}
