// Colours of a rendered PDF page: pdftoppm draws it (as a person's viewer would) into a PPM,
// whose pixels are read here, so a test can check what colour a region of a page really is.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface PagePixels {
  width: number;
  height: number;
  /** "#rrggbb" at a point given as fractions of the page (0..1 across, 0..1 down). */
  at(x: number, y: number): string;
  /** How many pixels in the page (a fraction of them) are within `tolerance` of `hex`. */
  share(hex: string, tolerance?: number): number;
}

export function renderPagePixels(pdf: string, page: number, dir: string, dpi = 30): PagePixels {
  const prefix = path.join(dir, `px-${page}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const data = readFileSync(`${prefix}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = data.subarray(header[0].length);
  const rgb = (i: number) => [pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!] as const;
  const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  return {
    width,
    height,
    at: (x, y) => hex(rgb(Math.min(height - 1, Math.round(y * height)) * width + Math.min(width - 1, Math.round(x * width)))),
    share(target, tolerance = 8) {
      const t = [1, 3, 5].map((i) => Number.parseInt(target.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < width * height; i++) {
        const c = rgb(i);
        if (c.every((v, k) => Math.abs(v - t[k]!) <= tolerance)) n++;
      }
      return n / (width * height);
    },
  };
}
