// Object URLs for the deck's pictures, made once per asset (the base64 in the deck is decoded
// once, and every rendering of the picture, thumbnails too, shares one decoded image).
import { useMemo } from 'react';
import type { Asset } from '../../../shared/deck/schema';
import { base64ToBytes } from '../../../shared/widgets/image/assets';

// Module cache, safe to share: keyed by content hash, so an id's picture never changes.
const urls = new Map<string, string>();

/** An asset's id is a hash of its content, so one URL per id is never stale. */
export function assetUrl(asset: Asset): string {
  let url = urls.get(asset.id);
  if (!url) {
    url = URL.createObjectURL(new Blob([base64ToBytes(asset.data) as BlobPart], { type: asset.mime }));
    urls.set(asset.id, url);
  }
  return url;
}

export function useAssetUrl(asset: Asset | undefined): string | null {
  return useMemo(() => (asset ? assetUrl(asset) : null), [asset]);
}
