// The file name an export offers (a Save dialog's default, a download's name): the deck's title
// or file name with the exported version's audience and marking (shared/export/fileName.ts),
// made safe for every file system. Reads the deck as the export will; a deck that cannot be read
// keeps the plain name, and the export itself then reports why.
import type { ExportOptions } from '../../../shared/api/contract';
import { markedFileBase } from '../../../shared/export/fileName';
import { safeFileBase } from '../fileNames';
import { readExportDeck } from './readExportDeck';

/** `title` when given (a Save dialog), else the deck's file name without its extension. */
export async function exportFileBase(absPath: string, fileName: string, title: string, options: ExportOptions, ext: '.pdf' | '.pptx'): Promise<string> {
  const base = title.trim() || fileName.replace(/\.briefdeck$/i, '');
  const marked = await readExportDeck(absPath).then(
    (deck) => markedFileBase(base, deck, options),
    () => base,
  );
  return safeFileBase(marked, ext);
}
