// Renders the app and document icons from their one source drawing each
// (assets/icons/source/*.svg) with Chromium, at every size the installers need:
//   assets/icons/png/NxN.png     Linux (AppImage, deb) and the window icon
//   assets/icons/icon.ico        Windows app + NSIS installer;  icon.icns  macOS app + dmg
//   assets/icons/document.ico / document.icns   the .briefdeck file-type icon
// Usage: npx tsx scripts/icons/generateIcons.ts   (commit the output; packaging reads it)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findTestChromium } from '../../tests/e2e/support/chromium';
import { writeIcns, writeIco } from './iconFormats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const iconsDir = path.join(root, 'assets', 'icons');

export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

async function main(): Promise<void> {
  const executablePath = findTestChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set BRIEFDECK_CHROMIUM.');
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const render = async (svg: string, size: number): Promise<Buffer> => {
      await page.setViewportSize({ width: size, height: size });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };

    for (const name of ['icon', 'document'] as const) {
      const svg = await readFile(path.join(iconsDir, 'source', `${name}.svg`), 'utf8');
      const bySize = new Map<number, Buffer>();
      for (const size of PNG_SIZES) bySize.set(size, await render(svg, size));
      if (name === 'icon') {
        await mkdir(path.join(iconsDir, 'png'), { recursive: true });
        for (const [size, png] of bySize) await writeFile(path.join(iconsDir, 'png', `${size}x${size}.png`), png);
      }
      await writeFile(path.join(iconsDir, `${name}.ico`), writeIco(ICO_SIZES.map((s) => bySize.get(s)!)));
      await writeFile(path.join(iconsDir, `${name}.icns`), writeIcns(bySize));
      await writeFile(path.join(iconsDir, `${name}.png`), bySize.get(512)!);
    }
    console.log(`Icons written to ${path.relative(root, iconsDir)}/ (${PNG_SIZES.join(', ')} px)`);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(`Could not generate icons: ${(e as Error).message}`);
  process.exit(1);
});
