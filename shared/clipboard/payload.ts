// Briefdeck's own clipboard payload: copied widgets or slides with the deck datasets they draw
// from and the pictures they show. It travels beside a readable text/plain form; only this payload pastes widgets or slides
// (a person's text, tables and images are read as what they are: ./pastedText.ts).
import { z } from 'zod';
import { AssetSchema, DatasetSchema, SlideSchema } from '../deck/schema';
import { WidgetSchema } from '../widgets';

/** The payload's type on the system clipboard (a Chromium "web custom" type in clipboard events). */
export const CLIP_MIME = 'application/x-briefdeck+json';
/** The same, as the async Clipboard API names custom types. */
export const CLIP_WEB_MIME = `web ${CLIP_MIME}`;

export const ClipSchema = z.discriminatedUnion('type', [
  // `datasets`: the source deck's own datasets the copied widgets use, so a paste into
  // another deck keeps them linked to their data. `assets`: the pictures they show (checked as
  // a deck's are: a hostile SVG makes the payload unreadable), so a pasted image keeps its picture.
  z.object({ type: z.literal('widget'), widget: WidgetSchema, datasets: z.array(DatasetSchema).default([]), assets: z.array(AssetSchema).default([]) }),
  z.object({
    type: z.literal('slides'),
    slides: z.array(z.object({ slide: SlideSchema, widgets: z.array(WidgetSchema) })).min(1),
    datasets: z.array(DatasetSchema).default([]),
    assets: z.array(AssetSchema).default([]),
  }),
]);
export type ClipInput = z.input<typeof ClipSchema>;
export type Clip = z.infer<typeof ClipSchema>;

/** The payload from its JSON, or null for anything else (another app's, an older or damaged one). */
export function parseClip(json: string): Clip | null {
  try {
    const parsed = ClipSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
