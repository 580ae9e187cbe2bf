// Copy, cut and paste of widgets and slides, within and between decks. The clipboard
// lives in localStorage (shared by every window and deck of this app, survives reloads);
// the system clipboard is not used because a widget is not meaningful outside Briefdeck.
import { z } from 'zod';
import { DatasetSchema, SlideSchema } from '../../shared/deck/schema';
import { WidgetSchema } from '../../shared/widgets';

const KEY = 'briefdeck.clipboard';

export const ClipSchema = z.discriminatedUnion('type', [
  // `datasets`: the source deck's own datasets the copied widgets use, so a paste into
  // another deck keeps them linked to their data.
  z.object({ type: z.literal('widget'), widget: WidgetSchema, datasets: z.array(DatasetSchema).default([]) }),
  z.object({
    type: z.literal('slides'),
    slides: z.array(z.object({ slide: SlideSchema, widgets: z.array(WidgetSchema) })).min(1),
    datasets: z.array(DatasetSchema).default([]),
  }),
]);
export type Clip = z.input<typeof ClipSchema>;

export function writeClip(clip: Clip): void {
  localStorage.setItem(KEY, JSON.stringify(clip));
}

export function readClip(): z.infer<typeof ClipSchema> | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = ClipSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
