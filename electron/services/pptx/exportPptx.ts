// PowerPoint export in Node, from the deck alone (no Chromium): plan the slides with the widget
// kinds' exporters (shared/export/pptx), write the package, and put it where the user asked only
// when it is complete (the export's atomic output). Bad decks and paths fail with the PDF
// export's messages, before anything is written.
import path from 'node:path';
import type { ExportOptions } from '../../../shared/api/contract';
import { findDataset } from '../../../shared/data/datasets';
import type { Deck } from '../../../shared/deck/schema';
import { planPptx } from '../../../shared/export/pptx/deckPlan';
import { BriefdeckError } from '../../../shared/result';
import { checkOutputPath, writeFileAtomic } from '../export/atomicOutput';
import { readExportDeck } from '../export/readExportDeck';
import { writePptx } from './pptxWriter';
import { loadWorld, MissingWorld, worldAt } from './worlds';

export interface PptxExportResult {
  outPath: string;
  slides: number;
  bytes: number;
  /** What the author should look at (text that may not fit), as the PDF lists its preflight. */
  warnings: string[];
}

const cancelled = () => new BriefdeckError('cancelled', 'The export was cancelled; no PowerPoint file was written.');

/** The deck as .pptx bytes, with the slide count and warnings; throws bad_request when nothing is selected. */
export async function buildPptx(deck: Deck, options: ExportOptions, fileName = 'the deck'): Promise<{ bytes: Buffer; slides: number; warnings: string[] }> {
  let planned = null;
  // Planning is pure and cheap: when a map needs geometry not loaded yet, load it and plan again.
  while (planned === null) {
    try {
      planned = planPptx(deck, options, { findDataset: (id) => findDataset(id, deck), world: worldAt });
    } catch (e) {
      if (!(e instanceof MissingWorld)) throw e;
      await loadWorld(e.detail);
    }
  }
  if (!planned.ok) throw new BriefdeckError('bad_request', `${fileName}: ${planned.message}`);
  const bytes = await writePptx(planned.plan);
  return { bytes, slides: planned.plan.slides.length, warnings: planned.plan.warnings };
}

/** Writes `deck` to `outPath` as .pptx. */
export async function exportPptx(deck: Deck, options: ExportOptions, outPath: string, signal?: AbortSignal, fileName?: string): Promise<PptxExportResult> {
  await checkOutputPath(outPath);
  const built = await buildPptx(deck, options, fileName);
  if (signal?.aborted) throw cancelled();
  await writeFileAtomic(outPath, built.bytes, signal);
  return { outPath, slides: built.slides, bytes: built.bytes.byteLength, warnings: built.warnings };
}

/** Reads and checks the deck file (as the PDF export does), then writes the .pptx. */
export async function exportPptxFile(req: { deckPath: string; outPath: string; options: ExportOptions; signal?: AbortSignal }): Promise<PptxExportResult> {
  const deck = await readExportDeck(req.deckPath);
  return exportPptx(deck, req.options, req.outPath, req.signal, path.basename(req.deckPath));
}
