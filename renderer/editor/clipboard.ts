// Copy, cut and paste of widgets and slides, within and between decks. The clipboard
// lives in localStorage (shared by every window and deck of this app, survives reloads);
// the system clipboard is not used because a widget is not meaningful outside Briefdeck.
import { z } from 'zod';
import { SlideSchema } from '../../shared/deck/schema';
import { WidgetSchema } from '../../shared/widgets';

const KEY = 'briefdeck.clipboard';

export const ClipSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('widget'), widget: WidgetSchema }),
  z.object({ type: z.literal('slides'), slides: z.array(z.object({ slide: SlideSchema, widgets: z.array(WidgetSchema) })).min(1) }),
]);
export type Clip = z.infer<typeof ClipSchema>;

export function writeClip(clip: Clip): void {
  localStorage.setItem(KEY, JSON.stringify(clip));
}

export function readClip(): Clip | null {
  const raw = localStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const parsed = ClipSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
