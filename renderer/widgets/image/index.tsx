// Image widget: a picture stored in the deck, fit to its slot, with caption, credit and
// source. Insert it from the palette and the inspector's file picker, by dropping an image file
// on a slot, or by pasting an image. Alt text is the author's: the export preflight asks for it.
import { ok } from '../../../shared/result';
import type { WidgetModule } from '../types';
import { ImageInspector } from './ImageInspector';
import { ImageView } from './ImageView';
import { pictureAsset } from '../../pictures/pictureFile';

export const imageWidget: WidgetModule<'image'> = {
  kind: 'image',
  description: 'A photo, logo or satellite image, with caption and credit',
  icon: (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden>
      <rect x="1" y="2" width="14" height="12" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2 13l4-5 3 3 2-2 3 4z" fill="currentColor" />
      <circle cx="11" cy="5.5" r="1.5" fill="currentColor" />
    </svg>
  ),
  View: ImageView,
  Inspector: ImageInspector,
  figure: true,
  paste: {
    async newFromImage(image, slot, name = 'Pasted picture') {
      const r = await pictureAsset({ file: image, name, slot });
      if (!r.ok) return r;
      return ok({ props: { assetId: r.data.id, fit: 'contain' as const, focus: { x: 0.5, y: 0.5 }, caption: '' }, assets: [r.data] });
    },
  },
  // Its alt text is required by its definition (altText), which the common preflight checks.
  preflight: (w) => (w.props.assetId ? [] : ['has no picture yet: choose one in the inspector, or delete the widget.']),
};
