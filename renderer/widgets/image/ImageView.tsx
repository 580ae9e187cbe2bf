// The image widget's view: the stored picture fit to its slot (contain, or cover around the
// focal point) with the caption under it. An <img> of the stored bytes, so the PDF gets the
// JPEG as stored and an SVG as vectors.
import { useRef, useState, type CSSProperties } from 'react';
import { findAsset } from '../../../shared/widgets/image/assets';
import { CAPTION_GAP, captionFit, captionHeight } from '../../../shared/widgets/image/layout';
import { useReportFit } from '../fit/fitStatus';
import { fitAttributes, useAutofit } from '../fit/useAutofit';
import { useWidgetReady } from '../readiness';
import type { WidgetViewProps } from '../types';
import { useAssetUrl } from './assetUrl';

type Box = { width: number; height: number };

/** 'contain' is the browser's object-fit. 'cover' is drawn as the whole picture, scaled and
 * moved so the focal point stays in view, clipped by its box: object-fit would have Chromium
 * print only the visible part of the picture, re-encoded, where the whole JPEG passes through
 * into the PDF unchanged (and a print stand-in can be swapped back). */
function pictureStyle(fit: 'contain' | 'cover', focus: { x: number; y: number }, box: Box, natural: Box | null): CSSProperties {
  if (fit === 'contain' || !natural || natural.width <= 0 || natural.height <= 0) {
    return { width: '100%', height: '100%', objectFit: fit, objectPosition: `${focus.x * 100}% ${focus.y * 100}%`, display: 'block' };
  }
  const scale = Math.max(box.width / natural.width, box.height / natural.height);
  const w = natural.width * scale;
  const h = natural.height * scale;
  return { position: 'absolute', left: (box.width - w) * focus.x, top: (box.height - h) * focus.y, width: w, height: h, maxWidth: 'none', display: 'block' };
}

export function ImageView({ widget, deck, theme, width, height, mode, audience, readyKey, readyLabel }: WidgetViewProps<'image'>) {
  const { caption, fit, focus } = widget.props;
  const asset = findAsset(deck, widget.props.assetId);
  const url = useAssetUrl(asset);
  const [drawn, setDrawn] = useState<string | null>(null);
  const [natural, setNatural] = useState<{ url: string; width: number; height: number } | null>(null);
  const capH = captionHeight(caption, height);
  // The caption shrinks into its two lines; what does not fit readably is badged, never cut silently.
  const captionBox = useRef<HTMLDivElement>(null);
  const captionFitted = useAutofit(captionBox, `${caption}|${width}x${height}`, captionFit(height), { part: 'caption', describeCut: () => 'the end of the caption is cut off' });
  // Without a caption there is nothing to measure (the last measure of an emptied caption is stale).
  const captionReport = capH > 0 ? captionFitted.fit : { size: 0, state: 'fits' as const, min: 0, cut: '' };
  useReportFit(widget.id, mode, captionReport);
  useWidgetReady(readyKey, readyLabel, (!url || drawn === url) && (capH === 0 || captionFitted.settled));
  const picH = Math.max(1, height - capH - (capH > 0 ? CAPTION_GAP : 0));
  return (
    <div className="w-image" style={{ width, height, fontFamily: theme.fonts.sans }}>
      <div style={{ width, height: picH, overflow: 'hidden', position: 'relative' }}>
        {url ? (
          <img
            src={url}
            alt=""
            draggable={false}
            // A vector picture has no resolution to check (print/preflight.ts).
            data-vector={asset?.mime === 'image/svg+xml' ? 'true' : undefined}
            onLoad={(e) => {
              setNatural({ url, width: e.currentTarget.naturalWidth, height: e.currentTarget.naturalHeight });
              setDrawn(url);
            }}
            onError={() => setDrawn(url)}
            style={pictureStyle(fit, focus, { width, height: picH }, natural?.url === url ? natural : null)}
          />
        ) : (
          <div className="w-image-empty" style={{ width, height: picH, display: 'flex', alignItems: 'center', justifyContent: 'center', color: theme.colors.muted, border: `2px dashed ${theme.colors.muted}`, boxSizing: 'border-box', fontSize: 28, textAlign: 'center', padding: 24 }}>
            {audience === 'author' ? 'No picture yet: choose one in the inspector, or drop an image file here' : ''}
          </div>
        )}
      </div>
      {capH > 0 && (
        <div ref={captionBox} className="w-image-caption" {...fitAttributes(captionFitted.fit)} style={{ marginTop: CAPTION_GAP, height: capH, fontSize: captionFitted.fit.size, lineHeight: 1.3, color: theme.colors.muted, overflow: 'hidden', overflowWrap: 'anywhere' }}>
          {caption}
        </div>
      )}
    </div>
  );
}
