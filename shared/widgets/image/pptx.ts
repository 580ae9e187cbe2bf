// The image widget in PowerPoint: the stored picture as it is (a JPEG is not re-encoded), fit
// to the slot as on the slide, with its caption as text and its alt text as descr.
import type { PptxExporter } from '../../export/pptx/context';
import type { PptxShape } from '../../export/pptx/shapes';
import { findAsset } from './assets';
import { CAPTION_GAP, captionHeight, captionSize } from './layout';
import type { ImageWidget } from './schema';

export const imagePptx: PptxExporter<ImageWidget> = (widget, deck, box, ctx) => {
  const { caption, fit, focus } = widget.props;
  const asset = findAsset(deck, widget.props.assetId);
  const capH = captionHeight(caption, box.h);
  const pic = { ...box, h: Math.max(1, box.h - capH - (capH > 0 ? CAPTION_GAP : 0)) };
  const shapes: PptxShape[] = [];
  if (!asset) {
    ctx.warn(`${ctx.slideLabel}: an image widget has no picture and is left out.`);
  } else {
    shapes.push({ kind: 'image', name: 'Picture', box: pic, alt: widget.alt ?? '', mime: asset.mime, data: asset.data, fit, focus });
  }
  if (capH > 0) {
    shapes.push({
      kind: 'text',
      name: 'Caption',
      box: { x: box.x, y: box.y + box.h - capH, w: box.w, h: capH },
      paragraphs: [{ runs: [{ text: caption }], size: captionSize(box.h), color: ctx.theme.colors.muted, font: 'sans' }],
      valign: 'top',
      autofit: true,
    });
  }
  return shapes;
};
