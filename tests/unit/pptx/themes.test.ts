// Themes in the PowerPoint export, read back from the .pptx: the theme part's colour scheme and
// font scheme are the deck theme's (the organisation's name, text, background, accents; its text
// font for headings and body), the slide layouts' background is the theme's (through the scheme), and the
// organisation logo is a picture above the title slide's title and in the chosen corner of the others.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import type { ExportOptions } from '../../../shared/api/contract';
import { LOGO, logoBox } from '../../../shared/layouts/slideChrome';
import { setDeckTheme } from '../../../shared/themes/deckTheme';
import { starterOrganisationTheme } from '../../../shared/themes/organisation';
import { bytesToBase64 } from '../../../shared/widgets/image/assets';
import { buildMixedDeck } from '../export/decks';
import { tempDir } from '../services/helpers';
import { findAll, readPptx } from './ooxml';

const ALL: ExportOptions = { range: null, includeHidden: true, layout: 'slides', sourcesPage: false, pageNumbers: true, paper: 'letter' };
const EMU_PER_PX = 12_192_000 / 1920;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#7a1f5c"/></svg>';

async function exported(themeId: string) {
  const { deck } = buildMixedDeck();
  const s = starterOrganisationTheme();
  const logo = { id: 'img_00000000000000000000000000000000000000aa', name: 'logo.svg', mime: 'image/svg+xml' as const, data: bytesToBase64(new TextEncoder().encode(SVG)), source: null };
  const org = { ...s, name: 'Ministry of Examples', fonts: { text: 'Source Serif 4', quotes: 'Inter' }, palette: { ...s.palette, text: '#101820', accent: '#7a1f5c', partner: '#005f73' }, logoCorner: 'bottom-left' as const, logo };
  expect(setDeckTheme(deck, themeId, org)).toBe(true);
  const out = path.join(await tempDir(), `${themeId}.pptx`);
  await exportPptx(deck, ALL, out);
  return readPptx(await readFile(out));
}

const attr = (n: unknown, name: string) => (n as Record<string, string>)[`@_${name}`];

describe('themes in PowerPoint', () => {
  it('the organisation theme: colour and font scheme, and the logo on title and other slides', async () => {
    const read = await exported('organisation');
    const theme = read.part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:clrScheme name="Ministry of Examples">');
    expect(theme).toMatch(/<a:dk1><a:srgbClr val="101820"\/><\/a:dk1>/);
    expect(theme).toMatch(/<a:accent1><a:srgbClr val="005F73"\/><\/a:accent1>/);
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Source Serif 4"\/>/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Source Serif 4"\/>/);

    const logos = read.slides.map((s) =>
      findAll(s.xml, 'p:pic')
        .filter((pic) => findAll(pic, 'p:cNvPr').some((n) => attr(n, 'name') === 'Logo'))
        .map((pic) => {
          const off = findAll(pic, 'a:off')[0];
          const ext = findAll(pic, 'a:ext').find((e) => attr(e, 'cx') !== undefined);
          return { x: Number(attr(off, 'x')) / EMU_PER_PX, y: Number(attr(off, 'y')) / EMU_PER_PX, h: Number(attr(ext, 'cy')) / EMU_PER_PX };
        }),
    );
    // The title slide: above the title, left-aligned, the box's full height (a 4:1 logo in a 560x120 box).
    expect(logos[0]).toHaveLength(1);
    expect(logos[0]![0]!.x).toBeCloseTo(LOGO.hero.x, 0);
    expect(logos[0]![0]!.y).toBeCloseTo(LOGO.hero.y, 0);
    expect(logos[0]![0]!.h).toBeCloseTo(LOGO.hero.h, 0);
    // Every other slide: bottom left.
    const corner = logoBox('bottom-left');
    for (const found of logos.slice(1)) {
      expect(found).toHaveLength(1);
      expect(found[0]!.x).toBeCloseTo(corner.x, 0);
      expect(found[0]!.y).toBeCloseTo(corner.y, 0);
    }
  });

  it('a built-in theme: Bright room’s colours and dark layout backgrounds, no logo', async () => {
    const read = await exported('brightRoom');
    const theme = read.part('ppt/theme/theme1.xml');
    expect(theme).toContain('<a:clrScheme name="Bright room (dark, high contrast)">');
    expect(theme).toMatch(/<a:lt1><a:srgbClr val="0B0F14"\/><\/a:lt1>/);
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Inter"\/>/);
    // Layouts fill their background with the scheme's bg1, which is lt1: the theme's background.
    expect(read.part('ppt/slideLayouts/slideLayout1.xml')).toMatch(/<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"\/>/);
    expect(read.slides.flatMap((s) => findAll(s.xml, 'p:cNvPr')).some((n) => attr(n, 'name') === 'Logo')).toBe(false);
  });
});
