import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance, textColorOn } from '../../../shared/contrast';

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

describe('banner text colour by WCAG contrast ratio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('gives orange #e08a00 black (7.80:1), not white (2.69:1) as the YIQ threshold did', () => {
    expect(textColorOn('#e08a00')).toBe('#000000');
    expect(contrastRatio('#e08a00', '#000000')).toBeCloseTo(7.8, 1);
    expect(contrastRatio('#e08a00', '#ffffff')).toBeCloseTo(2.69, 2);
  });

  it('keeps the presets readable: dark markings get white, light ones black', () => {
    for (const dark of ['#2b2b2b', '#0033a0', '#502b85', '#1f5fa8', '#007a33', '#c8102e']) expect(textColorOn(dark)).toBe('#ffffff');
    for (const light of ['#ffffff', '#ffd100', '#e08a00', '#7fdbff']) expect(textColorOn(light)).toBe('#000000');
  });

  it('over a grid of 4096 colours the chosen text always has the better ratio, and at least 4.58:1', () => {
    let worst = 21;
    for (let r = 0; r < 256; r += 17) {
      for (let g = 0; g < 256; g += 17) {
        for (let b = 0; b < 256; b += 17) {
          const bg = hex(r, g, b);
          const chosen = textColorOn(bg);
          const other = chosen === '#000000' ? '#ffffff' : '#000000';
          expect(contrastRatio(bg, chosen)).toBeGreaterThanOrEqual(contrastRatio(bg, other));
          worst = Math.min(worst, contrastRatio(bg, chosen));
        }
      }
    }
    // The better of black and white never drops below sqrt(21) ≈ 4.58.
    expect(worst).toBeGreaterThanOrEqual(4.58);
  });

  it('parses only #rrggbb', () => {
    expect(parseHex('#E08A00')).toEqual([224, 138, 0]);
    expect(parseHex('e08a00')).toBeNull();
    expect(parseHex('#e08')).toBeNull();
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
  });
});
