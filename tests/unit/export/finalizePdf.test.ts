// Finishing Chromium's PDF with pdf-lib: metadata, language, a slide outline and a file /ID,
// written with object streams; read back by pdfjs (a viewer), poppler, qpdf and pdf-lib. The
// structure tree Chromium wrote (tagging, figures' alt text) must survive the rewrite.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finalizePdf, type PdfInfo } from '../../../electron/services/export/postProcess';
import { figureAlts, pdfinfo, readPdf, trailerId } from './pdfRead';

const INFO: PdfInfo = {
  title: 'Supply chain – partners ’24',
  author: 'Policy Staff',
  subject: 'Semiconductors',
  keywords: ['briefing', 'OFFICIAL'],
  creator: 'Briefdeck 9.9.9',
  language: 'en-GB',
  createdAt: new Date(Date.UTC(2026, 10, 29, 3, 4, 5)),
};

/** A small tagged PDF with a classic xref table, an old outline and a Figure with alt text, like Chromium writes. */
async function chromiumLikePdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) doc.addPage([960, 540]).drawText(`Slide ${i + 1}`, { x: 40, y: 480, size: 24 });
  const ctx = doc.context;
  doc.catalog.set(PDFName.of('Outlines'), ctx.register(ctx.obj({ Type: 'Outlines', Count: 0 })));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseNone'));
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  const figure = ctx.obj({ Type: 'StructElem', S: 'Figure', Alt: PDFString.of('Bar chart of output by partner') });
  const document = ctx.obj({ Type: 'StructElem', S: 'Document', K: [ctx.register(figure)] });
  doc.catalog.set(PDFName.of('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [ctx.register(document)] })));
  return doc.save({ useObjectStreams: false });
}

async function tempFile(bytes: Uint8Array, name = 'out.pdf'): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pdf-')), name);
  await writeFile(file, bytes);
  return file;
}

describe('finalizePdf', () => {
  it('sets info, language and one outline entry per slide, keeps the tags, and passes qpdf --check', async () => {
    const outline = [
      { title: 'Title slide', pageIndex: 0 },
      { title: 'Partners in the Indo-Pacific', pageIndex: 1 },
      { title: 'Sources', pageIndex: 2 },
      { title: 'off the end', pageIndex: 7 },
    ];
    const file = await tempFile(await finalizePdf(await chromiumLikePdf(3), INFO, outline));

    const read = await readPdf(file);
    expect(read.pages).toHaveLength(3);
    expect(read.outline).toEqual(outline.slice(0, 3));
    expect(read.language).toBe('en-GB');
    expect(read.info).toMatchObject({ Title: INFO.title, Author: 'Policy Staff', Subject: 'Semiconductors', Keywords: 'briefing OFFICIAL', Creator: 'Briefdeck 9.9.9' });
    expect(pdfinfo(file)['Tagged']).toBe('yes');
    expect(await figureAlts(file)).toEqual(['Bar chart of output by partner']);

    const again = await PDFDocument.load(await readFile(file), { updateMetadata: false });
    expect(again.getCreationDate()?.toISOString()).toBe('2026-11-29T03:04:05.000Z');
    expect(again.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('writes object streams: the file has an /ObjStm and no classic xref table', async () => {
    const out = Buffer.from(await finalizePdf(await chromiumLikePdf(20), INFO, [])).toString('latin1');
    expect(out).toContain('/ObjStm');
    expect(out).not.toMatch(/\nxref\s/);
  });

  it('gives the trailer an /ID of two identical halves, different for each export', async () => {
    const input = await chromiumLikePdf(2);
    const first = await tempFile(await finalizePdf(input, INFO, []), 'a.pdf');
    const second = await tempFile(await finalizePdf(input, { ...INFO, createdAt: new Date(Date.UTC(2026, 10, 29, 3, 4, 6)) }, []), 'b.pdf');
    const a = trailerId(first);
    const b = trailerId(second);
    expect(a).not.toBeNull();
    expect(a![0]).toMatch(/^[0-9a-f]{32}$/);
    expect(a![1]).toBe(a![0]);
    expect(b![1]).toBe(b![0]);
    expect(b![0]).not.toBe(a![0]);
    // Chromium's own file has none: the /ID is ours.
    expect(trailerId(await tempFile(input, 'chromium.pdf'))).toBeNull();
  });
});
