// The organisation theme's logo on a slide (shared/layouts/slideChrome.ts says where). The print
// route waits for it like a widget, so a PDF never has an empty logo box.
import { useState } from 'react';
import { logoBox, logoPlace } from '../../shared/layouts/slideChrome';
import type { Deck } from '../../shared/deck/schema';
import type { Theme } from '../../shared/theme';
import { findAsset } from '../../shared/widgets/image/assets';
import { useWidgetReady } from '../widgets/readiness';
import { useAssetUrl } from '../widgets/image/assetUrl';

export function SlideLogo({ deck, theme, titleSlide, readyKey, slideLabel }: { deck: Deck; theme: Theme; titleSlide: boolean; readyKey: string; slideLabel: string }) {
  const place = logoPlace(theme.logo, titleSlide);
  const url = useAssetUrl(place ? findAsset(deck, theme.logo?.assetId ?? null) : undefined);
  const [drawn, setDrawn] = useState<string | null>(null);
  useWidgetReady(readyKey, `${slideLabel}, logo`, !url || drawn === url);
  if (!place || !url) return null;
  const box = logoBox(place);
  return (
    <img
      className="slide-logo"
      data-place={place}
      src={url}
      alt=""
      draggable={false}
      onLoad={() => setDrawn(url)}
      onError={() => setDrawn(url)}
      style={{ position: 'absolute', left: box.x, top: box.y, width: box.w, height: box.h, objectFit: 'contain', objectPosition: `${box.align} center` }}
    />
  );
}
