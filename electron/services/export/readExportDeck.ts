// A deck file anywhere on disk, read and validated with the app's codec for an export (PDF or
// PowerPoint): every failure is one clear BriefdeckError, the same for both. Kept apart from the
// Chromium printer so the PowerPoint export (and the desktop app's main process) never load it.
import path from 'node:path';
import { parseDeckText } from '../../../shared/deck/codec';
import type { Asset, Deck } from '../../../shared/deck/schema';
import { BriefdeckError } from '../../../shared/result';
import { readDeckText } from '../deckFile';

export async function readExportDeck(deckPath: string): Promise<Deck> {
  const fileName = path.basename(deckPath);
  const text = await readDeckText(path.resolve(deckPath), fileName);
  if (text === null) throw new BriefdeckError('not_found', `No deck at ${deckPath}. Check the path.`);
  return parseDeckText(text.text, fileName);
}

/** The deck file's pictures, read when the printer puts photos back in place of their print
 * stand-ins (printDeck's `pictures`). */
export function deckPictures(deckPath: string): () => Promise<Readonly<Record<string, Asset>>> {
  return async () => (await readExportDeck(deckPath)).assets;
}
