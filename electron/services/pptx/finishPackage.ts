// Finishing the package pptxgenjs wrote: each SVG picture gets its PNG fallback (pptxgenjs can
// draw one only in a browser and leaves a placeholder in Node), identical media parts are
// stored once, and the theme's colour scheme becomes Briefdeck's, so PowerPoint's colour pickers
// and restyled charts offer the deck's colours. Then the package is compressed once.
import JSZip from 'jszip';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Theme } from '../../../shared/theme';
import { svgToPng } from './svgPng';

const EMU_PER_PX = 914400 / 144;

function relTargets(relsXml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"[^>]*\/>/g)) out.set(m[1] as string, m[2] as string);
  // Attribute order varies between writers: also read Target-before-Id.
  for (const m of relsXml.matchAll(/<Relationship\s[^>]*?Target="([^"]+)"[^>]*?Id="([^"]+)"[^>]*\/>/g)) out.set(m[2] as string, m[1] as string);
  return out;
}

/** Draws the PNG fallback of every picture whose blip carries an SVG (asvg:svgBlip). */
async function addSvgFallbacks(zip: JSZip): Promise<void> {
  const slides = zip.file(/^ppt\/slides\/slide\d+\.xml$/);
  for (const slide of slides) {
    const xml = await slide.async('string');
    const relsPath = `ppt/slides/_rels/${path.posix.basename(slide.name)}.rels`;
    const rels = relTargets((await zip.file(relsPath)?.async('string')) ?? '');
    const pictures = xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g);
    for (const [pic] of pictures) {
      const blip = /<a:blip r:embed="([^"]+)"[\s\S]*?<asvg:svgBlip[^>]*r:embed="([^"]+)"/.exec(pic);
      const ext = /<a:ext cx="(\d+)"/.exec(pic.slice(pic.indexOf('<p:spPr>')));
      if (!blip) continue;
      const png = rels.get(blip[1] as string);
      const svg = rels.get(blip[2] as string);
      if (!png || !svg) continue;
      const svgFile = zip.file(path.posix.join('ppt/slides', svg));
      if (!svgFile) continue;
      const widthPx = ext ? Number(ext[1]) / EMU_PER_PX : 1200;
      zip.file(path.posix.join('ppt/slides', png), await svgToPng(await svgFile.async('string'), widthPx));
    }
  }
}

/** Media with the same bytes stored once: later relationships point at the first copy. */
async function dedupeMedia(zip: JSZip): Promise<void> {
  const firstByHash = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const file of zip.file(/^ppt\/media\//)) {
    const hash = createHash('sha256').update(await file.async('uint8array')).digest('hex');
    const first = firstByHash.get(hash);
    if (first) renamed.set(path.posix.basename(file.name), path.posix.basename(first));
    else firstByHash.set(hash, file.name);
  }
  if (renamed.size === 0) return;
  for (const rels of zip.file(/^ppt\/slides\/_rels\/.*\.rels$/)) {
    const xml = await rels.async('string');
    const next = xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (whole, name: string) => {
      const to = renamed.get(name);
      return to ? `Target="../media/${to}"` : whole;
    });
    if (next !== xml) zip.file(rels.name, next);
  }
  for (const name of renamed.keys()) zip.remove(`ppt/media/${name}`);
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
async function markSerif(zip: JSZip, serif: string): Promise<void> {
  const attr = `typeface="${serif.replace(/[<>&"]/g, '')}" pitchFamily="34"`;
  for (const part of zip.file(/^ppt\/slides\/slide\d+\.xml$/)) {
    const xml = await part.async('string');
    if (xml.includes(attr)) zip.file(part.name, xml.replaceAll(attr, attr.replace('pitchFamily="34"', 'pitchFamily="18"')));
  }
}

export async function finishPackage(raw: Buffer, theme: Theme, serifFace: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(raw);
  await addSvgFallbacks(zip);
  await markSerif(zip, serifFace);
  await dedupeMedia(zip);
  const themePart = zip.file('ppt/theme/theme1.xml');
  if (themePart) zip.file(themePart.name, themeColorScheme(await themePart.async('string'), theme));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
