// What an export prints: the slides its options select (range, hidden slides), as the version
// for its audience. The PDF's print route, the PowerPoint plan, the export dialog and the CLI
// all start here, so they select and withhold the same things.
import type { ExportOptions } from '../api/contract';
import type { Deck } from '../deck/schema';
import { resolveAudience } from '../markings/deckMarking';
import { deckVariant, type DeckVariant } from '../markings/variant';
import { planPages, selectSlides } from './pagePlan';

export type ExportVariantResult = { ok: true; variant: DeckVariant } | { ok: false; message: string };

export function exportVariant(deck: Deck, options: ExportOptions): ExportVariantResult {
  // The same "nothing to export" messages for a range or hidden slides as before audiences.
  const checked = planPages(deck, { ...options, layout: 'slides', sourcesPage: false });
  if (!checked.ok) return checked;
  const choice = resolveAudience(deck.meta.marking, options.audience);
  if (!choice.ok) return choice;
  const slideIds = selectSlides(deck, options).map((s) => s.slideId);
  const variant = deckVariant(deck, choice.audience, { slideIds });
  if (variant.deck.slideOrder.length === 0) {
    return { ok: false, message: `Nothing to export for “${choice.audience?.name ?? ''}”: every selected slide is withheld from this audience.` };
  }
  return { ok: true, variant };
}

/** Options for planning the variant's own pages: its slides are already selected. */
export function variantPageOptions(options: ExportOptions): ExportOptions {
  return { ...options, range: null, includeHidden: true };
}
