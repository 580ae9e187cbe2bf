// PNG fallbacks of the SVG pictures (maps) for PowerPoint versions before 2016, which show only
// the PNG. Rendered in Node by resvg (its native binary ships inside the npm package), with
// the DejaVu fonts Debian installs when present, else the system's fonts.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';

const DEJAVU = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];

let fontOptions: { fontFiles?: string[]; loadSystemFonts: boolean; defaultFontFamily: string } | null = null;

function fonts() {
  // Loading every system font takes ~100 ms per picture; two known files take next to nothing.
  fontOptions ??= DEJAVU.every((f) => existsSync(f))
    ? { fontFiles: DEJAVU, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true, defaultFontFamily: 'sans-serif' };
  return fontOptions;
}

/** Drawn fallbacks by SVG and width: a map used twice is drawn once (most of the export's time). */
const drawn = new Map<string, Buffer>();
const CACHE_SIZE = 32;

/** The SVG document drawn `width` pixels wide, as PNG bytes. resvg (a native module) is loaded on
 * the first map, so the desktop app's main process starts without it. */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  const w = Math.max(1, Math.round(width));
  const key = `${w}:${createHash('sha256').update(svg).digest('hex')}`;
  const hit = drawn.get(key);
  if (hit) return hit;
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: w }, font: fonts() }).render().asPng();
  drawn.set(key, png);
  if (drawn.size > CACHE_SIZE) drawn.delete(drawn.keys().next().value as string);
  return png;
}
