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
  // The author's full deck keeps its slides and their numbers (the range and hidden slides are
  // applied by the page plan as before); an audience's version holds only what it selects and
  // numbers its own slides, so no gap tells the room that something was left out.
  const slideIds = choice.audience ? selectSlides(deck, options).map((s) => s.slideId) : undefined;
  const variant = deckVariant(deck, choice.audience, slideIds ? { slideIds } : {});
  if (choice.audience && variant.deck.slideOrder.length === 0) {
    return { ok: false, message: `Nothing to export for “${choice.audience?.name ?? ''}”: every selected slide is withheld from this audience.` };
  }
  return { ok: true, variant };
}

/** Options for planning the variant's own pages: an audience's version has its slides selected
 * already; the full deck is selected by the options themselves. */
export function variantPageOptions(options: ExportOptions): ExportOptions {
  return options.audience ? { ...options, range: null, includeHidden: true } : options;
}
