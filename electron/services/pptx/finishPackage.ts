// Finishing the package pptxgenjs wrote: each SVG picture gets its PNG fallback (pptxgenjs can
// draw one only in a browser and leaves a placeholder in Node), identical media parts are
// stored once, two-axis charts' spacer series leave the legend, and the theme's colour scheme
// becomes Briefdeck's, so PowerPoint's colour pickers and restyled charts offer the deck's
// colours. Then the package is compressed once, with fflate (synchronous; JSZip's chunked
// pipeline took most of a 100-slide export's time).
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Theme } from '../../../shared/theme';
import { svgToPng } from './svgPng';
import { markTextLanguage } from './officeLanguage';

const EMU_PER_PX = 914400 / 144;

/** The package's parts by name. */
type Parts = Record<string, Uint8Array>;

const names = (parts: Parts, re: RegExp) => Object.keys(parts).filter((n) => re.test(n));
const text = (parts: Parts, name: string) => (parts[name] ? strFromU8(parts[name]) : '');

function relTargets(relsXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"[^>]*\/>/g)) out.set(m[1] as string, m[2] as string);
  // Attribute order varies between writers: also read Target-before-Id.
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"[^>]*\/>/g)) out.set(m[2] as string, m[1] as string);
  return out;
}

/** Draws the PNG fallback of every picture whose blip carries an SVG (asvg:svgBlip). */
async function addSvgFallbacks(parts: Parts): Promise<void> {
  for (const slide of names(parts, /^ppt\/slides\/slide\d+\.xml$/)) {
    const xml = text(parts, slide);
    const rels = relTargets(text(parts, `ppt/slides/_rels/${path.posix.basename(slide)}.rels`));
    for (const [pic] of xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)) {
      const blip = /<a:blip r:embed="([^"]+)"[\s\S]*?<asvg:svgBlip[^>]*r:embed="([^"]+)"/.exec(pic);
      const ext = /<a:ext cx="(\d+)"/.exec(pic.slice(pic.indexOf('<p:spPr>')));
      if (!blip) continue;
      const png = rels.get(blip[1] as string);
      const svg = rels.get(blip[2] as string);
      if (!png || !svg) continue;
      const svgName = path.posix.join('ppt/slides', svg);
      if (!parts[svgName]) continue;
      const widthPx = ext ? Number(ext[1]) / EMU_PER_PX : 1200;
      parts[path.posix.join('ppt/slides', png)] = await svgToPng(text(parts, svgName), widthPx);
    }
  }
}

/** Media with the same bytes stored once: later relationships point at the first copy. */
function dedupeMedia(parts: Parts): void {
  const firstByHash = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const name of names(parts, /^ppt\/media\//)) {
    const hash = createHash('sha256').update(parts[name] as Uint8Array).digest('hex');
    const first = firstByHash.get(hash);
    if (first) renamed.set(path.posix.basename(name), path.posix.basename(first));
    else firstByHash.set(hash, name);
  }
  if (renamed.size === 0) return;
  for (const rels of names(parts, /^ppt\/slides\/_rels\/.*\.rels$/)) {
    const xml = text(parts, rels);
    const next = xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (whole, name: string) => {
      const to = renamed.get(name);
      return to ? `Target="../media/${to}"` : whole;
    });
    if (next !== xml) parts[rels] = strToU8(next);
  }
  for (const name of renamed.keys()) delete parts[`ppt/media/${name}`];
}

const hex = (c: string) => c.replace('#', '').toUpperCase();

/** The theme part's colour scheme from the Briefdeck theme (text, background, title, series as accents). */
export function themeColorScheme(xml: string, theme: Theme): string {
  const c = theme.colors;
  const slots: Record<string, string> = {
    dk1: c.text,
    lt1: c.background,
    dk2: c.titleBand,
    lt2: c.land,
    hlink: c.accent,
    folHlink: c.muted,
  };
  c.series.slice(0, 6).forEach((color, i) => (slots[`accent${i + 1}`] = color));
  let out = xml.replace(/<a:clrScheme name="[^"]*">/, `<a:clrScheme name="${theme.name.replace(/[<>&"]/g, '')}">`);
  for (const [slot, color] of Object.entries(slots)) {
    out = out.replace(new RegExp(`<a:${slot}>[\\s\\S]*?</a:${slot}>`), `<a:${slot}><a:srgbClr val="${hex(color)}"/></a:${slot}>`);
  }
  return out;
}

/** pptxgenjs marks every typeface as a sans (pitchFamily 34); the serif one gets the roman family
 * (18), so a machine without it substitutes a serif, not a sans, for quotes. */
function markSerif(parts: Parts, serif: string): void {
  const attr = `typeface="${serif.replace(/[<>&"]/g, '')}" pitchFamily="34"`;
  for (const name of names(parts, /^ppt\/slides\/slide\d+\.xml$/)) {
    const xml = text(parts, name);
    if (xml.includes(attr)) parts[name] = strToU8(xml.replaceAll(attr, attr.replace('pitchFamily="34"', 'pitchFamily="18"')));
  }
}

