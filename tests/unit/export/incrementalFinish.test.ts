// The quick finish of Chromium's PDF: metadata, language and a slide outline appended as an
// incremental update, read back by pdfjs (a viewer) and pdf-lib (a second parser); files it
// does not understand are declined so the caller can use pdf-lib instead.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishIncrementally } from '../../../electron/services/export/incrementalFinish';
import { finalizePdf, type PdfInfo } from '../../../electron/services/export/postProcess';
import { readPdf } from './pdfRead';

const INFO: PdfInfo = {
  title: 'Supply chain – partners ’24',
  author: 'Policy Staff',
  subject: 'Semiconductors',
  keywords: ['briefing', 'OFFICIAL'],
  creator: 'Briefdeck 9.9.9',
  language: 'en-GB',
  createdAt: new Date(Date.UTC(2026, 10, 29, 3, 4, 5)),
};

/** A small PDF with a classic xref table and an old outline, like Chromium writes. */
async function classicPdf(pageCount: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) doc.addPage([960, 540]).drawText(`Slide ${i + 1}`, { x: 40, y: 480, size: 24 });
  doc.catalog.set(PDFName.of('Outlines'), doc.context.register(doc.context.obj({ Type: 'Outlines', Count: 0 })));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseNone'));
  return doc.save({ useObjectStreams: false });
}

async function tempFile(bytes: Uint8Array): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'briefdeck-pdf-')), 'out.pdf');
  await writeFile(file, bytes);
  return file;
}

describe('finishIncrementally', () => {
  it('appends info, language and one outline entry per slide, keeping every original byte', async () => {
    const original = await classicPdf(3);
    const outline = [
      { title: 'Title slide', pageIndex: 0 },
      { title: 'Partners in the Indo-Pacific', pageIndex: 1 },
      { title: 'Sources', pageIndex: 2 },
      { title: 'off the end', pageIndex: 7 },
    ];
    const out = finishIncrementally(original, INFO, outline);
    expect(out).not.toBeNull();
    expect(Buffer.from(out!.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);

    const read = await readPdf(await tempFile(out!));
    expect(read.pages).toHaveLength(3);
    expect(read.outline).toEqual(outline.slice(0, 3));
    expect(read.language).toBe('en-GB');
    expect(read.info).toMatchObject({ Title: INFO.title, Author: 'Policy Staff', Subject: 'Semiconductors', Keywords: 'briefing OFFICIAL', Creator: 'Briefdeck 9.9.9' });

    const again = await PDFDocument.load(out!, { updateMetadata: false });
    expect(again.getPageCount()).toBe(3);
    expect(again.getTitle()).toBe(INFO.title);
    expect(again.getCreationDate()?.toISOString()).toBe('2026-11-29T03:04:05.000Z');
    expect(again.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('declines what it does not understand: xref streams, an earlier update, not a PDF', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    expect(finishIncrementally(await doc.save({ useObjectStreams: true }), INFO, [])).toBeNull();
    const once = finishIncrementally(await classicPdf(1), INFO, [{ title: 'A', pageIndex: 0 }]);
    expect(once).not.toBeNull();
    expect(finishIncrementally(once!, INFO, [])).toBeNull();
    expect(finishIncrementally(new TextEncoder().encode('not a pdf at all'), INFO, [])).toBeNull();
  });

  it('finalizePdf falls back to pdf-lib for a file the quick path declines', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    const out = await finalizePdf(await doc.save({ useObjectStreams: true }), INFO, [{ title: 'Second', pageIndex: 1 }]);
    const read = await readPdf(await tempFile(out));
    expect(read.outline).toEqual([{ title: 'Second', pageIndex: 1 }]);
    expect(read.info).toMatchObject({ Title: INFO.title, Creator: 'Briefdeck 9.9.9' });
  });
});
