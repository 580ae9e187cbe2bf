// The finishing half of the print stand-ins (shared/export/printStandIns.ts): each JPEG stream
// Chromium printed from a stand-in gets the stored photo's bytes back, so the PDF holds the
// deck's JPEG byte for byte. A stand-in the page drew but the PDF lacks (Chromium re-encoded
// it), or a photo that is gone or changed size since the page read the deck, fails the export:
// a grey box must never reach a reader in place of a picture.
import { PDFName, PDFRawStream, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { Asset } from '../../../shared/deck/schema';
import { standInAssetId } from '../../../shared/export/printStandIns';
import { jpegHeader } from '../../../shared/widgets/image/jpegHeader';
import { BriefdeckError } from '../../../shared/result';

export interface PrintedPictures {
  /** The pictures the print page drew as stand-ins (its ready status says which). */
  expected: readonly string[];
  /** The deck's pictures by id (read only when the PDF has stand-ins); every printer that
   * shows the print route passes it. */
  read?: () => Promise<Readonly<Record<string, Asset>>>;
}

function pictureLost(what: string): BriefdeckError {
  return new BriefdeckError('export_failed', `A picture could not be put into the PDF (${what}). No PDF was written; export again.`);
}

/** Puts the stored JPEGs in place of their stand-ins; returns how many streams it replaced. */
export async function putPicturesBack(doc: PDFDocument, pictures: PrintedPictures): Promise<number> {
  const found = new Map<string, { ref: PDFRef; stream: PDFRawStream }[]>();
  for (const [ref, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of('Filter')) !== PDFName.of('DCTDecode')) continue;
    const id = standInAssetId(obj.contents);
    if (id !== null) found.set(id, [...(found.get(id) ?? []), { ref, stream: obj }]);
  }
  const missing = pictures.expected.filter((id) => !found.has(id));
  if (missing.length > 0) throw pictureLost(`Chromium did not keep ${missing.length === 1 ? 'one photo' : `${missing.length} photos`} as JPEG`);
  if (found.size === 0) return 0;
  if (!pictures.read) throw pictureLost('the printer was not given the deck’s pictures');
  const assets = await pictures.read();
  let replaced = 0;
  for (const [id, streams] of found) {
    const asset = Object.hasOwn(assets, id) ? assets[id] : undefined;
    if (asset?.mime !== 'image/jpeg') throw pictureLost(`the deck no longer has picture ${id}`);
    const bytes = Buffer.from(asset.data, 'base64');
    const real = jpegHeader(bytes);
    const standIn = jpegHeader(streams[0]!.stream.contents);
    if (!real || !standIn || real.width !== standIn.width || real.height !== standIn.height || real.components !== standIn.components) {
      throw pictureLost(`picture ${id} changed while the deck was printed`);
    }
    for (const { ref, stream } of streams) {
      doc.context.assign(ref, PDFRawStream.of(stream.dict, bytes));
      replaced++;
    }
  }
  return replaced;
}