/** Unnamed series are the spacers that set two-axis bars side by side (pptxWriter's
 * twoAxisChart): they have no place in the legend. */
export function hideSpacerLegendEntries(xml: string): string {
  const spacers = [...xml.matchAll(/<c:ser>\s*<c:idx val="(\d+)"\/>[\s\S]*?<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>/g)].filter((m) => m[2] === '').map((m) => m[1] as string);
  if (spacers.length === 0) return xml;
  const entries = spacers.map((i) => `<c:legendEntry><c:idx val="${i}"/><c:delete val="1"/></c:legendEntry>`).join('');
  return xml.replace(/(<c:legend>\s*<c:legendPos val="[^"]*"\/>)/, `$1${entries}`);
}

/** What pptxgenjs cannot write on a native table: its alt text, and that its first row is the header. */
export interface TableMark {
  alt: string;
  headerRow: boolean;
}

const escapeAttr = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Each native table on a slide, in order, gets its alt text (descr) and, with a header row,
 * firstRow="1" so PowerPoint and screen readers treat that row as headers. */
export function markTables(xml: string, marks: readonly TableMark[]): string {
  let n = 0;
  return xml.replace(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g, (frame) => {
    if (!frame.includes('<a:tbl>')) return frame;
    const mark = marks[n++];
    if (!mark) return frame;
    const described = frame.replace(/(<p:cNvPr [^>]*?)(\/?>)/, (_, open: string, close: string) => `${open.replace(/\sdescr="[^"]*"/, '')} descr="${escapeAttr(mark.alt)}"${close}`);
    return mark.headerRow ? described.replace('<a:tblPr/>', '<a:tblPr firstRow="1"/>') : described;
  });
}

/** Parts that are compressed already (pictures, the charts' embedded workbooks) are stored as they are. */
const STORED = /\.(png|jpe?g|gif|xlsx)$/i;

/** The parts that hold text: slides, notes, layouts, masters, charts and the default text style. */
const TEXT_PARTS = /^ppt\/(?:(?:slides|notesSlides|slideLayouts|slideMasters|notesMasters|charts)\/[^/]+\.xml|presentation\.xml)$/;

export async function finishPackage(raw: Buffer, theme: Theme, serifFace: string, tables: readonly TableMark[][] = [], language = 'en-US'): Promise<Buffer> {
  const parts: Parts = unzipSync(raw);
  for (const name of names(parts, TEXT_PARTS)) {
    const xml = text(parts, name);
    const next = markTextLanguage(xml, language);
    if (next !== xml) parts[name] = strToU8(next);
  }
  tables.forEach((marks, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    if (marks.length > 0 && parts[name]) parts[name] = strToU8(markTables(text(parts, name), marks));
  });
  await addSvgFallbacks(parts);
  markSerif(parts, serifFace);
  dedupeMedia(parts);
  for (const name of names(parts, /^ppt\/charts\/chart\d+\.xml$/)) {
    const xml = text(parts, name);
    const next = hideSpacerLegendEntries(xml);
    if (next !== xml) parts[name] = strToU8(next);
  }
  if (parts['ppt/theme/theme1.xml']) parts['ppt/theme/theme1.xml'] = strToU8(themeColorScheme(text(parts, 'ppt/theme/theme1.xml'), theme));
  // [Content_Types].xml first, as OOXML readers expect and pptxgenjs writes it.
  const ordered: Zippable = {};
  for (const name of ['[Content_Types].xml', ...Object.keys(parts).filter((n) => n !== '[Content_Types].xml')]) {
    const data = parts[name];
    if (data) ordered[name] = [data, { level: STORED.test(name) ? 0 : 6 }];
  }
  return Buffer.from(zipSync(ordered));
}
