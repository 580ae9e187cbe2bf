// A real client reads the PowerPoint export: LibreOffice Impress converts it to PDF headless
// without error, and pdftotext of that PDF finds every slide title, every quote, every source
// line, the banner, the notes-free slides in order, and the Sources slide.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPptx } from '../../../electron/services/pptx/exportPptx';
import { formatSourceLine } from '../../../shared/widgets/source';
import { buildMixedDeck, MARKING } from '../export/decks';
import { tempDir } from '../services/helpers';
import { libreOfficeToPdf, pdfPages, pdfText } from './libreoffice';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('PowerPoint export opened by LibreOffice Impress', () => {
  it('converts to PDF and shows every title, quote, source line and the banner', async () => {
    const { deck, titles, quotes } = buildMixedDeck();
    const dir = await tempDir();
    const pptx = path.join(dir, 'briefing.pptx');
    await exportPptx(deck, { range: null, includeHidden: false, layout: 'slides', sourcesPage: true, pageNumbers: true, paper: 'letter' }, pptx);
    const pdf = await libreOfficeToPdf(pptx, dir);
    expect(existsSync(pdf)).toBe(true);
    // LibreOffice leaves hidden slides out of a PDF by default, as our PDF export does.
    expect(await pdfPages(pdf)).toBe(titles.length + 1);
    const all = await pdfText(pdf);
    for (const [i, title] of titles.entries()) expect(await pdfText(pdf, i + 1), `page ${i + 1}`).toContain(squash(title));
    for (const q of quotes) expect(all).toContain(squash(q));
    const sourceLines = Object.values(deck.widgets).flatMap((w) => (w.source && w.showSource ? [formatSourceLine(w.source)] : []));
    expect(sourceLines.length).toBeGreaterThan(2);
    for (const line of sourceLines) expect(all).toContain(squash(line));
    for (let page = 1; page <= titles.length + 1; page++) {
      const text = await pdfText(pdf, page);
      expect(text.split(MARKING.label).length - 1, `banners on page ${page}`).toBe(2);
    }
    expect(await pdfText(pdf, titles.length + 1)).toMatch(/^OFFICIAL-SENSITIVE Sources/);
  }, 120_000);
});
